package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.EventStatus;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A query: a source of rows, a condition, and how the answer is shaped (which event statuses, whose version of
 * the atlas, whether uncertain rows are wanted, order, limit). A query is an immutable value: it prints as the
 * text syntax, {@link #parse(String)} reads that back to an equal query, and it runs on any atlas.
 *
 * <pre>{@code
 * Query<Event> q = events().where(attendedByAll(CENTRAL_ASIA).and(attendedOnlyBy(CENTRAL_ASIA)))
 *     .orderBy(START);
 * q.toString();        // events where attendedByAll(CENTRAL_ASIA) and attendedOnlyBy(CENTRAL_ASIA) orderBy(START)
 * q.run(atlas).list();
 * Query.parse(q.toString()).equals(q);   // true
 * }</pre>
 *
 * <p>Event queries look at held events unless they ask for others with {@link #withStatus}. Instances are
 * immutable and thread-safe; running one query on one atlas from many threads is safe.
 *
 * @param <T> the type of the rows
 */
public final class Query<T> {
  private static final ImmutableSortedSet<EventStatus> HELD = ImmutableSortedSet.of(EventStatus.HELD);

  private final Source<T> source;
  private final Condition<? super T> condition;
  private final ImmutableSortedSet<EventStatus> statuses;
  private final Optional<String> accordingTo;
  private final boolean includingUncertain;
  private final Optional<OrderKey> orderBy;
  private final boolean descending;
  private final OptionalInt limit;

  private Query(Source<T> source, Condition<? super T> condition, ImmutableSortedSet<EventStatus> statuses,
      Optional<String> accordingTo, boolean includingUncertain, Optional<OrderKey> orderBy, boolean descending,
      OptionalInt limit) {
    this.source = source;
    this.condition = condition;
    this.statuses = statuses;
    this.accordingTo = accordingTo;
    this.includingUncertain = includingUncertain;
    this.orderBy = orderBy;
    this.descending = descending;
    this.limit = limit;
    if (!condition.rowType().isAssignableFrom(source.rowType())) {
      throw new IllegalArgumentException(condition + " applies to " + RowTypes.plural(condition.rowType())
          + ", not to " + source.name());
    }
  }

  /** Obtains the query of all rows of a source. */
  public static <T> Query<T> from(Source<T> source) {
    return new Query<>(requireNonNull(source, "source"), Always.instance(), HELD, Optional.empty(), false,
        Optional.empty(), false, OptionalInt.empty());
  }

  /**
   * Reads a query from its text syntax, the form {@link #toString()} prints.
   *
   * @throws QuerySyntaxException with the position, what was expected, and the nearest valid name for a misspelt
   *     one
   */
  public static Query<?> parse(String text) {
    return QueryParser.parse(requireNonNull(text, "text"));
  }

  /**
   * Reads a query whose rows must be of the given source's type.
   *
   * @throws QuerySyntaxException if the text is not a query or its rows are of another type
   */
  @SuppressWarnings("unchecked")
  public static <T> Query<T> parse(String text, Source<T> source) {
    Query<?> query = parse(text);
    if (!source.rowType().isAssignableFrom(query.source.rowType())) {
      throw new QuerySyntaxException(text, 0, "a query of " + source.name(), query.source.name(), Optional.empty());
    }
    return (Query<T>) query;
  }

  /**
   * Reads a query from the JSON {@link #toJson()} writes.
   *
   * <pre>{@code
   * Query.fromJson("{\"source\":\"events\",\"where\":{\"during\":{\"date\":\"2025-10\"}},\"limit\":5}");
   * // events where during(2025-10) limit(5)
   * }</pre>
   *
   * @throws QuerySyntaxException if the text is not JSON, with the offset
   * @throws IllegalArgumentException if the JSON is not a query, naming the JSON pointer of the bad value
   */
  public static Query<?> fromJson(String json) {
    return QueryJson.read(requireNonNull(json, "json"));
  }

  /**
   * Returns this query as JSON, for an app to store: the source, the condition as nested objects named like the
   * methods that build them, and the modifiers that differ from the defaults.
   *
   * <pre>{@code
   * events().where(attendedByAll(CENTRAL_ASIA).and(during(2025))).limit(5).toJson();
   * // {"source":"events","where":{"and":[{"attendedByAll":{"group":"CENTRAL_ASIA"}},
   * //   {"during":{"date":"2025"}}]},"limit":5}
   * }</pre>
   */
  public String toJson() {
    return QueryJson.write(this);
  }

  /** Returns a copy of this query that also asks for the condition (combined with and). */
  public Query<T> where(Condition<? super T> condition) {
    requireNonNull(condition, "condition");
    return new Query<>(source, And.<T>of(java.util.List.<Condition<?>>of(this.condition, condition)), statuses, accordingTo,
        includingUncertain, orderBy, descending, limit);
  }

  /** Returns a copy of this query that looks at events with these statuses (held only, by default). */
  public Query<T> withStatus(EventStatus... statuses) {
    if (statuses.length == 0) {
      throw new IllegalArgumentException("withStatus needs at least one status");
    }
    return new Query<>(source, condition, ImmutableSortedSet.copyOf(Arrays.asList(statuses)), accordingTo,
        includingUncertain, orderBy, descending, limit);
  }

  /** Returns a copy of this query that runs on the atlas as the source with this id tells it. */
  public Query<T> accordingTo(String sourceId) {
    return new Query<>(source, condition, statuses, Optional.of(requireNonNull(sourceId, "sourceId")),
        includingUncertain, orderBy, descending, limit);
  }

  /** Returns a copy of this query that also returns the rows for which the condition is unknown, marked so. */
  public Query<T> includingUncertain() {
    return new Query<>(source, condition, statuses, accordingTo, true, orderBy, descending, limit);
  }

  /** Returns a copy of this query whose rows are in ascending order of the key. */
  public Query<T> orderBy(OrderKey key) {
    return new Query<>(source, condition, statuses, accordingTo, includingUncertain,
        Optional.of(requireNonNull(key, "key")), false, limit);
  }

  /** Returns a copy of this query whose rows are in descending order of the key. */
  public Query<T> orderByDescending(OrderKey key) {
    return new Query<>(source, condition, statuses, accordingTo, includingUncertain,
        Optional.of(requireNonNull(key, "key")), true, limit);
  }

  /** Returns a copy of this query that returns at most this many rows. */
  public Query<T> limit(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + rows);
    }
    return new Query<>(source, condition, statuses, accordingTo, includingUncertain, orderBy, descending,
        OptionalInt.of(rows));
  }

  /** Returns the source of rows. */
  public Source<T> source() {
    return source;
  }

  /** Returns the condition ({@code always()} when there is none). */
  public Condition<? super T> condition() {
    return condition;
  }

  /** Returns the event statuses looked at. */
  public ImmutableSortedSet<EventStatus> statuses() {
    return statuses;
  }

  /** Returns the source whose version of the atlas the query runs on, if not the curated view. */
  public Optional<String> sourceVersion() {
    return accordingTo;
  }

  /** Returns whether uncertain rows are returned as well. */
  public boolean isIncludingUncertain() {
    return includingUncertain;
  }

  /** Returns the order key, if any. */
  public Optional<OrderKey> order() {
    return orderBy;
  }

  /** Returns whether the order is descending. */
  public boolean isDescending() {
    return descending;
  }

  /** Returns the limit, if any. */
  public OptionalInt rowLimit() {
    return limit;
  }

  /** Runs this query on an atlas with the indexed engine. */
  public Result<T> run(Atlas atlas) {
    return Execution.run(this, requireNonNull(atlas, "atlas"), true);
  }

  /** Runs this query by testing every row with its condition: the reference the indexed engine is checked against. */
  public Result<T> runByScan(Atlas atlas) {
    return Execution.run(this, requireNonNull(atlas, "atlas"), false);
  }

  /**
   * Runs this query with the indexed engine and returns its plan: per step, the index used, the estimated and the
   * actual candidates, and how many of the final candidates pass that step's own condition.
   */
  public String explain(Atlas atlas) {
    return Execution.explain(this, requireNonNull(atlas, "atlas"));
  }

  /** Returns the text syntax of this query. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(source.name());
    if (!(condition instanceof Always)) {
      text.append(" where ").append(condition);
    }
    if (!statuses.equals(HELD)) {
      text.append(" withStatus(").append(statuses.stream().map(Enum::name).collect(Collectors.joining(", ")))
          .append(')');
    }
    accordingTo.ifPresent(s -> text.append(" accordingTo(").append(Literals.quote(s)).append(')'));
    if (includingUncertain) {
      text.append(" includingUncertain");
    }
    orderBy.ifPresent(key -> text.append(descending ? " orderByDescending(" : " orderBy(").append(key).append(')'));
    limit.ifPresent(n -> text.append(" limit(").append(n).append(')'));
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Query)) {
      return false;
    }
    Query<?> that = (Query<?>) other;
    return source == that.source && condition.equals(that.condition) && statuses.equals(that.statuses)
        && accordingTo.equals(that.accordingTo) && includingUncertain == that.includingUncertain
        && orderBy.equals(that.orderBy) && descending == that.descending && limit.equals(that.limit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source.name(), condition, statuses, accordingTo, includingUncertain, orderBy, descending,
        limit);
  }
}
