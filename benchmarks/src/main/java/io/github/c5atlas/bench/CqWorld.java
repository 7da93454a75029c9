package io.github.c5atlas.bench;

import static com.googlecode.cqengine.query.QueryFactory.and;
import static com.googlecode.cqengine.query.QueryFactory.attribute;
import static com.googlecode.cqengine.query.QueryFactory.deduplicate;
import static com.googlecode.cqengine.query.QueryFactory.equal;
import static com.googlecode.cqengine.query.QueryFactory.greaterThanOrEqualTo;
import static com.googlecode.cqengine.query.QueryFactory.in;
import static com.googlecode.cqengine.query.QueryFactory.lessThanOrEqualTo;
import static com.googlecode.cqengine.query.QueryFactory.queryOptions;

import com.googlecode.cqengine.ConcurrentIndexedCollection;
import com.googlecode.cqengine.IndexedCollection;
import com.googlecode.cqengine.attribute.Attribute;
import com.googlecode.cqengine.attribute.MultiValueAttribute;
import com.googlecode.cqengine.attribute.SimpleAttribute;
import com.googlecode.cqengine.attribute.support.MultiValueFunction;
import com.googlecode.cqengine.attribute.support.SimpleFunction;
import com.googlecode.cqengine.index.hash.HashIndex;
import com.googlecode.cqengine.index.navigable.NavigableIndex;
import com.googlecode.cqengine.query.Query;
import com.googlecode.cqengine.query.option.DeduplicationStrategy;
import com.googlecode.cqengine.query.option.QueryOptions;
import com.googlecode.cqengine.resultset.ResultSet;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Office;
import io.github.c5atlas.core.Participation;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.Tenure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The same objects in CQEngine collections with the best indexes CQEngine offers for these queries: a hash index on
 * the multi-valued parties and on the number of parties, navigable indexes on the bounds of the fuzzy spans (as
 * epoch days: the earliest and latest possible start and end), and for Q4 a collection of (person, tenure) rows
 * with a hash index on the office and navigable indexes on the bounds of the tenure.
 *
 * <p>"Certainly within 2020" is {@code earliestStart >= 2020-01-01 and latestEnd <= 2020-12-31}; "certainly
 * overlapping June 2008" is {@code latestStart <= 2008-06-30 and earliestEnd >= 2008-06-01}; "certainly in office
 * on a day" is {@code latestStart <= day <= earliestEnd}: the same three-valued logic as the DSL's, spelt out.
 */
public final class CqWorld {
  static final MultiValueAttribute<Event, String> PARTIES =
      multi(Event.class, String.class, "parties", CqWorld::partyList);
  static final SimpleAttribute<Event, Integer> PARTY_COUNT =
      simple(Event.class, Integer.class, "partyCount", e -> e.participations().size());
  static final SimpleAttribute<Event, Long> EARLIEST_START =
      simple(Event.class, Long.class, "earliestStart", e -> e.span().earliestStart().toEpochDay());
  static final SimpleAttribute<Event, Long> LATEST_START =
      simple(Event.class, Long.class, "latestStart", e -> e.span().latestStart().toEpochDay());
  static final SimpleAttribute<Event, Long> EARLIEST_END =
      simple(Event.class, Long.class, "earliestEnd", e -> e.span().earliestEnd().toEpochDay());
  static final SimpleAttribute<Event, Long> LATEST_END =
      simple(Event.class, Long.class, "latestEnd", e -> e.span().latestEnd().toEpochDay());

  static final SimpleAttribute<TenureRow, Office> OFFICE =
      simple(TenureRow.class, Office.class, "office", r -> r.tenure.office());
  static final SimpleAttribute<TenureRow, Long> TENURE_LATEST_START =
      simple(TenureRow.class, Long.class, "tenureLatestStart", r -> r.tenure.span().latestStart().toEpochDay());
  static final SimpleAttribute<TenureRow, Long> TENURE_EARLIEST_END =
      simple(TenureRow.class, Long.class, "tenureEarliestEnd", r -> r.tenure.span().earliestEnd().toEpochDay());

  private static final QueryOptions DISTINCT = queryOptions(deduplicate(DeduplicationStrategy.LOGICAL_ELIMINATION));

  private static final Query<Event> Q1 = and(equal(PARTIES, "KZ"), equal(PARTIES, "KG"), equal(PARTIES, "TJ"),
      equal(PARTIES, "TM"), equal(PARTIES, "UZ"), equal(PARTY_COUNT, 5));
  private static final Query<Event> Q2 = and(in(PARTIES, "RU", "CN"),
      greaterThanOrEqualTo(EARLIEST_START, day(Workload.Y2020_FROM)),
      lessThanOrEqualTo(LATEST_END, day(Workload.Y2020_TO)));
  private static final Query<Event> Q3 = and(lessThanOrEqualTo(LATEST_START, day(Workload.Q3_TO)),
      greaterThanOrEqualTo(EARLIEST_END, day(Workload.Q3_FROM)));
  private static final Query<TenureRow> Q4 = and(equal(OFFICE, Office.DEFENCE_MINISTER),
      lessThanOrEqualTo(TENURE_LATEST_START, day(Workload.Q4_DATE)),
      greaterThanOrEqualTo(TENURE_EARLIEST_END, day(Workload.Q4_DATE)));
  private static final Query<Event>[][] Q5 = pairQueries();

  private final IndexedCollection<Event> events;
  private final IndexedCollection<TenureRow> tenures;

  private CqWorld(IndexedCollection<Event> events, IndexedCollection<TenureRow> tenures) {
    this.events = events;
    this.tenures = tenures;
  }

  /** Copies the atlas's events and tenures into indexed CQEngine collections. */
  public static CqWorld of(Atlas atlas) {
    IndexedCollection<Event> events = new ConcurrentIndexedCollection<>();
    events.addIndex(HashIndex.onAttribute(PARTIES));
    events.addIndex(HashIndex.onAttribute(PARTY_COUNT));
    for (Attribute<Event, Long> bound : List.of(EARLIEST_START, LATEST_START, EARLIEST_END, LATEST_END)) {
      events.addIndex(NavigableIndex.onAttribute(bound));
    }
    events.addAll(atlas.events());
    IndexedCollection<TenureRow> tenures = new ConcurrentIndexedCollection<>();
    tenures.addIndex(HashIndex.onAttribute(OFFICE));
    tenures.addIndex(NavigableIndex.onAttribute(TENURE_LATEST_START));
    tenures.addIndex(NavigableIndex.onAttribute(TENURE_EARLIEST_END));
    List<TenureRow> rows = new ArrayList<>();
    for (Person person : atlas.people()) {
      for (Tenure tenure : person.tenures()) {
        rows.add(new TenureRow(person, tenure));
      }
    }
    tenures.addAll(rows);
    return new CqWorld(events, tenures);
  }

  /** Q1. */
  public List<Event> q1() {
    return list(events.retrieve(Q1));
  }

  /** Q2. */
  public List<Event> q2() {
    return list(events.retrieve(Q2, DISTINCT));
  }

  /** Q3. */
  public List<Event> q3() {
    return list(events.retrieve(Q3));
  }

  /** Q4: the tenure rows found, as distinct people. */
  public List<Person> q4() {
    Set<Person> people = new LinkedHashSet<>();
    try (ResultSet<TenureRow> rows = tenures.retrieve(Q4)) {
      for (TenureRow row : rows) {
        people.add(row.person);
      }
    }
    return new ArrayList<>(people);
  }

  /** Q5: the size of each pair's intersection (and of each state's bucket on the diagonal). */
  public int[][] q5() {
    int n = Workload.FIVE.size();
    int[][] matrix = new int[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        try (ResultSet<Event> result = events.retrieve(Q5[i][j])) {
          matrix[i][j] = result.size();
          matrix[j][i] = matrix[i][j];
        }
      }
    }
    return matrix;
  }

  @SuppressWarnings("unchecked")
  private static Query<Event>[][] pairQueries() {
    int n = Workload.FIVE.size();
    Query<Event>[][] queries = new Query[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        queries[i][j] = i == j ? equal(PARTIES, Workload.FIVE.get(i))
            : and(equal(PARTIES, Workload.FIVE.get(i)), equal(PARTIES, Workload.FIVE.get(j)));
      }
    }
    return queries;
  }

  private static <T> List<T> list(ResultSet<T> result) {
    try (result) {
      List<T> list = new ArrayList<>();
      for (T value : result) {
        list.add(value);
      }
      return list;
    }
  }

  private static Long day(java.time.LocalDate date) {
    return date.toEpochDay();
  }

  private static <O, A> SimpleAttribute<O, A> simple(Class<O> type, Class<A> valueType, String name,
      SimpleFunction<O, A> function) {
    return attribute(type, valueType, name, function);
  }

  private static <O, A> MultiValueAttribute<O, A> multi(Class<O> type, Class<A> valueType, String name,
      MultiValueFunction<O, A, List<A>> function) {
    return attribute(type, valueType, name, function);
  }

  private static List<String> partyList(Event event) {
    List<Participation> participations = event.participations();
    List<String> parties = new ArrayList<>(participations.size());
    for (Participation participation : participations) {
      parties.add(participation.party());
    }
    return parties;
  }

  /** One tenure of one person, the row CQEngine indexes for Q4; equal by identity. */
  static final class TenureRow {
    final Person person;
    final Tenure tenure;

    TenureRow(Person person, Tenure tenure) {
      this.person = person;
      this.tenure = tenure;
    }
  }
}
