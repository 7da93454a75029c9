package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.StateGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The co-participation matrix of a group of states over the events of a result: for each pair of the group's
 * states, the events both took part in (in any role); on the diagonal, the events each took part in. Prints as a
 * square table, and as a Mermaid graph whose edges are labelled by the counts.
 *
 * <pre>{@code
 * CoParticipation m = events().where(attendedByAny(CENTRAL_ASIA)).run(atlas).coParticipation(CENTRAL_ASIA);
 * m.count(KZ, KG);      // events both Kazakhstan and Kyrgyzstan attended
 * m.events("KZ", "TM"); // their ids
 * m.toMermaid();        // graph LR ... KG ---|41| KZ ...
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CoParticipation {
  private final String query;
  private final String group;
  private final ImmutableSortedSet<String> states;
  private final ImmutableMap<String, String> names;
  private final ImmutableMap<String, ImmutableList<String>> events;

  private CoParticipation(String query, String group, ImmutableSortedSet<String> states,
      ImmutableMap<String, String> names, ImmutableMap<String, ImmutableList<String>> events) {
    this.query = query;
    this.group = group;
    this.states = states;
    this.names = names;
    this.events = events;
  }

  static <T> CoParticipation of(Result<T> result, StateGroup group) {
    requireNonNull(group, "group");
    ImmutableSortedSet<String> states = group.members();
    Atlas atlas = result.atlas();
    ImmutableMap.Builder<String, String> names = ImmutableMap.builder();
    for (String code : states) {
      names.put(code, atlas.state(code).filter(s -> s.code().equals(code)).map(State::name).orElse(code));
    }
    Map<String, ImmutableList.Builder<String>> pairs = new LinkedHashMap<>();
    for (String a : states) {
      for (String b : states.tailSet(a)) {
        pairs.put(pair(a, b), ImmutableList.builder());
      }
    }
    for (Row<T> row : result.rows()) {
      Event event = (Event) row.value();
      List<String> present = new ArrayList<>();
      for (String code : states) {
        if (event.parties().contains(code)) {
          present.add(code);
        }
      }
      for (int i = 0; i < present.size(); i++) {
        for (int j = i; j < present.size(); j++) {
          // every pair of the group's states got a list above
          requireNonNull(pairs.get(pair(present.get(i), present.get(j))), "pair").add(event.id());
        }
      }
    }
    ImmutableMap.Builder<String, ImmutableList<String>> events = ImmutableMap.builder();
    pairs.forEach((k, ids) -> events.put(k, ids.build()));
    return new CoParticipation(result.query().toString(), group.id(), states, names.build(), events.build());
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
  }

  /** Returns the id of the group. */
  public String group() {
    return group;
  }

  /** Returns the codes of the group's states, in the order of the rows and columns. */
  public ImmutableSortedSet<String> states() {
    return states;
  }

  /**
   * Returns the ids of the events both states took part in, in the result's order; for a state with itself, the
   * events it took part in.
   *
   * @throws IllegalArgumentException if a state is not in the group
   */
  public ImmutableList<String> events(String a, String b) {
    // member() checked both states, and the matrix has every pair of them
    return requireNonNull(events.get(pair(member(a), member(b))), "pair");
  }

  /**
   * Returns the number of events both states took part in; for a state with itself, the number it took part in.
   *
   * @throws IllegalArgumentException if a state is not in the group
   */
  public int count(String a, String b) {
    return events(a, b).size();
  }

  /**
   * Returns the number of events both states took part in.
   *
   * @throws IllegalArgumentException if a state is not in the group
   */
  public int count(State a, State b) {
    return count(requireNonNull(a, "a").code(), requireNonNull(b, "b").code());
  }

  private String member(String code) {
    requireNonNull(code, "state");
    if (!states.contains(code)) {
      throw new IllegalArgumentException(code + " is not in the group " + group + " " + states);
    }
    return code;
  }

  private String title() {
    return "coParticipation(" + group + ") of " + query;
  }

  private List<String> headers() {
    List<String> headers = new ArrayList<>();
    headers.add("");
    headers.addAll(states);
    return headers;
  }

  private List<List<String>> cells() {
    List<List<String>> cells = new ArrayList<>();
    for (String a : states) {
      List<String> row = new ArrayList<>();
      row.add(a);
      for (String b : states) {
        row.add(String.valueOf(count(a, b)));
      }
      cells.add(row);
    }
    return cells;
  }

  private String footer() {
    return "events both states attended, in any role; on the diagonal, the events each attended";
  }

  /**
   * Returns the matrix as a Mermaid graph ({@code graph LR}): a node per state, labelled with its name, and an
   * edge for each pair that met at least once, labelled with the count: {@code KZ ---|12| UZ}.
   */
  public String toMermaid() {
    StringBuilder graph = new StringBuilder("graph LR\n");
    for (String code : states) {
      String name = requireNonNull(names.get(code), "name"); // names has every state of the group
      graph.append("  ").append(code).append("[\"").append(Mermaid.label(name)).append("\"]\n");
    }
    List<String> list = List.copyOf(states);
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        int n = count(list.get(i), list.get(j));
        if (n > 0) {
          graph.append("  ").append(list.get(i)).append(" ---|").append(n).append("| ").append(list.get(j))
              .append('\n');
        }
      }
    }
    return graph.toString();
  }

  /** Returns the matrix as a Markdown table. */
  public String toMarkdown() {
    return ResultTables.markdown(title(), headers(), cells(), footer());
  }

  /** Returns the matrix as JSON: the query, the group, the states, the matrix, and the events of each pair. */
  public String toJson() {
    ObjectNode root = ResultTables.jsonObject();
    root.put("query", query);
    root.put("group", group);
    ArrayNode codes = root.putArray("states");
    states.forEach(codes::add);
    ArrayNode matrix = root.putArray("matrix");
    for (String a : states) {
      ArrayNode row = matrix.addArray();
      states.forEach(b -> row.add(count(a, b)));
    }
    ArrayNode pairs = root.putArray("pairs");
    events.forEach((k, ids) -> {
      String[] ab = k.split(" ");
      if (!ab[0].equals(ab[1])) {
        ObjectNode pair = pairs.addObject();
        pair.put("a", ab[0]);
        pair.put("b", ab[1]);
        pair.put("count", ids.size());
        ArrayNode list = pair.putArray("events");
        ids.forEach(list::add);
      }
    });
    return ResultTables.json(root);
  }

  /** Returns the matrix as a square plain-text table, for JShell. */
  @Override
  public String toString() {
    List<List<String>> cells = cells();
    return ResultTables.text(title(), headers(), cells, Collections.nCopies(cells.size(), "  "), footer());
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CoParticipation)) {
      return false;
    }
    CoParticipation that = (CoParticipation) other;
    return query.equals(that.query) && group.equals(that.group) && states.equals(that.states)
        && names.equals(that.names) && events.equals(that.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(query, group, states, names, events);
  }
}
