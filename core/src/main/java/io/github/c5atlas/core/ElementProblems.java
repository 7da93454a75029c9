package io.github.c5atlas.core;

import io.github.c5atlas.core.json.JsonLocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the problems of each element of a document's lists, each bound on its own, so that a document with many
 * bad values reports them all, not just the first one that stopped the binding. Runs only once a document has
 * been rejected, so it costs nothing on good input. It stops after {@value #MOST} problems.
 */
final class ElementProblems {
  /** Past this many, a document is bad enough: the list stops, so that a hostile file cannot make it slow. */
  static final int MOST = 100;
  private static final Map<String, Class<?>> LISTS = Map.of("sources", Source.class, "states", State.class,
      "groups", StateGroup.class, "people", Person.class, "forums", Forum.class, "events", Event.class,
      "reports", Report.class);

  private ElementProblems() {}

  /** Returns the problems found, located; empty if the document is not even a JSON object. */
  static List<Problem> find(JsonMapper mapper, byte[] document, boolean rejectUnknownFields) {
    JsonNode root;
    try {
      root = mapper.readTree(document);
    } catch (JacksonException e) {
      return List.of();
    }
    if (root == null || !root.isObject()) {
      return List.of();
    }
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      String name = field.getKey();
      Class<?> type = LISTS.get(name);
      if (type == null || !field.getValue().isArray()) {
        continue; // the top level itself is checked by the whole binding
      }
      JsonNode list = field.getValue();
      for (int i = 0; i < list.size() && problems.size() < MOST; i++) {
        String at = "/" + name + "/" + i;
        List<Problem> unknown = new ArrayList<>();
        try {
          mapper.readerFor(type).withHandler(new UnknownFields(unknown, at)).readValue(list.get(i));
        } catch (JacksonException e) {
          problems.add(Problem.at(at + pointer(e), JsonMessages.clean(e)));
        }
        if (rejectUnknownFields) {
          problems.addAll(unknown);
        }
      }
    }
    Map<String, int[]> where = JsonLocator.locate(document, problems.stream().map(Problem::pointer).toList());
    List<Problem> located = new ArrayList<>();
    for (Problem problem : problems) {
      int[] lineColumn = where.get(problem.pointer());
      located.add(lineColumn == null ? problem : problem.withLocation(lineColumn[0], lineColumn[1]));
    }
    located.sort(java.util.Comparator.comparing((Problem p) -> p.line().orElse(0))
        .thenComparing(p -> p.column().orElse(0)));
    return located;
  }

  private static String pointer(JacksonException e) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        pointer.append('/').append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
      } else if (reference.getIndex() >= 0) {
        pointer.append('/').append(reference.getIndex());
      }
    }
    return pointer.toString();
  }
}
