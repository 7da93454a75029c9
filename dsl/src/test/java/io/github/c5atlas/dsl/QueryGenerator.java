package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableSortedSet;
import io.github.c5atlas.core.AgreementSubject;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.EventStatus;
import io.github.c5atlas.core.ExerciseKind;
import io.github.c5atlas.core.Forum;
import io.github.c5atlas.core.Level;
import io.github.c5atlas.core.MembershipStatus;
import io.github.c5atlas.core.Named;
import io.github.c5atlas.core.Office;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.Role;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.time.AllenRelation;
import io.github.c5atlas.core.time.FuzzyDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Random well-typed queries for property tests: every kind of node, random nesting of and / or / not, fuzzy dates
 * of every EDTF form, strings with quotes, backslashes, control characters and non-ASCII text, and every modifier.
 * Deterministic for a given {@link Random}, so a failing case is reproduced from its seed.
 *
 * <pre>{@code
 * Random random = new Random(seed);
 * Query<?> q = QueryGenerator.random(random);
 * Condition<Event> c = QueryGenerator.eventCondition(random, 3);
 * }</pre>
 *
 * <p>Ids and group names are random too, so queries are for printing, parsing and comparing engines on atlases
 * that know them; {@link #forAtlas} restricts them to names of the bundled atlas.
 */
public final class QueryGenerator {
  /** The default nesting depth of conditions. */
  public static final int DEPTH = 4;

  private final Random random;
  private final boolean bundledNames;

  private QueryGenerator(Random random, boolean bundledNames) {
    this.random = random;
    this.bundledNames = bundledNames;
  }

  /** Returns a generator drawing from this random source, with random ids, strings and groups. */
  public static QueryGenerator of(Random random) {
    return new QueryGenerator(random, false);
  }

  /**
   * Returns a generator whose ids, group names and texts are drawn from the bundled atlas's (csto, CENTRAL_ASIA,
   * ...) and plain words, for running generated queries on an atlas: events named in relations exist there.
   */
  public static QueryGenerator forAtlas(Random random) {
    return new QueryGenerator(random, true);
  }

  /** Returns a random query of any source, with conditions up to {@link #DEPTH} deep and random modifiers. */
  public static Query<?> random(Random random) {
    return of(random).query();
  }

  /** Returns a random condition on events. */
  public static Condition<Event> eventCondition(Random random, int depth) {
    return of(random).condition(RowSource.EVENTS, depth);
  }

  /** Returns a random condition on people. */
  public static Condition<Person> personCondition(Random random, int depth) {
    return of(random).condition(RowSource.PEOPLE, depth);
  }

  /** Returns a random condition on states. */
  public static Condition<State> stateCondition(Random random, int depth) {
    return of(random).condition(RowSource.STATES, depth);
  }

  /** Returns a random condition on forums. */
  public static Condition<Forum> forumCondition(Random random, int depth) {
    return of(random).condition(RowSource.FORUMS, depth);
  }

  // ---- queries ----------------------------------------------------------------------------------------------

  /** Returns a random query of any source. */
  public Query<?> query() {
    return query(RowSource.all().get(random.nextInt(RowSource.all().size())));
  }

  /** Returns a random query of the source. */
  public <T> Query<T> query(RowSource<T> source) {
    Query<T> query = Query.from(source);
    if (random.nextInt(8) != 0) {
      query = query.where(condition(source, random.nextInt(DEPTH + 1)));
    }
    if (random.nextInt(3) == 0) {
      List<EventStatus> statuses = new ArrayList<>();
      for (EventStatus status : EventStatus.values()) {
        if (random.nextBoolean()) {
          statuses.add(status);
        }
      }
      if (statuses.isEmpty()) {
        statuses.add(pick(EventStatus.values()));
      }
      query = query.withStatus(statuses.toArray(new EventStatus[0]));
    }
    if (random.nextInt(4) == 0) {
      query = query.accordingTo(bundledNames ? pick("tass", "reuters", "gazeta-uz") : text());
    }
    if (random.nextInt(3) == 0) {
      query = query.includingUncertain();
    }
    if (random.nextInt(3) == 0) {
      OrderKey key = pick(OrderKey.values());
      query = random.nextBoolean() ? query.orderBy(key) : query.orderByDescending(key);
    }
    if (random.nextInt(3) == 0) {
      query = query.limit(random.nextInt(10) == 0 ? Integer.MAX_VALUE : random.nextInt(100));
    }
    return query;
  }

  // ---- conditions -------------------------------------------------------------------------------------------

  /** Returns a random condition that fits the rows of the source, nested at most {@code depth} deep. */
  @SuppressWarnings("unchecked")
  public <T> Condition<T> condition(RowSource<T> source, int depth) {
    int choice = depth <= 0 ? 0 : random.nextInt(6);
    switch (choice) {
      case 1:
      case 2:
        return Dsl.and(operands(source, depth));
      case 3:
        return Dsl.or(operands(source, depth));
      case 4:
        return Dsl.not(condition(source, depth - 1));
      default:
        return (Condition<T>) leaf(source);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <T> Condition<? super T>[] operands(RowSource<T> source, int depth) {
    Condition<? super T>[] operands = new Condition[2 + random.nextInt(3)];
    for (int i = 0; i < operands.length; i++) {
      operands[i] = condition(source, depth - 1);
    }
    return operands;
  }

  private Condition<?> leaf(RowSource<?> source) {
    if (random.nextInt(20) == 0) {
      return Dsl.always();
    }
    Class<?> rows = source.rowType();
    if (rows == io.github.c5atlas.core.Discrepancy.class) {
      switch (random.nextInt(3)) {
        case 0:
          return Dsl.reportedBy(bundledNames ? pick("seed-article", "tass-com-2017641") : text());
        case 1:
          return Dsl.about(bundledNames ? pick("birlik-2025", "samarkand-2025", "c5-summit") : text());
        default:
          return Dsl.field(pick(io.github.c5atlas.core.Discrepancy.Field.values()));
      }
    }
    if (random.nextInt(12) == 0) {
      return named();
    }
    if (Event.class.isAssignableFrom(rows)) {
      return eventLeaf();
    }
    if (rows == Person.class) {
      return personLeaf();
    }
    if (rows == State.class) {
      return new MemberOf(id("csto", "sco", "cis"), date(), membershipStatus());
    }
    if (rows == Forum.class) {
      return new HasMember(stateCode(), date(), membershipStatus());
    }
    throw new AssertionError(rows);
  }

  private Condition<Named> named() {
    while (true) {
      try {
        return Dsl.named(bundledNames ? pick("Birlik", "csto", "Samarkand", "Kosanov", "Uzbekistan") : text());
      } catch (IllegalArgumentException e) {
        // no letters or digits: draw again
      }
    }
  }

  /** Returns a random condition on events, of one node. */
  public Condition<Event> eventLeaf() {
    switch (random.nextInt(5)) {
      case 0:
        return attendance();
      case 1: {
        Timing.Relation relation = pick(Timing.Relation.values());
        return relation == Timing.Relation.BETWEEN ? Dsl.between(date(), date())
            : new Timing(relation, date(), Optional.empty());
      }
      case 2:
        return new Related(random.nextInt(14) == 0 ? Optional.empty() : Optional.of(pick(AllenRelation.values())),
            eventId());
      default:
        return has();
    }
  }

  private Attendance attendance() {
    Attendance.Quantifier quantifier = pick(Attendance.Quantifier.values());
    Parties parties = parties();
    List<Role> roles = new ArrayList<>();
    if (random.nextBoolean()) {
      for (Role role : Role.values()) {
        if (random.nextBoolean()) {
          roles.add(role);
        }
      }
    }
    Optional<Level> level = random.nextBoolean() ? Optional.of(pick(Level.values())) : Optional.empty();
    return new Attendance(quantifier, parties, ImmutableSortedSet.copyOf(roles), level);
  }

  private Parties parties() {
    if (random.nextInt(3) == 0) {
      return Parties.group(groupId());
    }
    List<String> codes = new ArrayList<>();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      codes.add(stateCode());
    }
    return Parties.states(codes);
  }

  private Condition<Event> has() {
    Has.Field field = pick(Has.Field.values());
    switch (field) {
      case HOSTED_BY:
      case HELD_IN:
        return new Has(field, stateCode());
      case LEVEL:
        return new Has(field, pick(Level.values()).name());
      case EXERCISE_KIND:
        return new Has(field, pick(ExerciseKind.values()).name());
      case SUBJECT:
        return new Has(field, pick(AgreementSubject.values()).name());
      case FORUM:
        return new Has(field, id("csto", "sco", "c5-defence"));
      case SERIES:
        return new Has(field, id("birlik", "peace-mission", "rubezh"));
      case IN_CITY:
        return new Has(field, id("Samarkand", "Dushanbe", "Astana"));
      default:
        return new Has(field, id("border", "water", "c5"));
    }
  }

  /** Returns a random condition on people, of one node. */
  public Condition<Person> personLeaf() {
    if (random.nextInt(3) == 0) {
      return new PersonAttended(eventId());
    }
    Optional<String> state = random.nextBoolean() ? Optional.of(stateCode()) : Optional.empty();
    Optional<Period> within = random.nextBoolean() ? Optional.of(period()) : Optional.empty();
    Optional<Parties> states = random.nextInt(3) == 0 ? Optional.of(parties()) : Optional.empty();
    Optional<Period> heldFor = random.nextInt(3) == 0 ? Optional.of(period()) : Optional.empty();
    return new Holding(pick(Office.values()), date(), state, within, states, heldFor);
  }

  // ---- values -----------------------------------------------------------------------------------------------

  /** Returns a random fuzzy date: day, month, year, approximate, on or before, on or after, or between. */
  public FuzzyDate date() {
    switch (random.nextInt(7)) {
      case 0:
      case 1:
        return plainDate();
      case 2:
        return plainDate().approximately();
      case 3:
        return FuzzyDate.onOrBefore(plainDate());
      case 4:
        return FuzzyDate.onOrAfter(plainDate());
      default: {
        FuzzyDate a = plainDate();
        FuzzyDate b = plainDate();
        return a.earliestOrMin().isAfter(b.latestOrMax()) ? FuzzyDate.between(b, a) : FuzzyDate.between(a, b);
      }
    }
  }

  private FuzzyDate plainDate() {
    int year = random.nextInt(10) == 0 ? pick(1, 9999, 1, 2000, 2024) : 1990 + random.nextInt(40);
    switch (random.nextInt(3)) {
      case 0:
        return FuzzyDate.ofYear(year);
      case 1:
        return FuzzyDate.ofMonth(year, 1 + random.nextInt(12));
      default: {
        int month = 1 + random.nextInt(12);
        int length = java.time.YearMonth.of(year, month).lengthOfMonth();
        return FuzzyDate.ofDay(year, month, 1 + random.nextInt(length));
      }
    }
  }

  private Period period() {
    if (random.nextInt(20) == 0) {
      return Period.of(Integer.MAX_VALUE, random.nextInt(3), 0);
    }
    while (true) {
      Period period = Period.of(random.nextInt(3) == 0 ? random.nextInt(5) : 0,
          random.nextInt(3) == 0 ? random.nextInt(13) : 0, random.nextInt(3) == 0 ? random.nextInt(40) : 0);
      if (!period.isZero()) {
        return period;
      }
    }
  }

  private MembershipStatus membershipStatus() {
    return random.nextBoolean() ? MembershipStatus.MEMBER : pick(MembershipStatus.values());
  }

  /** Returns a random state code: two uppercase letters, known or not. */
  public String stateCode() {
    if (bundledNames || random.nextBoolean()) {
      return pick("KZ", "KG", "TJ", "TM", "UZ", "AZ", "RU", "CN", "US");
    }
    return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
  }

  /** Returns a random group id: CENTRAL_ASIA, or another that is not a misspelling of it. */
  public String groupId() {
    if (bundledNames || random.nextBoolean()) {
      return "CENTRAL_ASIA";
    }
    while (true) {
      StringBuilder id = new StringBuilder().append((char) ('A' + random.nextInt(26)));
      int length = random.nextInt(15);
      String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
      for (int i = 0; i < length; i++) {
        id.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String candidate = id.toString();
      if (!QueryParser.STATE_CODE.matcher(candidate).matches()
          && Suggestions.nearest(candidate, QueryParser.KNOWN_GROUPS).isEmpty()) {
        return candidate;
      }
    }
  }

  private String eventId() {
    return id("samarkand-2025", "birlik-2025", "c5-dushanbe-2024");
  }

  private String id(String... known) {
    return bundledNames || random.nextInt(3) != 0 ? pick(known) : text();
  }

  /** Returns a random text: letters, digits, quotes, backslashes, control characters and non-ASCII text. */
  public String text() {
    String[] pieces = {"a", "Z", "0", "9", " ", "-", "\"", "\\", "\\\"", "\n", "\t", "\r", "\u0000", "\u001f",
        "\u007f", "é", "ё", "Ж", "ق", "\u0301", "\uD83D\uDE00", "\uFFFF", "\\u0041", "''", "()", ",", ".", "~",
        "where", " and ", " or ", "not ", "event(\"x\")"};
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(8);
    for (int i = 0; i < length; i++) {
      text.append(random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)]
          : String.valueOf((char) ('a' + random.nextInt(26))));
    }
    return text.toString();
  }

  @SafeVarargs
  private <E> E pick(E... values) {
    return values[random.nextInt(values.length)];
  }
}
