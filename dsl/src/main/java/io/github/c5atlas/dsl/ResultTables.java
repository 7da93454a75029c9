package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Forum;
import io.github.c5atlas.core.Participation;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.Place;
import io.github.c5atlas.core.Role;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.Tenure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The columns of a result by what its rows are, and the text, Markdown and JSON forms of the table. */
final class ResultTables {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Result<?> result;
  private final List<String> headers;
  private final List<List<String>> cells = new ArrayList<>();
  private final List<List<String>> sources = new ArrayList<>();
  private final List<Boolean> certain = new ArrayList<>();

  private ResultTables(Result<?> result, List<String> headers) {
    this.result = result;
    this.headers = headers;
  }

  static ResultTables of(Result<?> result) {
    Source<?> source = result.query().source();
    ResultTables table;
    if (source.isEvents()) {
      table = new ResultTables(result, List.of("id", "name", "kind", "date", "place", "parties"));
    } else if (source == Source.PEOPLE) {
      table = new ResultTables(result, List.of("id", "name", "offices"));
    } else if (source == Source.FORUMS) {
      table = new ResultTables(result, List.of("id", "name", "kind"));
    } else {
      table = new ResultTables(result, List.of("code", "name"));
    }
    for (Row<?> row : result.rows()) {
      table.certain.add(row.isCertain());
      table.add(row.value());
    }
    return table;
  }

  private void add(Object value) {
    if (value instanceof Event) {
      Event e = (Event) value;
      cells.add(List.of(e.id(), e.name(), e.kind().name().toLowerCase(), e.span().toString(), places(e.places()),
          parties(e.participations())));
      sources.add(e.sources());
    } else if (value instanceof Person) {
      Person p = (Person) value;
      // the latest office first: the one a reader of a table is most likely looking for
      cells.add(List.of(p.id(), p.name(), p.tenures().stream()
          .sorted(java.util.Comparator.comparing((io.github.c5atlas.core.Tenure t) -> t.span().earliestStart())
              .reversed())
          .map(ResultTables::tenure)
          .collect(Collectors.joining("; "))));
      sources.add(p.tenures().stream().flatMap(t -> t.sources().stream()).distinct().collect(Collectors.toList()));
    } else if (value instanceof Forum) {
      Forum f = (Forum) value;
      cells.add(List.of(f.id(), f.name(), f.kind().name().toLowerCase()));
      sources.add(f.sources());
    } else {
      State s = (State) value;
      cells.add(List.of(s.code(), s.name()));
      sources.add(List.of());
    }
  }

  private static String tenure(Tenure t) {
    return t.office().name().toLowerCase().replace('_', ' ') + " " + t.state() + " " + t.span();
  }

  private static String places(List<Place> places) {
    return places.stream().map(p -> p.city().or(p::region).map(c -> c + ", ").orElse("") + p.state())
        .collect(Collectors.joining("; "));
  }

  private static String parties(List<Participation> participations) {
    return participations.stream()
        .map(p -> p.role() == Role.PARTICIPANT ? p.party() : p.party() + " (" + p.role().name().toLowerCase() + ")")
        .collect(Collectors.joining(", "));
  }

  private String footer() {
    long uncertain = certain.stream().filter(c -> !c).count();
    return cells.size() + (cells.size() == 1 ? " row" : " rows")
        + (uncertain > 0 ? " (" + uncertain + " uncertain, marked ?)" : "");
  }

  String toText() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < headers.size(); i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : cells) {
        widths[i] = Math.min(60, Math.max(widths[i], row.get(i).length()));
      }
    }
    StringBuilder text = new StringBuilder(result.query().toString()).append('\n');
    appendLine(text, "  ", headers, widths);
    text.append("  ");
    for (int i = 0; i < widths.length; i++) {
      text.append("-".repeat(widths[i])).append(i + 1 < widths.length ? "  " : "");
    }
    text.append('\n');
    for (int r = 0; r < cells.size(); r++) {
      appendLine(text, certain.get(r) ? "  " : "? ", cells.get(r), widths);
    }
    return text.append(footer()).toString();
  }

  private static void appendLine(StringBuilder text, String mark, List<String> row, int[] widths) {
    text.append(mark);
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i).length() > widths[i] ? row.get(i).substring(0, widths[i] - 3) + "..." : row.get(i);
      text.append(cell);
      if (i + 1 < row.size()) {
        text.append(" ".repeat(widths[i] - cell.length() + 2));
      }
    }
    text.append('\n');
  }

  String toMarkdown() {
    StringBuilder md = new StringBuilder("`").append(result.query()).append("`\n\n| ");
    md.append(String.join(" | ", headers)).append(" | sources |\n|");
    md.append(" --- |".repeat(headers.size() + 1)).append('\n');
    Atlas atlas = result.atlas();
    for (int r = 0; r < cells.size(); r++) {
      List<String> row = new ArrayList<>(cells.get(r));
      if (!certain.get(r)) {
        row.set(0, row.get(0) + " (?)");
      }
      md.append("| ").append(row.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | ")))
          .append(" | ").append(sources.get(r).stream().map(id -> link(atlas, id)).collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    return md.append('\n').append(footer()).append('\n').toString();
  }

  static String link(Atlas atlas, String sourceId) {
    return atlas.source(sourceId).flatMap(io.github.c5atlas.core.Source::url)
        .map(url -> "[" + sourceId + "](" + url + ")").orElse(sourceId);
  }

  String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("query", result.query().toString());
    ArrayNode rows = root.putArray("rows");
    for (int r = 0; r < cells.size(); r++) {
      ObjectNode row = rows.addObject();
      row.put("certain", certain.get(r));
      Map<String, String> fields = new LinkedHashMap<>();
      for (int i = 0; i < headers.size(); i++) {
        fields.put(headers.get(i), cells.get(r).get(i));
      }
      fields.forEach(row::put);
      ArrayNode cited = row.putArray("sources");
      for (String id : sources.get(r)) {
        ObjectNode source = cited.addObject();
        source.put("id", id);
        result.atlas().source(id).flatMap(io.github.c5atlas.core.Source::url).ifPresent(u -> source.put("url", u));
      }
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  ImmutableList<String> headers() {
    return ImmutableList.copyOf(headers);
  }

  // ---- shared by the analyses (Counts, CoParticipation, Timeline, EditionDiff) ------------------------------

  /**
   * Returns a plain-text table: a title line, the headers, a rule, the rows (each led by its mark, two characters
   * such as {@code "  "} or {@code "? "}), and a footer line unless it is empty. Columns are at most 60 wide;
   * lines carry no trailing spaces.
   */
  static String text(String title, List<String> headers, List<List<String>> rows, List<String> marks,
      String footer) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < headers.size(); i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.min(60, Math.max(widths[i], row.get(i).length()));
      }
    }
    StringBuilder text = new StringBuilder(title).append('\n');
    appendLine(text, "  ", headers, widths);
    text.append("  ");
    for (int i = 0; i < widths.length; i++) {
      text.append("-".repeat(widths[i])).append(i + 1 < widths.length ? "  " : "");
    }
    text.append('\n');
    for (int r = 0; r < rows.size(); r++) {
      appendLine(text, marks.get(r), rows.get(r), widths);
    }
    String table = text.toString().replaceAll("(?m) +$", "");
    return footer.isEmpty() ? table : table + footer;
  }

  /** Returns a Markdown table: the title in backquotes, a blank line, the table, and the footer if not empty. */
  static String markdown(String title, List<String> headers, List<List<String>> rows, String footer) {
    StringBuilder md = new StringBuilder("`").append(title.replace("`", "'")).append("`\n\n| ");
    md.append(headers.stream().map(ResultTables::cell).collect(Collectors.joining(" | "))).append(" |\n|");
    md.append(" --- |".repeat(headers.size())).append('\n');
    for (List<String> row : rows) {
      md.append("| ").append(row.stream().map(ResultTables::cell).collect(Collectors.joining(" | "))).append(" |\n");
    }
    return footer.isEmpty() ? md.toString() : md.append('\n').append(footer).append('\n').toString();
  }

  /** Returns text fit for a Markdown table cell: pipes escaped, line breaks as spaces. */
  static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
  }

  /** Returns the sources as Markdown links where the atlas knows their address, separated by commas. */
  static String links(Atlas atlas, List<String> sourceIds) {
    return sourceIds.stream().map(id -> link(atlas, id)).collect(Collectors.joining(", "));
  }

  /** Returns a new JSON object, for the JSON forms of results and analyses. */
  static ObjectNode jsonObject() {
    return JSON.createObjectNode();
  }

  /** Returns the JSON text of an object, pretty-printed. */
  static String json(ObjectNode root) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** Adds the sources, with their addresses where known, as an array field. */
  static void putSources(ObjectNode node, String field, Atlas atlas, List<String> sourceIds) {
    ArrayNode cited = node.putArray(field);
    for (String id : sourceIds) {
      ObjectNode source = cited.addObject();
      source.put("id", id);
      atlas.source(id).flatMap(io.github.c5atlas.core.Source::url).ifPresent(u -> source.put("url", u));
    }
  }
}
