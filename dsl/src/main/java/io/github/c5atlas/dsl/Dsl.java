package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.c5atlas.core.AgreementSubject;
import io.github.c5atlas.core.Agreement;
import io.github.c5atlas.core.Discrepancy;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Exercise;
import io.github.c5atlas.core.ExerciseKind;
import io.github.c5atlas.core.Forum;
import io.github.c5atlas.core.Level;
import io.github.c5atlas.core.Meeting;
import io.github.c5atlas.core.MembershipStatus;
import io.github.c5atlas.core.Named;
import io.github.c5atlas.core.Office;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.Role;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.StateGroup;
import io.github.c5atlas.core.time.AllenRelation;
import io.github.c5atlas.core.time.FuzzyDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every entry point of the query DSL, made for {@code import static io.github.c5atlas.dsl.Dsl.*;}: the sources of
 * rows, the conditions, and the constants they take (states, groups, roles, offices, order keys). Each method has
 * the name it has in the text syntax; in text, dates are written bare ({@code during(2025-10)}), in Java as a
 * string or a number ({@code during("2025-10")}, {@code during(2025)}).
 *
 * <pre>{@code
 * events().where(attendedByAll(CENTRAL_ASIA).and(attendedOnlyBy(CENTRAL_ASIA))).run(atlas);
 * exercises().where(concurrentWith(event("samarkand-2025"))).run(atlas);
 * people().where(holding(DEFENCE_MINISTER, "2025-10-20").appointedWithin(Period.ofYears(1)))
 *     .includingUncertain().run(atlas);
 * states().where(memberOf("csto", "2010")).run(atlas);
 * }</pre>
 */
public final class Dsl {
  private Dsl() {}

  // ---- states, groups and constants -------------------------------------------------------------------------

  /** Kazakhstan. */
  public static final State KZ = State.KZ;
  /** Kyrgyzstan. */
  public static final State KG = State.KG;
  /** Tajikistan. */
  public static final State TJ = State.TJ;
  /** Turkmenistan. */
  public static final State TM = State.TM;
  /** Uzbekistan. */
  public static final State UZ = State.UZ;
  /** Azerbaijan. */
  public static final State AZ = State.AZ;
  /** Russia. */
  public static final State RU = State.RU;
  /** Belarus. */
  public static final State BY = State.BY;
  /** China. */
  public static final State CN = State.CN;
  /** Armenia. */
  public static final State AM = State.AM;
  /** India. */
  public static final State IN = State.IN;
  /** Pakistan. */
  public static final State PK = State.PK;
  /** Iran. */
  public static final State IR = State.IR;
  /** The United States. */
  public static final State US = State.US;
  /** The five Central Asian states. */
  public static final StateGroup CENTRAL_ASIA = StateGroup.CENTRAL_ASIA;

  /** The host's role. */
  public static final Role HOST = Role.HOST;
  /** A full participant's role. */
  public static final Role PARTICIPANT = Role.PARTICIPANT;
  /** A guest's role. */
  public static final Role GUEST = Role.GUEST;
  /** An observer's role. */
  public static final Role OBSERVER = Role.OBSERVER;

  /** Head of state. */
  public static final Office HEAD_OF_STATE = Office.HEAD_OF_STATE;
  /** Head of government. */
  public static final Office HEAD_OF_GOVERNMENT = Office.HEAD_OF_GOVERNMENT;
  /** Defence minister. */
  public static final Office DEFENCE_MINISTER = Office.DEFENCE_MINISTER;
  /** Foreign minister. */
  public static final Office FOREIGN_MINISTER = Office.FOREIGN_MINISTER;
  /** Security council secretary. */
  public static final Office SECURITY_COUNCIL_SECRETARY = Office.SECURITY_COUNCIL_SECRETARY;
  /** Chief of the general staff. */
  public static final Office CHIEF_OF_GENERAL_STAFF = Office.CHIEF_OF_GENERAL_STAFF;
  /** Parliament speaker. */
  public static final Office PARLIAMENT_SPEAKER = Office.PARLIAMENT_SPEAKER;

  /** Order by the start of events. */
  public static final OrderKey START = OrderKey.START;
  /** Order by the end of events. */
  public static final OrderKey END = OrderKey.END;
  /** Order by English name. */
  public static final OrderKey NAME = OrderKey.NAME;

  // ---- sources --------------------------------------------------------------------------------------------

  /** Returns the query of all events (held ones, unless the query asks for other statuses). */
  public static Query<Event> events() {
    return Query.from(RowSource.EVENTS);
  }

  /** Returns the query of all meetings. */
  public static Query<Meeting> meetings() {
    return Query.from(RowSource.MEETINGS);
  }

  /** Returns the query of all exercises. */
  public static Query<Exercise> exercises() {
    return Query.from(RowSource.EXERCISES);
  }

  /** Returns the query of all agreements. */
  public static Query<Agreement> agreements() {
    return Query.from(RowSource.AGREEMENTS);
  }

  /** Returns the query of all people. */
  public static Query<Person> people() {
    return Query.from(RowSource.PEOPLE);
  }

  /** Returns the query of all forums. */
  public static Query<Forum> forums() {
    return Query.from(RowSource.FORUMS);
  }

  /** Returns the query of every place where a source's report differs from the curated view. */
  public static Query<Discrepancy> discrepancies() {
    return Query.from(RowSource.DISCREPANCIES);
  }

  /** Discrepancies reported by a source, by its id: {@code reportedBy("seed-article")}. */
  public static Condition<Discrepancy> reportedBy(String sourceId) {
    return new Disputed(Disputed.Property.REPORTED_BY, requireNonNull(sourceId, "sourceId"));
  }

  /** Discrepancies about an event or a forum, by its id: {@code about("birlik-2025")}. */
  public static Condition<Discrepancy> about(String id) {
    return new Disputed(Disputed.Property.ABOUT, requireNonNull(id, "id"));
  }

  /** Discrepancies in one field: {@code field(Discrepancy.Field.PARTICIPANTS)}. */
  public static Condition<Discrepancy> field(Discrepancy.Field field) {
    return new Disputed(Disputed.Property.FIELD, requireNonNull(field, "field").name());
  }

  /** Returns the query of all states. */
  public static Query<State> states() {
    return Query.from(RowSource.STATES);
  }

  // ---- composition ----------------------------------------------------------------------------------------

  /** Returns the condition every row satisfies: the neutral start of a conjunction. */
  public static <T> Condition<T> always() {
    return Always.instance();
  }

  /** Returns the condition that all of these hold. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, into an immutable copy
  public static <T> Condition<T> and(Condition<? super T>... conditions) {
    return And.of(com.google.common.collect.ImmutableList.copyOf(conditions));
  }

  /** Returns the condition that at least one of these holds. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, into an immutable copy
  public static <T> Condition<T> or(Condition<? super T>... conditions) {
    return Or.of(com.google.common.collect.ImmutableList.copyOf(conditions));
  }

  /** Returns the condition that this one does not hold. */
  public static <T> Condition<T> not(Condition<T> condition) {
    return Not.of(condition);
  }

  // ---- participation --------------------------------------------------------------------------------------

  /** Events that every state of the group attended. */
  public static Attendance attendedByAll(StateGroup group) {
    return attendance(Attendance.Quantifier.ALL, group);
  }

  /** Events that every one of these states attended. */
  public static Attendance attendedByAll(State... states) {
    return attendance(Attendance.Quantifier.ALL, states);
  }

  /** Events that at least one state of the group attended. */
  public static Attendance attendedByAny(StateGroup group) {
    return attendance(Attendance.Quantifier.ANY, group);
  }

  /** Events that at least one of these states attended. */
  public static Attendance attendedByAny(State... states) {
    return attendance(Attendance.Quantifier.ANY, states);
  }

  /** Events with no party outside the group: no external party. */
  public static Attendance attendedOnlyBy(StateGroup group) {
    return attendance(Attendance.Quantifier.ONLY, group);
  }

  /** Events with no party other than these states. */
  public static Attendance attendedOnlyBy(State... states) {
    return attendance(Attendance.Quantifier.ONLY, states);
  }

  /** Events that no state of the group attended. */
  public static Attendance notAttendedBy(StateGroup group) {
    return attendance(Attendance.Quantifier.NONE, group);
  }

  /** Events that none of these states attended. */
  public static Attendance notAttendedBy(State... states) {
    return attendance(Attendance.Quantifier.NONE, states);
  }

  private static Attendance attendance(Attendance.Quantifier quantifier, StateGroup group) {
    return new Attendance(quantifier, Parties.of(requireNonNull(group, "group")), ImmutableSortedSet.of(),
        Optional.empty());
  }

  private static Attendance attendance(Attendance.Quantifier quantifier, State... states) {
    return new Attendance(quantifier, Parties.states(Arrays.stream(states).map(State::code)::iterator),
        ImmutableSortedSet.of(), Optional.empty());
  }

  // ---- time -----------------------------------------------------------------------------------------------

  /** Returns the fuzzy date written in EDTF, for the time conditions: {@code date("2025-10")}. */
  public static FuzzyDate date(String edtf) {
    return FuzzyDate.parse(edtf);
  }

  /** Events wholly within a period: {@code during("2025-10")}. */
  public static Condition<Event> during(String period) {
    return during(date(period));
  }

  /** Events wholly within a year. */
  public static Condition<Event> during(int year) {
    return during(FuzzyDate.ofYear(year));
  }

  /** Events wholly within a month. */
  public static Condition<Event> during(YearMonth month) {
    return during(FuzzyDate.ofMonth(month));
  }

  /** Events wholly within the period a fuzzy date covers. */
  public static Condition<Event> during(FuzzyDate period) {
    return timing(Timing.Relation.DURING, period);
  }

  /** Events on at least one day of a period. */
  public static Condition<Event> overlapping(String period) {
    return timing(Timing.Relation.OVERLAPPING, date(period));
  }

  /** Events on at least one day of the period a fuzzy date covers. */
  public static Condition<Event> overlapping(FuzzyDate period) {
    return timing(Timing.Relation.OVERLAPPING, period);
  }

  /** Events going on on a day. */
  public static Condition<Event> on(String day) {
    return timing(Timing.Relation.ON, date(day));
  }

  /** Events going on on a day. */
  public static Condition<Event> on(LocalDate day) {
    return timing(Timing.Relation.ON, FuzzyDate.ofDay(day));
  }

  /** Events going on on the day a fuzzy date names. */
  public static Condition<Event> on(FuzzyDate day) {
    return timing(Timing.Relation.ON, day);
  }

  /** Events that ended before a date. */
  public static Condition<Event> before(String date) {
    return timing(Timing.Relation.BEFORE, date(date));
  }

  /** Events that ended before a date. */
  public static Condition<Event> before(FuzzyDate date) {
    return timing(Timing.Relation.BEFORE, date);
  }

  /** Events that started after a date. */
  public static Condition<Event> after(String date) {
    return timing(Timing.Relation.AFTER, date(date));
  }

  /** Events that started after a date. */
  public static Condition<Event> after(FuzzyDate date) {
    return timing(Timing.Relation.AFTER, date);
  }

  /** Events wholly within the period from the first date to the second. */
  public static Condition<Event> between(String from, String to) {
    return between(date(from), date(to));
  }

  /** Events wholly within the period from the first date to the second. */
  public static Condition<Event> between(FuzzyDate from, FuzzyDate to) {
    return new Timing(Timing.Relation.BETWEEN, requireNonNull(from, "from"), Optional.of(requireNonNull(to, "to")));
  }

  private static Condition<Event> timing(Timing.Relation relation, FuzzyDate date) {
    return new Timing(relation, requireNonNull(date, "date"), Optional.empty());
  }

  /** Returns a reference to an event by id, for the interval relations: {@code during(event("samarkand-2025"))}. */
  public static EventRef event(String id) {
    return new EventRef(id);
  }

  /** Events sharing at least one day with another event. */
  public static Condition<Event> concurrentWith(EventRef other) {
    return new Related(Optional.empty(), other.id());
  }

  /** Allen's relation: ends before the other event starts, with a gap. */
  public static Condition<Event> before(EventRef other) {
    return allen(AllenRelation.BEFORE, other);
  }

  /** Allen's relation: starts after the other event ends, with a gap. */
  public static Condition<Event> after(EventRef other) {
    return allen(AllenRelation.AFTER, other);
  }

  /** Allen's relation: ends the day before the other event starts. */
  public static Condition<Event> meets(EventRef other) {
    return allen(AllenRelation.MEETS, other);
  }

  /** Allen's relation: starts the day after the other event ends. */
  public static Condition<Event> metBy(EventRef other) {
    return allen(AllenRelation.MET_BY, other);
  }

  /** Allen's relation: starts first and ends while the other goes on. */
  public static Condition<Event> overlaps(EventRef other) {
    return allen(AllenRelation.OVERLAPS, other);
  }

  /** Allen's relation: starts while the other goes on and ends after it. */
  public static Condition<Event> overlappedBy(EventRef other) {
    return allen(AllenRelation.OVERLAPPED_BY, other);
  }

  /** Allen's relation: starts with the other and ends first. */
  public static Condition<Event> starts(EventRef other) {
    return allen(AllenRelation.STARTS, other);
  }

  /** Allen's relation: starts with the other and ends after it. */
  public static Condition<Event> startedBy(EventRef other) {
    return allen(AllenRelation.STARTED_BY, other);
  }

  /** Allen's relation: wholly inside the other, touching neither end. */
  public static Condition<Event> during(EventRef other) {
    return allen(AllenRelation.DURING, other);
  }

  /** Allen's relation: the other is wholly inside this one, touching neither end. */
  public static Condition<Event> contains(EventRef other) {
    return allen(AllenRelation.CONTAINS, other);
  }

  /** Allen's relation: ends with the other and starts after it. */
  public static Condition<Event> finishes(EventRef other) {
    return allen(AllenRelation.FINISHES, other);
  }

  /** Allen's relation: ends with the other and starts before it. */
  public static Condition<Event> finishedBy(EventRef other) {
    return allen(AllenRelation.FINISHED_BY, other);
  }

  /** Allen's relation: the same days as the other. */
  public static Condition<Event> equalTo(EventRef other) {
    return allen(AllenRelation.EQUAL_TO, other);
  }

  private static Condition<Event> allen(AllenRelation relation, EventRef other) {
    return new Related(Optional.of(relation), requireNonNull(other, "other").id());
  }

  // ---- structure ------------------------------------------------------------------------------------------

  /** Events of a forum, by its id: {@code forum("csto")}. */
  public static Condition<Event> forum(String forumId) {
    return new Has(Has.Field.FORUM, requireNonNull(forumId, "forumId"));
  }

  /** Events hosted by a state. */
  public static Condition<Event> hostedBy(State state) {
    return new Has(Has.Field.HOSTED_BY, requireNonNull(state, "state").code());
  }

  /** Events held (at least partly) in a state. */
  public static Condition<Event> heldIn(State state) {
    return new Has(Has.Field.HELD_IN, requireNonNull(state, "state").code());
  }

  /** Events held in a city, by its English name, ignoring case. */
  public static Condition<Event> inCity(String city) {
    return new Has(Has.Field.IN_CITY, requireNonNull(city, "city"));
  }

  /** Exercises of a series, by its id: {@code series("birlik")}. */
  public static Condition<Event> series(String seriesId) {
    return new Has(Has.Field.SERIES, requireNonNull(seriesId, "seriesId"));
  }

  /** Events with a tag. */
  public static Condition<Event> tagged(String tag) {
    return new Has(Has.Field.TAGGED, requireNonNull(tag, "tag"));
  }

  /** Events whose curated view cites a source, by its id. */
  public static Condition<Event> citedBy(String sourceId) {
    return new Has(Has.Field.CITED_BY, requireNonNull(sourceId, "sourceId"));
  }

  /** Meetings held at a level: {@code level(Level.HEAD_OF_STATE)}. */
  public static Condition<Event> level(Level level) {
    return new Has(Has.Field.LEVEL, requireNonNull(level, "level").name());
  }

  /** Exercises of a kind: {@code exerciseKind(ExerciseKind.PEACEKEEPING)}. */
  public static Condition<Event> exerciseKind(ExerciseKind kind) {
    return new Has(Has.Field.EXERCISE_KIND, requireNonNull(kind, "kind").name());
  }

  /** Agreements on a subject: {@code subject(AgreementSubject.BORDER_DELIMITATION)}. */
  public static Condition<Event> subject(AgreementSubject subject) {
    return new Has(Has.Field.SUBJECT, requireNonNull(subject, "subject").name());
  }

  /** Anything whose id, name in any language or alias contains the text, ignoring case and diacritics. */
  public static Condition<Named> named(String text) {
    return new NameMatch(text);
  }

  // ---- people, forums, states -----------------------------------------------------------------------------

  /** People holding an office on a date: {@code holding(DEFENCE_MINISTER, "2025-10-20")}. */
  public static Holding holding(Office office, String date) {
    return holding(office, date(date));
  }

  /** People holding an office on a date. */
  public static Holding holding(Office office, FuzzyDate date) {
    return new Holding(requireNonNull(office, "office"), requireNonNull(date, "date"), Optional.empty(),
        Optional.empty());
  }

  /** People who were in a delegation at an event. */
  public static Condition<Person> attended(EventRef event) {
    return new PersonAttended(requireNonNull(event, "event").id());
  }

  /** States that were members of a forum on a date: {@code memberOf("csto", "2010")}. */
  public static Condition<State> memberOf(String forumId, String date) {
    return memberOf(forumId, date(date), MembershipStatus.MEMBER);
  }

  /** States that had a status in a forum on a date. */
  public static Condition<State> memberOf(String forumId, FuzzyDate date, MembershipStatus status) {
    return new MemberOf(requireNonNull(forumId, "forumId"), requireNonNull(date, "date"),
        requireNonNull(status, "status"));
  }

  /** Forums of which a state was a member on a date. */
  public static Condition<Forum> hasMember(State state, String date) {
    return hasMember(state, date(date), MembershipStatus.MEMBER);
  }

  /** Forums in which a state had a status on a date. */
  public static Condition<Forum> hasMember(State state, FuzzyDate date, MembershipStatus status) {
    return new HasMember(requireNonNull(state, "state").code(), requireNonNull(date, "date"),
        requireNonNull(status, "status"));
  }

  /** Returns the list of every method name of the text syntax, for suggestions. */
  static List<String> names() {
    return List.of("events", "meetings", "exercises", "agreements", "people", "forums", "states", "where", "and",
        "or", "not", "always", "attendedByAll", "attendedByAny", "attendedOnlyBy", "notAttendedBy", "withRoles",
        "atLevel", "during", "overlapping", "on", "before", "after", "between", "event", "concurrentWith", "meets",
        "metBy", "overlaps", "overlappedBy", "starts", "startedBy", "contains", "finishes", "finishedBy", "equalTo",
        "forum", "hostedBy", "heldIn", "inCity", "series", "tagged", "citedBy", "level", "exerciseKind", "subject",
        "named", "holding", "forState", "forStates", "appointedWithin", "heldForAtLeast", "attended", "memberOf", "hasMember", "withStatus",
        "accordingTo", "includingUncertain", "discrepancies", "reportedBy", "about", "field", "orderBy", "orderByDescending", "limit");
  }

  // ---- analyses: comparisons of editions (the analysis branch; projections, counts, co-participation and
  // ---- timelines are methods of Result) --------------------------------------------------------------------

  /**
   * Returns the comparison of two editions of a series (or any two events), to run on an atlas: who joined, who
   * left, whose role changed, the host, the places and the dates of each.
   *
   * <pre>{@code
   * compare(event("birlik-2024"), event("birlik-2025")).run(atlas).hostAfter();   // Optional[UZ]
   * }</pre>
   */
  public static Comparison compare(EventRef from, EventRef to) {
    return new Comparison(requireNonNull(from, "from"), requireNonNull(to, "to"), Optional.empty());
  }
}
