package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.Atlas;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The answer to a query on an atlas: its rows, each certain or only possible, in order. Prints as a readable table
 * (for JShell), and as Markdown or JSON.
 *
 * <pre>{@code
 * Result<Person> r = people().where(holding(DEFENCE_MINISTER, date("2025-10-20")).appointedWithin(Period.ofYears(1)))
 *     .includingUncertain().run(atlas);
 * r.certain();     // Kosanov, Sobirzoda, Khalmukhamedov
 * r.uncertain();   // Mukambetov
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the rows
 */
public final class Result<T> implements Iterable<T> {
  private final Query<T> query;
  private final Atlas atlas;
  private final ImmutableList<Row<T>> rows;
  private final String plan;

  Result(Query<T> query, Atlas atlas, ImmutableList<Row<T>> rows, String plan) {
    this.query = requireNonNull(query, "query");
    this.atlas = requireNonNull(atlas, "atlas");
    this.rows = requireNonNull(rows, "rows");
    this.plan = requireNonNull(plan, "plan");
  }

  /** Returns the query answered. */
  public Query<T> query() {
    return query;
  }

  /** Returns the atlas (or the source's version of it) the query ran on. */
  public Atlas atlas() {
    return atlas;
  }

  /** Returns the rows, each with its truth. */
  public ImmutableList<Row<T>> rows() {
    return rows;
  }

  /** Returns the values of all rows returned, certain and (if asked for) uncertain. */
  public ImmutableList<T> list() {
    return rows.stream().map(Row::value).collect(ImmutableList.toImmutableList());
  }

  /** Returns the values for which the condition certainly holds. */
  public ImmutableList<T> certain() {
    return rows.stream().filter(Row::isCertain).map(Row::value).collect(ImmutableList.toImmutableList());
  }

  /** Returns the values for which the condition possibly holds, but not certainly. */
  public ImmutableList<T> uncertain() {
    return rows.stream().filter(r -> !r.isCertain()).map(Row::value).collect(ImmutableList.toImmutableList());
  }

  /** Returns the values as a stream. */
  public Stream<T> stream() {
    return list().stream();
  }

  @Override
  public Iterator<T> iterator() {
    return list().iterator();
  }

  /** Returns the number of rows. */
  public int count() {
    return rows.size();
  }

  /** Returns whether there are no rows. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Returns the first row's value, if any. */
  public Optional<T> first() {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).value());
  }

  /** Returns the plan the engine followed, with estimated and actual row counts. */
  public String explain() {
    return plan;
  }

  /** Returns the rows as a Markdown table, each row linked to its sources. */
  public String toMarkdown() {
    return ResultTables.of(this).toMarkdown();
  }

  /** Returns the rows as JSON: the query, and per row its truth, its fields and its sources. */
  public String toJson() {
    return ResultTables.of(this).toJson();
  }

  /** Returns the rows as a plain-text table, for JShell. */
  @Override
  public String toString() {
    return ResultTables.of(this).toText();
  }
}
