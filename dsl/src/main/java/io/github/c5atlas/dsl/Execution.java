package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.time.Truth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a query: picks the atlas version, gets candidate rows (from the indexes, or every row for the reference
 * scan), tests each candidate with the condition, then orders and limits.
 */
final class Execution {
  private Execution() {}

  static <T> Result<T> run(Query<T> query, Atlas atlas, boolean indexed) {
    Atlas view = query.sourceVersion().map(atlas::asReportedBy).orElse(atlas);
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
    if (query.order().isPresent()) {
      Comparator<Object> order = query.order().get().comparator();
      Comparator<Row<T>> byValue = Comparator.comparing(Row::value, order);
      rows.sort(query.isDescending() ? byValue.reversed() : byValue);
    }
    List<Row<T>> limited = query.rowLimit().isPresent() && rows.size() > query.rowLimit().getAsInt()
        ? rows.subList(0, query.rowLimit().getAsInt()) : rows;
    return new Result<>(query, view, ImmutableList.copyOf(limited), plan + " -> " + limited.size() + " rows");
  }
}
