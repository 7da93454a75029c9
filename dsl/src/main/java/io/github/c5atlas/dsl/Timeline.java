package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Forum;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.time.FuzzySpan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events of a result in order of their start (the earliest day each may have started, then the latest day it
 * may have ended, then the id). Prints as a text timeline, and as a Mermaid {@code gantt} chart.
 *
 * <pre>{@code
 * Timeline t = exercises().where(series("birlik")).run(atlas).timeline();
 * t.events();      // [birlik-2024, birlik-2025]
 * t.toMermaid();   // gantt / dateFormat YYYY-MM-DD / section Exercises / Birlik 2024 :2024-07-08, 10d ...
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Timeline {
  private static final Comparator<Row<Event>> ORDER = Comparator
      .comparing((Row<Event> r) -> r.value().span().earliestStart())
      .thenComparing(r -> r.value().span().latestEnd())
      .thenComparing(r -> r.value().id());

  private final String query;
  private final Atlas atlas;
  private final ImmutableList<Row<Event>> rows;

  private Timeline(String query, Atlas atlas, ImmutableList<Row<Event>> rows) {
    this.query = query;
    this.atlas = atlas;
    this.rows = rows;
  }

  static <T> Timeline of(Result<T> result) {
    List<Row<Event>> rows = new ArrayList<>();
    for (Row<T> row : result.rows()) {
      rows.add(new Row<>((Event) row.value(), row.truth()));
    }
    rows.sort(ORDER);
    return new Timeline(result.query().toString(), result.atlas(), ImmutableList.copyOf(rows));
  }

  /** Returns the rows in order of start, each with its truth. */
  public ImmutableList<Row<Event>> rows() {
    return rows;
  }

  /** Returns the events in order of start. */
  public ImmutableList<Event> events() {
    return rows.stream().map(Row::value).collect(ImmutableList.toImmutableList());
  }

  private String title() {
    return "timeline of " + query;
  }

  private List<String> headers() {
    return List.of("date", "id", "name", "kind", "forum");
  }

  private List<List<String>> cells() {
    List<List<String>> cells = new ArrayList<>();
    for (Row<Event> row : rows) {
      Event e = row.value();
      cells.add(List.of(e.span().toString(), e.id(), e.name(), e.kind().name().toLowerCase(),
          e.forum().orElse("")));
    }
    return cells;
  }

  private String footer() {
    long uncertain = rows.stream().filter(r -> !r.isCertain()).count();
    String count = rows.size() + (rows.size() == 1 ? " event" : " events");
    if (rows.isEmpty()) {
      return count;
    }
    LocalDate from = rows.stream().map(r -> drawnStart(r.value().span())).min(Comparator.naturalOrder())
        .orElseThrow();
    LocalDate to = rows.stream().map(r -> drawnEnd(r.value().span())).max(Comparator.naturalOrder()).orElseThrow();
    return count + ", " + from + " to " + to + (uncertain > 0 ? " (" + uncertain + " uncertain, marked ?)" : "");
  }

  /**
   * Returns the timeline as a Mermaid {@code gantt} chart with a section for each kind of event (Meetings,
   * Exercises, Agreements), as {@link #toMermaid(GroupKey) toMermaid(GroupKey.KIND)}.
   */
  public String toMermaid() {
    return toMermaid(GroupKey.KIND);
  }

  /**
   * Returns the timeline as a Mermaid {@code gantt} chart ({@code dateFormat YYYY-MM-DD}) with a section for each
   * key of the events: kind, forum (by name), year, or state (by name; an event then appears once in the section of
   * each state that took part). Sections come in the order of their first event.
   *
   * <p>Each event is a task named by its English name, without colons or semicolons (which Mermaid reads as
   * syntax), starting on the earliest day it may have started and lasting to the latest day it may have ended,
   * in whole days: a one-day event is {@code 1d}. An event whose dates are not known to the day is drawn in the
   * {@code active} style; one whose condition only possibly holds, in the {@code crit} style. A start open into the
   * past is drawn from its latest possible day; an end open into the future (or an ongoing event) is drawn as the
   * start day alone.
   */
  public String toMermaid(GroupKey sections) {
    requireNonNull(sections, "sections");
    Map<String, List<Row<Event>>> bySection = new LinkedHashMap<>();
    for (Row<Event> row : rows) {
      for (String key : sections.keys(row.value(), atlas)) {
        bySection.computeIfAbsent(section(sections, key), k -> new ArrayList<>()).add(row);
      }
    }
    StringBuilder gantt = new StringBuilder("gantt\n");
    gantt.append("  title ").append(Mermaid.name(query)).append('\n');
    gantt.append("  dateFormat YYYY-MM-DD\n");
    bySection.forEach((section, sectionRows) -> {
      gantt.append("  section ").append(Mermaid.name(section)).append('\n');
      for (Row<Event> row : sectionRows) {
        FuzzySpan span = row.value().span();
        LocalDate start = drawnStart(span);
        long days = ChronoUnit.DAYS.between(start, drawnEnd(span)) + 1;
        gantt.append("    ").append(Mermaid.name(row.value().name())).append(" :");
        if (!row.isCertain()) {
          gantt.append("crit, ");
        }
        if (!isExact(span)) {
          gantt.append("active, ");
        }
        gantt.append(start).append(", ").append(days).append("d\n");
      }
    });
    return gantt.toString();
  }

  private String section(GroupKey sections, String key) {
    switch (sections) {
      case KIND:
        return key.substring(0, 1).toUpperCase() + key.substring(1) + "s";
      case FORUM:
        return key.equals(GroupKey.NO_FORUM) ? "No forum"
            : atlas.forum(key).filter(f -> f.id().equals(key)).map(Forum::name).orElse(key);
      case STATE:
        return atlas.state(key).filter(s -> s.code().equals(key)).map(State::name).orElse(key);
      case YEAR:
        return key;
      default:
        throw new AssertionError(sections);
    }
  }

  private static boolean isExact(FuzzySpan span) {
    return span.earliestStart().equals(span.latestStart()) && span.earliestEnd().equals(span.latestEnd());
  }

  private static LocalDate drawnStart(FuzzySpan span) {
    return span.earliestStart().equals(LocalDate.MIN) ? span.latestStart() : span.earliestStart();
  }

  private static LocalDate drawnEnd(FuzzySpan span) {
    LocalDate start = drawnStart(span);
    LocalDate end = span.latestEnd();
    return end.equals(LocalDate.MAX) || end.isBefore(start) ? start : end;
  }

  /** Returns the timeline as a Markdown table, each event linked to its sources. */
  public String toMarkdown() {
    List<String> headers = new ArrayList<>(headers());
    headers.add("sources");
    List<List<String>> cells = new ArrayList<>();
    List<List<String>> plain = cells();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = new ArrayList<>(plain.get(r));
      if (!rows.get(r).isCertain()) {
        row.set(1, row.get(1) + " (?)");
      }
      row.add(ResultTables.links(atlas, rows.get(r).value().sources()));
      cells.add(row);
    }
    return ResultTables.markdown(title(), headers, cells, footer());
  }

  /** Returns the timeline as JSON: the query, and per event its id, name, kind, forum, dates, truth and sources. */
  public String toJson() {
    ObjectNode root = ResultTables.jsonObject();
    root.put("query", query);
    ArrayNode events = root.putArray("events");
    for (Row<Event> row : rows) {
      Event e = row.value();
      ObjectNode node = events.addObject();
      node.put("id", e.id());
      node.put("name", e.name());
      node.put("kind", e.kind().name().toLowerCase());
      e.forum().ifPresent(f -> node.put("forum", f));
      node.put("date", e.span().toString());
      node.put("start", drawnStart(e.span()).toString());
      node.put("end", drawnEnd(e.span()).toString());
      node.put("exact", isExact(e.span()));
      node.put("certain", row.isCertain());
      ResultTables.putSources(node, "sources", atlas, e.sources());
    }
    return ResultTables.json(root);
  }

  /** Returns the timeline as a plain-text table in order of start, for JShell. */
  @Override
  public String toString() {
    List<String> marks = new ArrayList<>();
    rows.forEach(r -> marks.add(r.isCertain() ? "  " : "? "));
    return ResultTables.text(title(), headers(), cells(), marks, footer());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Timeline && ((Timeline) other).query.equals(query)
        && ((Timeline) other).rows.equals(rows) && ((Timeline) other).atlas.equals(atlas);
  }

  @Override
  public int hashCode() {
    return Objects.hash(query, rows);
  }
}
