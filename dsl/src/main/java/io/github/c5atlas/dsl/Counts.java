package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.c5atlas.core.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How many events of a result fall under each key: by state, year, forum or kind ({@link GroupKey}). Keys by
 * {@link GroupKey#YEAR} are in ascending order; the others in descending order of count, then by key.
 *
 * <pre>{@code
 * Counts byYear = events().where(forum("c5-summit")).run(atlas).countBy(GroupKey.YEAR);
 * byYear.count("2020");   // 0: no summit that year
 * byYear.asMap();         // {2018=1, 2019=1, 2021=1, 2022=1, 2023=1, 2024=1, 2025=1}
 * System.out.println(byYear);
 * // countBy(YEAR) of events where forum("c5-summit")
 * //   year  count  events
 * //   ----  -----  --------------
 * //   2018  1      c5-summit-2018
 * //   ...
 * }</pre>
 *
 * <p>Counts include the uncertain rows of a result that asked for them, and say how many there were. Instances are
 * immutable and thread-safe.
 */
public final class Counts {
  private final String query;
  private final GroupKey key;
  private final ImmutableListMultimap<String, String> events;
  private final ImmutableMap<String, Integer> counts;
  private final ImmutableSet<String> uncertain;
  private final int rows;

  private Counts(String query, GroupKey key, ImmutableListMultimap<String, String> events,
      ImmutableSet<String> uncertain, int rows) {
    this.query = query;
    this.key = key;
    this.events = events;
    ImmutableMap.Builder<String, Integer> counts = ImmutableMap.builder();
    events.asMap().forEach((k, ids) -> counts.put(k, ids.size()));
    this.counts = counts.build();
    this.uncertain = uncertain;
    this.rows = rows;
  }

  static <T> Counts of(Result<T> result, GroupKey key) {
    requireNonNull(key, "key");
    Map<String, List<String>> grouped = new LinkedHashMap<>();
    ImmutableSet.Builder<String> uncertain = ImmutableSet.builder();
    for (Row<T> row : result.rows()) {
      Event event = (Event) row.value();
      if (!row.isCertain()) {
        uncertain.add(event.id());
      }
      for (String k : key.keys(event, result.atlas())) {
        grouped.computeIfAbsent(k, x -> new ArrayList<>()).add(event.id());
      }
    }
    Comparator<Map.Entry<String, List<String>>> byKey = Map.Entry.comparingByKey();
    Comparator<Map.Entry<String, List<String>>> order = key == GroupKey.YEAR ? byKey
        : Comparator.<Map.Entry<String, List<String>>>comparingInt(e -> -e.getValue().size()).thenComparing(byKey);
    ImmutableListMultimap.Builder<String, String> events = ImmutableListMultimap.builder();
    grouped.entrySet().stream().sorted(order).forEach(e -> events.putAll(e.getKey(), e.getValue()));
    return new Counts(result.query().toString(), key, events.build(), uncertain.build(), result.count());
  }

  /** Returns what the events are grouped by. */
  public GroupKey key() {
    return key;
  }

  /** Returns the count of each key, in order. */
  public ImmutableMap<String, Integer> asMap() {
    return counts;
  }

  /** Returns the keys, in order. */
  public ImmutableSet<String> keys() {
    return counts.keySet();
  }

  /** Returns the number of events under a key, 0 for a key not found. */
  public int count(String key) {
    return counts.getOrDefault(requireNonNull(key, "key"), 0);
  }

  /** Returns the ids of the events under a key, in the result's order; empty for a key not found. */
  public ImmutableList<String> events(String key) {
    return events.get(requireNonNull(key, "key"));
  }

  /** Returns the number of events counted: the rows of the result (with {@code STATE}, an event counts more). */
  public int rows() {
    return rows;
  }

  /** Returns the ids of the events counted although the condition only possibly holds for them. */
  public ImmutableSet<String> uncertain() {
    return uncertain;
  }

  private String title() {
    return "countBy(" + key.name() + ") of " + query;
  }

  private List<String> headers() {
    return List.of(key.name().toLowerCase(), "count", "events");
  }

  private List<List<String>> cells() {
    List<List<String>> cells = new ArrayList<>();
    counts.forEach((k, n) -> cells.add(List.of(k, String.valueOf(n), String.join(", ", events.get(k)))));
    return cells;
  }

  private String footer() {
    return counts.size() + (counts.size() == 1 ? " key, " : " keys, ") + rows + (rows == 1 ? " event" : " events")
        + (uncertain.isEmpty() ? "" : " (" + uncertain.size() + " uncertain: " + String.join(", ", uncertain) + ")");
  }

  /** Returns the counts as a Markdown table. */
  public String toMarkdown() {
    return ResultTables.markdown(title(), headers(), cells(), footer());
  }

  /** Returns the counts as JSON: the query, the key, and for each key its count and events. */
  public String toJson() {
    ObjectNode root = ResultTables.jsonObject();
    root.put("query", query);
    root.put("groupBy", key.name());
    ArrayNode groups = root.putArray("counts");
    counts.forEach((k, n) -> {
      ObjectNode group = groups.addObject();
      group.put("key", k);
      group.put("count", n);
      ArrayNode ids = group.putArray("events");
      events.get(k).forEach(ids::add);
    });
    root.put("rows", rows);
    ArrayNode unsure = root.putArray("uncertain");
    uncertain.forEach(unsure::add);
    return ResultTables.json(root);
  }

  /** Returns the counts as a plain-text table, for JShell. */
  @Override
  public String toString() {
    List<List<String>> cells = cells();
    return ResultTables.text(title(), headers(), cells, java.util.Collections.nCopies(cells.size(), "  "),
        footer());
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Counts)) {
      return false;
    }
    Counts that = (Counts) other;
    return query.equals(that.query) && key == that.key && events.equals(that.events)
        && uncertain.equals(that.uncertain) && rows == that.rows;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(query, key, events, uncertain, rows);
  }
}
