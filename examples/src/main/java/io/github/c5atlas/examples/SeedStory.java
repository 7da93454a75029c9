package io.github.c5atlas.examples;

import static io.github.c5atlas.dsl.Dsl.CENTRAL_ASIA;
import static io.github.c5atlas.dsl.Dsl.DEFENCE_MINISTER;
import static io.github.c5atlas.dsl.Dsl.START;
import static io.github.c5atlas.dsl.Dsl.TM;
import static io.github.c5atlas.dsl.Dsl.KG;
import static io.github.c5atlas.dsl.Dsl.after;
import static io.github.c5atlas.dsl.Dsl.attended;
import static io.github.c5atlas.dsl.Dsl.attendedByAll;
import static io.github.c5atlas.dsl.Dsl.attendedByAny;
import static io.github.c5atlas.dsl.Dsl.attendedOnlyBy;
import static io.github.c5atlas.dsl.Dsl.compare;
import static io.github.c5atlas.dsl.Dsl.concurrentWith;
import static io.github.c5atlas.dsl.Dsl.event;
import static io.github.c5atlas.dsl.Dsl.events;
import static io.github.c5atlas.dsl.Dsl.exercises;
import static io.github.c5atlas.dsl.Dsl.forum;
import static io.github.c5atlas.dsl.Dsl.holding;
import static io.github.c5atlas.dsl.Dsl.meetings;
import static io.github.c5atlas.dsl.Dsl.metBy;
import static io.github.c5atlas.dsl.Dsl.people;
import static io.github.c5atlas.dsl.Dsl.series;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Discrepancy;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Exercise;
import io.github.c5atlas.core.Meeting;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.dsl.Comparison;
import io.github.c5atlas.dsl.GroupKey;
import io.github.c5atlas.dsl.Query;
import io.github.c5atlas.dsl.Result;
import java.io.PrintStream;
import java.time.Period;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The seed article's story (an Arabic news article of October 2025 on the Samarkand meeting of the Central Asian
 * defence ministers), told as the answers of an atlas to the article's questions, each with the query that
 * produced it.
 *
 * <pre>{@code
 * SeedStory.C5_ONLY.run(Atlas.bundled());   // the C5 summits without guests, and Samarkand 2025
 * new SeedStory(Atlas.bundled()).tell(System.out);
 * }</pre>
 *
 * <p>The queries are constants, so that a reader can copy any of them into JShell or a notebook.
 */
public final class SeedStory {
  /** Events that all five Central Asian states attended, with no external party. */
  public static final Query<Event> C5_ONLY =
      events().where(attendedByAll(CENTRAL_ASIA).and(attendedOnlyBy(CENTRAL_ASIA))).orderBy(START);

  /** Exercises going on on the day of the Samarkand meeting. */
  public static final Query<Exercise> CONCURRENT_EXERCISES =
      exercises().where(concurrentWith(event("samarkand-2025")));

  /** The ministers at Samarkand who were appointed in the year before the meeting. */
  public static final Query<Person> NEW_MINISTERS = people()
      .where(holding(DEFENCE_MINISTER, "2025-10-20").appointedWithin(Period.ofYears(1))
          .and(attended(event("samarkand-2025"))))
      .includingUncertain();

  /** The ministers at Samarkand who were not appointed in the year before the meeting. */
  public static final Query<Person> LONG_SERVING_MINISTERS = people()
      .where(holding(DEFENCE_MINISTER, "2025-10-20").appointedWithin(Period.ofYears(1)).not()
          .and(attended(event("samarkand-2025"))))
      .includingUncertain();

  /** The Birlik exercises, in the curated view. */
  public static final Query<Exercise> BIRLIK = exercises().where(series("birlik"));

  /** The Birlik exercises, as the seed article tells them. */
  public static final Query<Exercise> BIRLIK_PER_ARTICLE = BIRLIK.accordingTo("seed-article");

  /** Exercises that began the day after the Samarkand meeting, as the seed article tells it. */
  public static final Query<Exercise> BEGAN_DAY_AFTER_PER_ARTICLE =
      exercises().where(metBy(event("samarkand-2025"))).accordingTo("seed-article");

  /** Exercises that began the day after the Samarkand meeting, in the curated view. */
  public static final Query<Exercise> BEGAN_DAY_AFTER =
      exercises().where(metBy(event("samarkand-2025")));

  /** The Birlik exercises in which Kyrgyzstan took part, as the seed article tells them. */
  public static final Query<Exercise> BIRLIK_WITH_KYRGYZSTAN_PER_ARTICLE =
      exercises().where(series("birlik").and(attendedByAny(KG))).accordingTo("seed-article");

  /** What changed from Birlik 2024 to Birlik 2025, as the seed article tells it. */
  public static final Comparison BIRLIK_EDITIONS_PER_ARTICLE =
      compare(event("birlik-2024"), event("birlik-2025")).accordingTo("seed-article");

  /** The Birlik exercises in which Turkmenistan took part: none, in any version. */
  public static final Query<Exercise> BIRLIK_WITH_TURKMENISTAN =
      exercises().where(series("birlik").and(attendedByAny(TM)));

  /** The consultative meetings of the Central Asian heads of state since 2018. */
  public static final Query<Meeting> SUMMITS_SINCE_2018 =
      meetings().where(forum("c5-summit").and(after("2017"))).orderBy(START);

  private final Atlas atlas;

  /** Obtains the story told from an atlas (the bundled one has every event the article names). */
  public SeedStory(Atlas atlas) {
    this.atlas = requireNonNull(atlas, "atlas");
  }

  /** Prints the story: each question, the query that answers it, and the answer as a table. */
  public void tell(PrintStream out) {
    requireNonNull(out, "out");
    out.println("The seed article (aljazayr.com, October 2025), answered from the atlas");
    out.println("=======================================================================");

    chapter(out, "1. Which events did all five Central Asian states attend, with no external party?",
        "The article calls the Samarkand meeting of 20 October 2025 the first platform of the Central Asian\n"
            + "states alone. Among the ministers' meetings it is; the heads of state met that way before.",
        C5_ONLY.run(atlas));

    chapter(out, "2. Which exercises were going on at the time of the Samarkand meeting?",
        "The article: Birlik 2025 in Uzbekistan and the CSTO's Unbreakable Brotherhood in Tajikistan, at once.\n"
            + "Birlik 2025 ended some day between 20 and 24 October: on the 20th it was going on either way.",
        CONCURRENT_EXERCISES.run(atlas));

    chapter(out, "3. Were the ministers at Samarkand a new generation, appointed within the past year?",
        "Certain for three; unknown for Kyrgyzstan's minister (in office by 28 May 2025, appointed when,\n"
            + "no source says).",
        NEW_MINISTERS.run(atlas));
    answer(out, "... and those who were not (Turkmenistan's minister has been in post since 2018):",
        LONG_SERVING_MINISTERS.run(atlas));

    chapter(out, "4. Where does the seed article disagree with other sources?",
        "The atlas keeps every source's version; atlas.discrepancies() lists where they differ:", null);
    List<Discrepancy> fromArticle = atlas.discrepancies().stream()
        .filter(d -> d.reportSource().equals("seed-article"))
        .collect(Collectors.toList());
    out.println("  atlas.discrepancies(), those reported by seed-article:");
    fromArticle.stream().filter(d -> d.field() != Discrepancy.Field.NOTE)
        .forEach(d -> out.println("    " + describe(d)));
    long notes = fromArticle.stream().filter(d -> d.field() == Discrepancy.Field.NOTE).count();
    out.println("    ... and " + notes + " claims in words, such as: " + fromArticle.stream()
        .filter(d -> d.field() == Discrepancy.Field.NOTE).findFirst().map(SeedStory::describe).orElse("none"));
    out.println();
    answer(out, "The Birlik exercises in the curated view:", BIRLIK.run(atlas));
    answer(out, "The same query on the atlas as the article tells it:", BIRLIK_PER_ARTICLE.run(atlas));
    answer(out, "Which exercise began the day after the Samarkand meeting? Per the article, Birlik 2025:",
        BEGAN_DAY_AFTER_PER_ARTICLE.run(atlas));
    answer(out, "... but in the curated view Birlik 2025 opened on 14 October, so none did:",
        BEGAN_DAY_AFTER.run(atlas));
    answer(out, "With Kyrgyzstan, per the article (which leaves it out of Birlik 2025; the curated view has it in both):",
        BIRLIK_WITH_KYRGYZSTAN_PER_ARTICLE.run(atlas));
    out.println("From Birlik 2024 to 2025 as the article tells it, Kyrgyzstan and Tajikistan left"
        + " (in the curated view, nobody joined or left):");
    print(out, BIRLIK_EDITIONS_PER_ARTICLE.run(atlas).toString());
    answer(out, "With Turkmenistan, whom Azerbaijan is said to have replaced (in no version):",
        BIRLIK_WITH_TURKMENISTAN.run(atlas));

    Result<Meeting> summits = SUMMITS_SINCE_2018.run(atlas);
    chapter(out, "5. Have the Central Asian leaders met every year since 2018?",
        "The article says annual summits since 2018. " + yearsSentence(summits), summits);
    out.println("Counted by year:");
    print(out, summits.countBy(GroupKey.YEAR).toString());
  }

  /** Returns the years from the first summit to the last in which no summit was held. */
  public static ImmutableList<Integer> yearsWithout(Result<? extends Event> summits) {
    SortedSet<Integer> years = summits.stream().map(e -> e.span().earliestStart().getYear())
        .collect(Collectors.toCollection(TreeSet::new));
    if (years.isEmpty()) {
      return ImmutableList.of();
    }
    return IntStream.rangeClosed(years.first(), years.last()).filter(y -> !years.contains(y)).boxed()
        .collect(ImmutableList.toImmutableList());
  }

  private static String yearsSentence(Result<? extends Event> summits) {
    List<Integer> missing = yearsWithout(summits);
    return missing.isEmpty() ? "The atlas agrees." : "The atlas has none in " + missing.stream()
        .map(String::valueOf).collect(Collectors.joining(", ")) + ".";
  }

  /** Returns one line for a discrepancy: what, the curated value and its sources, and the report. */
  public static String describe(Discrepancy d) {
    String field = d.field().name().toLowerCase();
    if (d.field() == Discrepancy.Field.NOTE) {
      return d.about() + " (note): " + d.reportSource() + " says \"" + d.reported() + "\"";
    }
    return d.about() + " " + field + ": curated " + (d.curated().isEmpty() ? "(nothing)" : d.curated()) + " ["
        + String.join(", ", d.curatedSources()) + "]; " + d.reportSource() + " says " + d.reported();
  }

  private static void chapter(PrintStream out, String question, String comment, Result<?> result) {
    out.println();
    out.println(question);
    out.println("-".repeat(question.length()));
    out.println(comment);
    out.println();
    if (result != null) {
      print(out, result);
    }
  }

  private static void answer(PrintStream out, String comment, Result<?> result) {
    out.println(comment);
    print(out, result);
  }

  private static void print(PrintStream out, Result<?> result) {
    print(out, result.toString()); // the table's first line is the query that produced it
  }

  private static void print(PrintStream out, String table) {
    out.println(table.lines().map(line -> "  " + line).collect(Collectors.joining("\n")));
    out.println();
  }
}
