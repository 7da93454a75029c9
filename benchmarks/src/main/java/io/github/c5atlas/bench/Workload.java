package io.github.c5atlas.bench;

import static io.github.c5atlas.dsl.Dsl.CENTRAL_ASIA;
import static io.github.c5atlas.dsl.Dsl.CN;
import static io.github.c5atlas.dsl.Dsl.DEFENCE_MINISTER;
import static io.github.c5atlas.dsl.Dsl.RU;
import static io.github.c5atlas.dsl.Dsl.attendedByAll;
import static io.github.c5atlas.dsl.Dsl.attendedByAny;
import static io.github.c5atlas.dsl.Dsl.attendedOnlyBy;
import static io.github.c5atlas.dsl.Dsl.during;
import static io.github.c5atlas.dsl.Dsl.events;
import static io.github.c5atlas.dsl.Dsl.holding;
import static io.github.c5atlas.dsl.Dsl.overlapping;
import static io.github.c5atlas.dsl.Dsl.people;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Office;
import io.github.c5atlas.core.Participation;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.Tenure;
import io.github.c5atlas.core.time.Truth;
import io.github.c5atlas.dsl.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The five queries of the benchmark, each written three ways: with the DSL (run by the engine, or by
 * {@link Query#runByScan}), as the plain stream filter a Java developer would write over {@link Atlas#events()},
 * and (in {@link CqWorld}) as CQEngine queries.
 *
 * <ul>
 *   <li>Q1 {@code attendedByAll(CENTRAL_ASIA) and attendedOnlyBy(CENTRAL_ASIA)}: the events of exactly the five;
 *   <li>Q2 {@code attendedByAny(RU, CN) and during(2020)};
 *   <li>Q3 events overlapping a month ({@value #Q3_MONTH});
 *   <li>Q4 people holding {@code DEFENCE_MINISTER} on a day ({@value #Q4_DAY});
 *   <li>Q5 the co-participation matrix of the five: how many events each pair attended together, over all events.
 * </ul>
 *
 * <p>Answers are events (or people) for which the condition certainly holds, as the DSL returns them without
 * {@code includingUncertain}: an event known only as "2008" does not certainly overlap June 2008.
 */
public final class Workload {
  /** The month of Q3. */
  public static final String Q3_MONTH = "2008-06";
  /** The day of Q4. */
  public static final String Q4_DAY = "2015-06-15";
  /** The five, in the order of the matrix of Q5. */
  public static final List<String> FIVE = List.of("KZ", "KG", "TJ", "TM", "UZ");

  static final Set<String> C5 = Set.copyOf(FIVE);
  static final LocalDate Y2020_FROM = LocalDate.of(2020, 1, 1);
  static final LocalDate Y2020_TO = LocalDate.of(2020, 12, 31);
  static final LocalDate Q3_FROM = LocalDate.parse(Q3_MONTH + "-01");
  static final LocalDate Q3_TO = Q3_FROM.withDayOfMonth(Q3_FROM.lengthOfMonth());
  static final LocalDate Q4_DATE = LocalDate.parse(Q4_DAY);

  /** Q1 in the DSL. */
  public static final Query<Event> Q1 = events().where(attendedByAll(CENTRAL_ASIA).and(attendedOnlyBy(CENTRAL_ASIA)));
  /** Q2 in the DSL. */
  public static final Query<Event> Q2 = events().where(attendedByAny(RU, CN).and(during(2020)));
  /** Q3 in the DSL. */
  public static final Query<Event> Q3 = events().where(overlapping(Q3_MONTH));
  /** Q4 in the DSL. */
  public static final Query<Person> Q4 = people().where(holding(DEFENCE_MINISTER, Q4_DAY));
  /** Q5 in the DSL: one query per pair (and per state, on the diagonal), counted. */
  static final Query<Event>[][] Q5 = pairQueries();

  private Workload() {}

  @SuppressWarnings("unchecked")
  private static Query<Event>[][] pairQueries() {
    Query<Event>[][] queries = new Query[FIVE.size()][FIVE.size()];
    for (int i = 0; i < FIVE.size(); i++) {
      for (int j = i; j < FIVE.size(); j++) {
        State a = state(FIVE.get(i));
        State b = state(FIVE.get(j));
        queries[i][j] = i == j ? events().where(attendedByAll(a)) : events().where(attendedByAll(a, b));
      }
    }
    return queries;
  }

  private static State state(String code) {
    return State.builder().code(code).putName("en", code).build();
  }

  // ---- the engine (whatever Query.run is in this build) and its reference scan ----------------------------

  /** Q5 with the DSL: fifteen counting queries. */
  public static int[][] q5Dsl(Atlas atlas, boolean indexed) {
    int[][] matrix = new int[FIVE.size()][FIVE.size()];
    for (int i = 0; i < FIVE.size(); i++) {
      for (int j = i; j < FIVE.size(); j++) {
        int n = indexed ? Q5[i][j].run(atlas).count() : Q5[i][j].runByScan(atlas).count();
        matrix[i][j] = n;
        matrix[j][i] = n;
      }
    }
    return matrix;
  }

  // ---- the stream scans a Java developer would write ---------------------------------------------------

  /** Q1 as a stream filter: the parties contain all five, and every party is one of the five. */
  public static List<Event> q1Stream(Atlas atlas) {
    return atlas.events().stream()
        .filter(e -> {
          Set<String> parties = e.parties();
          return parties.containsAll(C5) && C5.containsAll(parties);
        })
        .collect(Collectors.toList());
  }

  /** Q2 as a stream filter. */
  public static List<Event> q2Stream(Atlas atlas) {
    return atlas.events().stream()
        .filter(e -> e.span().within(Y2020_FROM, Y2020_TO) == Truth.TRUE)
        .filter(e -> e.parties().contains("RU") || e.parties().contains("CN"))
        .collect(Collectors.toList());
  }

  /** Q3 as a stream filter. */
  public static List<Event> q3Stream(Atlas atlas) {
    return atlas.events().stream()
        .filter(e -> e.span().intersects(Q3_FROM, Q3_TO) == Truth.TRUE)
        .collect(Collectors.toList());
  }

  /** Q4 as a stream filter over the people. */
  public static List<Person> q4Stream(Atlas atlas) {
    return atlas.people().stream()
        .filter(p -> p.tenures().stream().anyMatch(t -> holds(t, Office.DEFENCE_MINISTER, Q4_DATE)))
        .collect(Collectors.toList());
  }

  static boolean holds(Tenure tenure, Office office, LocalDate day) {
    return tenure.office() == office && tenure.span().includes(day) == Truth.TRUE;
  }

  /** Q5 in one pass over the events. */
  public static int[][] q5Stream(Atlas atlas) {
    int[][] matrix = new int[FIVE.size()][FIVE.size()];
    int[] present = new int[FIVE.size()];
    for (Event event : atlas.events()) {
      int n = 0;
      for (Participation participation : event.participations()) {
        int k = FIVE.indexOf(participation.party());
        if (k >= 0) {
          present[n++] = k;
        }
      }
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          matrix[present[a]][present[b]]++;
        }
      }
    }
    return matrix;
  }
}
