package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.time.Truth;
import io.github.c5atlas.dsl.engine.EventIndex;
import io.github.c5atlas.dsl.engine.SourceVersions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * Runs a query: picks the atlas version, gets candidate rows (from the indexes, or every row for the reference
 * scan), tests each candidate with the condition, then orders and limits.
 *
 * <p>The reference scan tests every row. The indexed run asks {@link Planner} for the candidates of an event query
 * and tests only those, skipping the test where the index alone is certain; its rows, their truths and their order
 * are the reference's. Rows of people, forums and states are few, and are scanned on both paths. Both are
 * thread-safe: the indexes and source versions are built once per atlas and never changed.
 */
final class Execution {
  private Execution() {}

  static <T> Result<T> run(Query<T> query, Atlas atlas, boolean indexed) {
    return indexed ? runIndexed(query, atlas, false) : scan(query, query.sourceVersion().map(atlas::asReportedBy)
        .orElse(atlas));
  }

  /** Runs the query with the indexes and returns its plan, with per step the candidates and the rows they let by. */
  static String explain(Query<?> query, Atlas atlas) {
    return runIndexed(query, atlas, true).explain();
  }

  private static <T> Result<T> scan(Query<T> query, Atlas view) {
    List<T> candidates = query.source().rows(view);
    String plan = "scan " + query.source().name() + " (" + candidates.size() + " rows), test " + query.condition();
    List<Row<T>> rows = new ArrayList<>();
    for (T row : candidates) {
      if (row instanceof Event && !query.statuses().contains(((Event) row).status())) {
        continue;
      }
      Truth truth = query.condition().test(row, view);
      if (truth == Truth.TRUE || (truth == Truth.UNKNOWN && query.isIncludingUncertain())) {
        rows.add(new Row<>(row, truth));
      }
    }
    List<Row<T>> limited = orderAndLimit(query, rows);
    return new Result<>(query, view, ImmutableList.copyOf(limited), plan + " -> " + limited.size() + " rows");
  }

  private static <T> Result<T> runIndexed(Query<T> query, Atlas atlas, boolean explaining) {
    Atlas view = query.sourceVersion().map(source -> SourceVersions.of(atlas, source)).orElse(atlas);
    if (!query.source().isEvents()) {
      Result<T> scanned = scan(query, view);
      return new Result<>(query, view, scanned.rows(), "plan for " + query + "\n  " + scanned.explain() + "\n");
    }
    EventIndex index = EventIndex.of(view);
    RoaringBitmap universe = index.withStatus(query.statuses());
    String statuses = "index status[" + String.join(", ", query.statuses().stream().map(Enum::name)
        .toArray(String[]::new)) + "]";
    if (query.source().eventKind().isPresent()) {
      universe = index.ofKind(query.source().eventKind().get(), universe);
      statuses += " and kind[" + query.source().eventKind().get() + "]";
    }
    Plan plan;
    boolean planned = true;
    try {
      plan = Planner.plan(query.condition(), view, index);
    } catch (IllegalArgumentException e) {
      // the condition names a group or event the atlas lacks, or a period that ends before it begins: test every
      // event in order, as the scan does, so that the query fails (or, where the test never reaches that part,
      // answers) exactly as the scan does
      plan = Plan.Lookup.scan(query.condition(), index.size());
      planned = false;
    }
    Plan.Bounds bounds = plan.run(universe);

    Class<T> type = query.source().rowType();
    boolean stopAtLimit = query.order().isEmpty() && query.rowLimit().isPresent() && !explaining && planned;
    int limit = query.rowLimit().orElse(Integer.MAX_VALUE);
    List<Row<T>> rows = new ArrayList<>();
    long tested = 0;
    // an exact plan leaves nothing to test: the possible events that are not certain are UNKNOWN
    boolean exact = plan.isExact();
    IntIterator candidates = (exact && !query.isIncludingUncertain() ? bounds.certain : bounds.possible)
        .getIntIterator();
    while (candidates.hasNext() && !(stopAtLimit && rows.size() >= limit)) {
      int ordinal = candidates.next();
      T row = type.cast(index.event(ordinal));
      Truth truth;
      if (bounds.certain.contains(ordinal)) {
        truth = Truth.TRUE;
      } else if (exact) {
        truth = Truth.UNKNOWN;
      } else {
        truth = query.condition().test(row, view);
        tested++;
      }
      if (truth == Truth.TRUE || (truth == Truth.UNKNOWN && query.isIncludingUncertain())) {
        rows.add(new Row<>(row, truth));
      }
    }
    if (explaining) {
      countRows(plan, bounds.possible, index, view, query.isIncludingUncertain());
    }
    List<Row<T>> limited = orderAndLimit(query, rows);

    StringBuilder text = new StringBuilder("plan for ").append(query).append('\n');
    text.append("  ").append(statuses).append(" -> ").append(universe.getLongCardinality()).append(" events\n");
    plan.describe(text, 1, (explaining ? "" : " -> " + rows.size() + " rows") + " (" + tested + " tested)");
    if (query.order().isPresent() || query.rowLimit().isPresent()) {
      text.append("  ").append(query.order().map(key -> (query.isDescending() ? "order by descending " : "order by ")
          + key).orElse("")).append(query.order().isPresent() && query.rowLimit().isPresent() ? ", " : "")
          .append(query.rowLimit().isPresent() ? "limit " + limit : "").append(" -> ").append(limited.size())
          .append(" rows\n");
    }
    return new Result<>(query, view, ImmutableList.copyOf(limited), text.toString());
  }

  /** Records, for each step of the plan, how many of the final candidates its own condition lets by. */
  private static void countRows(Plan plan, RoaringBitmap candidates, EventIndex index, Atlas view,
      boolean includingUncertain) {
    for (Plan step : Planner.steps(plan)) {
      @SuppressWarnings("unchecked")
      Condition<Event> condition = (Condition<Event>) step.condition();
      long rows = 0;
      IntIterator it = candidates.getIntIterator();
      while (it.hasNext()) {
        Truth truth = condition.test(index.event(it.next()), view);
        if (truth == Truth.TRUE || (truth == Truth.UNKNOWN && includingUncertain)) {
          rows++;
        }
      }
      step.rows(rows);
    }
  }

  private static <T> List<Row<T>> orderAndLimit(Query<T> query, List<Row<T>> rows) {
    if (query.order().isPresent()) {
      Comparator<Object> order = query.order().get().comparator();
      Comparator<Row<T>> byValue = Comparator.comparing(Row::value, order);
      rows.sort(query.isDescending() ? byValue.reversed() : byValue);
    }
    return query.rowLimit().isPresent() && rows.size() > query.rowLimit().getAsInt()
        ? rows.subList(0, query.rowLimit().getAsInt()) : rows;
  }
}
