package io.github.c5atlas.examples;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.VarSnippet;

/**
 * Runs Java source through {@code jdk.jshell} as JShell and the Java Jupyter kernels (IJava, JJava) do: the text is
 * split into snippets with {@link SourceCodeAnalysis#analyzeCompletion}, and each is evaluated in turn, in this JVM
 * (JShell's local execution engine) with this test's class path. Relative paths resolve against the test's working
 * directory, which the pom sets to {@code target/jshell-run}, standing in for the notebook's folder in which a
 * kernel runs. Any rejected snippet, compile error, unresolved reference or exception fails the run with
 * the snippet and the message.
 *
 * <p>JShell commands ({@code /set ...}) and kernel magics ({@code %maven ...}) are skipped: the class path already
 * holds what they would add.
 */
final class JShellSession implements AutoCloseable {
  /** What running one piece of source printed, and the value of its last snippet if that was an expression. */
  record Output(String printed, Optional<String> value) {}

  /** A snippet that JShell rejected or that threw. */
  static final class SnippetFailure extends AssertionError {
    private static final long serialVersionUID = 1L;

    SnippetFailure(String where, String snippet, String problem) {
      super(where + ": " + problem + "\n    in: " + snippet.strip().replace("\n", "\n        "));
    }
  }

  private final JShell shell;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private String where;
  private final PrintStream capture;

  JShellSession(String where) {
    this.where = requireNonNull(where, "where");
    this.capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
    this.shell = JShell.builder()
        .out(capture)
        .err(capture)
        .executionEngine("local")
        .compilerOptions("--class-path", System.getProperty("java.class.path"))
        .build();
  }

  /**
   * Runs a script or a notebook cell; returns what it printed and the value of its last expression, if any.
   * Standard output and error are captured while it runs, as the kernels do.
   */
  Output run(String source) {
    return run(source, where);
  }

  /** Runs a script or a notebook cell as {@link #run(String)}, naming it so in any failure. */
  Output run(String source, String where) {
    this.where = requireNonNull(where, "where");
    PrintStream out = System.out;
    PrintStream err = System.err;
    System.setOut(capture);
    System.setErr(capture);
    try {
      return runCaptured(source);
    } finally {
      capture.flush();
      System.setOut(out);
      System.setErr(err);
    }
  }

  private Output runCaptured(String source) {
    String remaining = withoutCommandsAndMagics(source);
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    Optional<String> lastValue = Optional.empty();
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == Completeness.EMPTY) {
        break;
      }
      if (!info.completeness().isComplete()) {
        throw new SnippetFailure(where, remaining, "incomplete source (" + info.completeness() + ")");
      }
      lastValue = eval(info.source());
      remaining = info.remaining();
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    printed.reset();
    return new Output(text, lastValue);
  }

  private Optional<String> eval(String snippetSource) {
    List<SnippetEvent> events = shell.eval(snippetSource);
    @SuppressWarnings("unchecked")
    Optional<String>[] value = new Optional[] {Optional.empty()};
    for (SnippetEvent event : events) {
      if (event.causeSnippet() != null) {
        continue; // an update of an earlier snippet, not this one
      }
      Snippet snippet = event.snippet();
      List<String> errors = shell.diagnostics(snippet).filter(Diag::isError)
          .map(d -> d.getMessage(null)).collect(Collectors.toList());
      if (!errors.isEmpty()) {
        throw new SnippetFailure(where, snippetSource, String.join("; ", errors));
      }
      if (event.status() == Snippet.Status.REJECTED || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED
          || event.status() == Snippet.Status.RECOVERABLE_DEFINED) {
        List<String> unresolved = snippet instanceof jdk.jshell.DeclarationSnippet
            ? shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet).collect(Collectors.toList())
            : List.of();
        throw new SnippetFailure(where, snippetSource, "snippet " + event.status()
            + (unresolved.isEmpty() ? "" : ", cannot find " + unresolved));
      }
      if (event.exception() != null) {
        throw new SnippetFailure(where, snippetSource, describe(event.exception()));
      }
      shownName(snippet).ifPresent(name -> value[0] = Optional.of(valueText(name, snippet.source())));
    }
    return value[0];
  }

  /** The variable holding the value of a bare expression ({@code $1}, or {@code x} for {@code x}), which JShell and the kernels show. */
  private static Optional<String> shownName(Snippet snippet) {
    if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
      return Optional.of(((VarSnippet) snippet).name());
    }
    if (snippet.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND
        || snippet.subKind() == Snippet.SubKind.ASSIGNMENT_SUBKIND) {
      return Optional.of(((ExpressionSnippet) snippet).name());
    }
    return Optional.empty();
  }

  /** The value as the kernels show it, {@code String.valueOf}, rather than as a Java literal. */
  private String valueText(String name, String source) {
    int before = printed.size();
    List<SnippetEvent> events = shell.eval("System.out.print(String.valueOf(" + name + "));");
    if (events.stream().anyMatch(e -> e.exception() != null || e.status() == Snippet.Status.REJECTED)) {
      throw new SnippetFailure(where, source, "its value cannot be printed");
    }
    byte[] all = printed.toByteArray();
    String text = new String(all, before, all.length - before, StandardCharsets.UTF_8);
    byte[] kept = java.util.Arrays.copyOf(all, before);
    printed.reset();
    printed.writeBytes(kept);
    return text;
  }

  private static String describe(Exception exception) {
    String name = exception instanceof EvalException
        ? ((EvalException) exception).getExceptionClassName() : exception.getClass().getName();
    StringBuilder text = new StringBuilder("threw ").append(name).append(": ").append(exception.getMessage());
    for (StackTraceElement e : exception.getStackTrace()) {
      text.append("\n      at ").append(e);
    }
    return text.toString();
  }

  /** Blanks JShell command lines and kernel magic lines, keeping line numbers. */
  static String withoutCommandsAndMagics(String source) {
    List<String> lines = new ArrayList<>();
    for (String line : source.split("\n", -1)) {
      String trimmed = line.strip();
      boolean command = trimmed.startsWith("/") && !trimmed.startsWith("//") && !trimmed.startsWith("/*");
      lines.add(command || trimmed.startsWith("%") ? "" : line);
    }
    return String.join("\n", lines);
  }

  @Override
  public void close() {
    shell.close();
  }
}
