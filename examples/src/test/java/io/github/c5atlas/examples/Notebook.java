package io.github.c5atlas.examples;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Jupyter notebook (nbformat 4) for a Java kernel (IJava, JJava): its cells, run in order through
 * {@link JShellSession} as those kernels run them, with the outputs written back into the notebook: what a cell
 * printed as a {@code stream}, the value of its last expression as an {@code execute_result} in {@code text/plain}.
 * A markdown cell whose metadata says {@code "c5atlas": {"mermaid": true}} is filled with the value of the code
 * cell before it, fenced as {@code mermaid}, so that GitHub and Jupyter draw it.
 */
final class Notebook {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern PICTURE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+\\.png)\\)");

  private final Path file;
  private final ObjectNode document;

  private Notebook(Path file, ObjectNode document) {
    this.file = file;
    this.document = document;
  }

  /** Reads a notebook file. */
  static Notebook read(Path file) {
    try {
      return new Notebook(file, (ObjectNode) JSON.readTree(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path file() {
    return file;
  }

  /** The kernel's language, from the notebook's metadata. */
  String language() {
    return document.path("metadata").path("language_info").path("name").asString();
  }

  ArrayNode cells() {
    return (ArrayNode) document.get("cells");
  }

  /** The source of a cell, its lines joined. */
  static String source(JsonNode cell) {
    JsonNode source = cell.get("source");
    if (source.isArray()) {
      StringBuilder text = new StringBuilder();
      source.forEach(line -> text.append(line.asString()));
      return text.toString();
    }
    return source.asString();
  }

  /** All the text of the outputs of the code cells, and of the generated markdown cells. */
  String outputText() {
    StringBuilder text = new StringBuilder();
    for (JsonNode cell : cells()) {
      if (cell.path("cell_type").asString().equals("code")) {
        for (JsonNode output : cell.path("outputs")) {
          output.path("text").forEach(line -> text.append(line.asString()));
          output.path("data").path("text/plain").forEach(line -> text.append(line.asString()));
        }
      } else if (isMermaid(cell)) {
        text.append(source(cell));
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** The pictures the markdown cells show, as paths relative to the notebook's folder. */
  List<String> pictures() {
    List<String> pictures = new ArrayList<>();
    for (JsonNode cell : cells()) {
      if (cell.path("cell_type").asString().equals("markdown")) {
        Matcher m = PICTURE.matcher(source(cell));
        while (m.find()) {
          pictures.add(m.group(1));
        }
      }
    }
    return pictures;
  }

  /** Returns whether every code cell has been run: it has an execution count. */
  boolean isExecuted() {
    for (JsonNode cell : cells()) {
      if (cell.path("cell_type").asString().equals("code") && !cell.path("execution_count").isNumber()) {
        return false;
      }
    }
    return true;
  }

  /** Runs every code cell in order in a new session, and returns a copy of this notebook with the outputs. */
  Notebook execute() {
    ObjectNode executed = document.deepCopy();
    ArrayNode cells = (ArrayNode) executed.get("cells");
    int count = 0;
    Optional<String> lastValue = Optional.empty();
    try (JShellSession session = new JShellSession(file.getFileName().toString())) {
      for (JsonNode node : cells) {
        ObjectNode cell = (ObjectNode) node;
        if (cell.path("cell_type").asString().equals("code")) {
          count++;
          JShellSession.Output output = session.run(source(cell), file.getFileName() + ", code cell " + count);
          cell.put("execution_count", count);
          ArrayNode outputs = cell.putArray("outputs");
          if (!output.printed().isEmpty()) {
            ObjectNode stream = outputs.addObject();
            stream.put("name", "stdout");
            stream.put("output_type", "stream");
            lines(stream.putArray("text"), output.printed());
          }
          if (output.value().isPresent()) {
            ObjectNode result = outputs.addObject();
            lines(result.putObject("data").putArray("text/plain"), output.value().get());
            result.put("execution_count", count);
            result.putObject("metadata");
            result.put("output_type", "execute_result");
          }
          lastValue = output.value();
        } else if (isMermaid(cell)) {
          String mermaid = lastValue.orElseThrow(() -> new AssertionError(
              file.getFileName() + ": a mermaid cell must follow a code cell whose value is Mermaid text"));
          lines(cell.putArray("source"), "```mermaid\n" + mermaid.strip() + "\n```");
        }
      }
    }
    return new Notebook(file, executed);
  }

  private static boolean isMermaid(JsonNode cell) {
    return cell.path("metadata").path("c5atlas").path("mermaid").asBoolean(false);
  }

  private static void lines(ArrayNode array, String text) {
    int from = 0;
    while (from < text.length()) {
      int newline = text.indexOf('\n', from);
      int to = newline < 0 ? text.length() : newline + 1;
      array.add(text.substring(from, to));
      from = to;
    }
  }

  /** Writes this notebook to its file, in the layout Jupyter writes (one-space indent, a final newline). */
  void write() {
    try {
      Separators separators = Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator("");
      String text = JSON.writer().with(new DefaultPrettyPrinter(separators)
          .withObjectIndenter(new DefaultIndenter(" ", "\n"))
          .withArrayIndenter(new DefaultIndenter(" ", "\n")))
          .writeValueAsString(document);
      Files.writeString(file, text + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Notebook withFile(Path other) {
    return new Notebook(requireNonNull(other, "other"), document);
  }
}
