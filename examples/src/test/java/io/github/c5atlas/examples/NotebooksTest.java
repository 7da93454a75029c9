package io.github.c5atlas.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every code cell of every notebook in examples/notebooks in order through JShell, as the Java kernels do, and
 * checks the key outputs and the pictures. With {@code -Dnotebooks.write=true} it also writes the outputs (and
 * the pictures) back into the notebooks, which are committed so that they read well on a code host:
 *
 * <pre>
 * mvn -B -pl examples -am test -Dtest=NotebooksTest -Dsurefire.failIfNoSpecifiedTests=false -Dnotebooks.write=true
 * </pre>
 */
class NotebooksTest {
  static final Path NOTEBOOKS = JShellScriptsTest.EXAMPLES.resolve("notebooks");
  /** Where the cells run (the test's working directory, target/jshell-run), standing in for the notebooks' folder. */
  static final Path RUN = Path.of("").toAbsolutePath();
  static final boolean WRITE = Boolean.getBoolean("notebooks.write");

  /** What each notebook must print: its key answers. */
  static final Map<String, List<String>> KEY_OUTPUTS = Map.of(
      "samarkand.ipynb", List.of(
          "Meeting of the Defence Ministers of Central Asia (Samarkand 2025)",
          "events where attendedByAll(CENTRAL_ASIA) and attendedOnlyBy(CENTRAL_ASIA) orderBy(START)",
          "unbreakable-brotherhood-2025",
          "certain:   [birlik-2025, unbreakable-brotherhood-2025, barrier-2025]",
          "? mukambetov", "gundogdyev",
          "countBy(YEAR) of meetings where forum(\"c5-summit\")",
          "[2020]"),
      "sources-disagree.ipynb", List.of(
          "birlik-2025 PARTICIPANTS: curated AZ, KG, KZ, TJ, UZ (host)", "seed-article says AZ, KZ, UZ (host)",
          "Azerbaijan replaced Turkmenistan",
          "exercises where series(\"birlik\") accordingTo(\"seed-article\")",
          "left        KG, TJ",
          "[UZ, KZ, AZ]"),
      "own-atlas.ipynb", List.of(
          "Atlas[2 states",
          "example-talks-2025",
          "bad-atlas.json",
          "example-c5-talks-2025"),
      "pictures.ipynb", List.of(
          "gantt", "section Exercises", "Birlik 2025",
          "graph LR", "KZ[\"Kazakhstan\"]",
          "images/timeline.png", "images/co-participation.png"));

  static List<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(NOTEBOOKS)) {
      return files.filter(f -> f.toString().endsWith(".ipynb")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void theNotebooksAreTheOnesTheIssueAsksFor() throws IOException {
    assertThat(notebooks()).extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(KEY_OUTPUTS.keySet());
  }

  @TestFactory
  Stream<DynamicTest> everyCodeCellOfEveryNotebookRunsInOrder() throws IOException {
    return notebooks().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      Notebook committed = Notebook.read(file);
      assertThat(committed.language()).isEqualTo("java");
      Notebook executed = committed.execute();

      String output = executed.outputText();
      for (String key : KEY_OUTPUTS.get(file.getFileName().toString())) {
        assertThat(output).as("%s prints %s", file.getFileName(), key).contains(key);
      }
      for (String picture : executed.pictures()) {
        PicturesTest.assertPicture(RUN.resolve(picture), picture.contains("co-participation") ? 700 : Pictures.WIDTH,
            picture.contains("co-participation") ? 700 : Pictures.HEIGHT);
      }
      if (WRITE) {
        executed.write();
        for (String picture : executed.pictures()) {
          Files.createDirectories(NOTEBOOKS.resolve(picture).getParent());
          Files.copy(RUN.resolve(picture), NOTEBOOKS.resolve(picture), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      assertThat(Notebook.read(file).isExecuted())
          .as("%s is committed with its outputs (run this test with -Dnotebooks.write=true)", file.getFileName())
          .isTrue();
      for (String picture : committed.pictures()) {
        assertThat(NOTEBOOKS.resolve(picture)).as("committed picture").exists();
      }
    }));
  }
}
