package io.github.c5atlas.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every {@code .jsh} script in examples/jshell through JShell, after start.jsh, as examples/jshell.sh does. */
class JShellScriptsTest {
  static final Path EXAMPLES = Path.of(System.getProperty("examples.dir", "."));
  static final Path SCRIPTS = EXAMPLES.resolve("jshell");

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<Path> stories() throws IOException {
    try (Stream<Path> files = Files.list(SCRIPTS)) {
      return files.filter(f -> f.toString().endsWith(".jsh") && !f.endsWith("start.jsh")).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void theStartScriptImportsTheDslSoThatTheFirstQueryRunsAtOnce() {
    try (JShellSession jshell = new JShellSession("start.jsh")) {
      jshell.run(read(SCRIPTS.resolve("start.jsh")));
      JShellSession.Output output =
          jshell.run("events().where(attendedByAll(CENTRAL_ASIA)).run(Atlas.bundled())");
      assertThat(output.value()).hasValueSatisfying(table -> assertThat(table)
          .startsWith("events where attendedByAll(CENTRAL_ASIA)\n").contains("samarkand-2025"));
      // values print readably, not as ImmutableX@1a2b
      assertThat(jshell.run("atlas.event(\"samarkand-2025\").orElseThrow()").value().orElseThrow())
          .startsWith("Meeting{id=samarkand-2025").doesNotContain("Immutable");
      assertThat(jshell.run("KZ").value()).hasValueSatisfying(v -> assertThat(v).startsWith("State{code=KZ"));
      assertThat(jshell.run("atlas").value().orElseThrow()).startsWith("Atlas[");
      assertThat(jshell.run("CENTRAL_ASIA").value().orElseThrow()).contains("members=[KG, KZ, TJ, TM, UZ]");
      assertThat(jshell.run("attendedByAll(CENTRAL_ASIA).and(attendedOnlyBy(CENTRAL_ASIA))").value())
          .hasValue("attendedByAll(CENTRAL_ASIA) and attendedOnlyBy(CENTRAL_ASIA)");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyStoryScriptRunsWithoutARejectedSnippetOrAnException() throws IOException {
    return stories().stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
      try (JShellSession jshell = new JShellSession(script.getFileName().toString())) {
        jshell.run(read(SCRIPTS.resolve("start.jsh")));
        JShellSession.Output output = jshell.run(read(script));
        assertThat(output.printed()).isNotBlank().doesNotContain("Exception");
      }
    }));
  }

  @Test
  void aRejectedSnippetFailsTheRun() {
    try (JShellSession jshell = new JShellSession("bad")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> jshell.run("int x = \"text\";"))
          .isInstanceOf(JShellSession.SnippetFailure.class).hasMessageContaining("int x");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> jshell.run("Object o = null; o.toString();"))
          .isInstanceOf(JShellSession.SnippetFailure.class).hasMessageContaining("NullPointerException");
    }
  }
}
