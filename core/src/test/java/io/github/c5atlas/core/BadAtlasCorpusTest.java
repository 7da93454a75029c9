package io.github.c5atlas.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.c5atlas.core.json.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every file of the bad atlas corpus ({@code bad/*.json}) and checks it against {@code bad/expected.tsv}: the
 * only exception is {@link InvalidAtlasException}, with at least one problem, and each expected problem (pointer,
 * line, column, a fragment of the message) is among its problems.
 */
class BadAtlasCorpusTest {
  /** Tighter than the default only in string length, so that oversized-string.json stays a small file. */
  static final AtlasReader READER = AtlasReader.strict().withLimits(JsonLimits.DEFAULT.withMaxStringLength(256));

  /** One row of the index. */
  static final class Expected {
    final String file;
    final String pointer;
    final int line;
    final int column;
    final String fragment;

    Expected(String file, String pointer, int line, int column, String fragment) {
      this.file = file;
      this.pointer = pointer;
      this.line = line;
      this.column = column;
      this.fragment = fragment;
    }

    boolean matches(Problem problem) {
      return problem.pointer().equals(pointer) && problem.line().orElse(0) == line
          && problem.column().orElse(0) == column && problem.message().contains(fragment);
    }

    @Override
    public String toString() {
      return file + ": " + (pointer.isEmpty() ? "(document)" : pointer) + " at " + line + ":" + column + " '"
          + fragment + "'";
    }
  }

  static Path corpus() {
    try {
      return Path.of(BadAtlasCorpusTest.class.getResource("bad/expected.tsv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, List<Expected>> index() throws IOException {
    Map<String, List<Expected>> index = new LinkedHashMap<>();
    for (String line : Files.readAllLines(corpus().resolve("expected.tsv"), UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      assertThat(cells).as("row %s", line).hasSize(5);
      Expected expected = new Expected(cells[0], cells[1], Integer.parseInt(cells[2]), Integer.parseInt(cells[3]),
          cells[4]);
      index.computeIfAbsent(expected.file, f -> new ArrayList<>()).add(expected);
    }
    return index;
  }

  static Stream<String> files() throws IOException {
    try (Stream<Path> list = Files.list(corpus())) {
      return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .collect(Collectors.toList()).stream();
    }
  }

  @Test
  void theCorpusHasAtLeastThirtyFilesEachIndexedAndNoStrayRows() throws IOException {
    List<String> files = files().collect(Collectors.toList());
    Map<String, List<Expected>> index = index();
    assertThat(files).hasSizeGreaterThanOrEqualTo(30);
    assertThat(index.keySet()).containsExactlyInAnyOrderElementsOf(files);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void isRejectedWithTheExpectedProblems(String file) throws IOException {
    List<Expected> expected = index().get(file);
    assertThat(expected).as("rows for %s in expected.tsv", file).isNotEmpty();
    InvalidAtlasException thrown = readExpectingRejection(corpus().resolve(file));
    assertThat(thrown.problems()).isNotEmpty();
    assertThat(thrown.origin()).endsWith(file);
    for (Expected row : expected) {
      assertThat(thrown.problems()).as("problems of %s, expected %s", file, row).anySatisfy(p ->
          assertThat(row.matches(p)).as("%s matches %s", p, row).isTrue());
    }
  }

  private static InvalidAtlasException readExpectingRejection(Path path) {
    try {
      READER.read(path);
    } catch (InvalidAtlasException e) {
      return e;
    } catch (RuntimeException | Error e) {
      throw new AssertionError(path.getFileName() + " let " + e + " escape instead of InvalidAtlasException", e);
    }
    return fail(path.getFileName() + " was read without a problem");
  }

  @Test
  void theDeepFileNestsDeeperThanTheDefaultLimit() throws IOException {
    String text = Files.readString(corpus().resolve("deep-nesting.json"), UTF_8);
    int depth = 0;
    int deepest = 0;
    for (char c : text.toCharArray()) {
      depth += c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0;
      deepest = Math.max(deepest, depth);
    }
    assertThat(deepest).isGreaterThan(JsonLimits.DEFAULT.maxDepth());
  }

  @Test
  void severalProblemsAreAllListedInDocumentOrder() {
    InvalidAtlasException thrown = readExpectingRejection(corpus().resolve("several-problems.json"));
    assertThat(thrown.problems()).extracting(Problem::pointer).containsExactly("/groups/0/members",
        "/people/0/tenures/0/sources/0", "/events/0/forum", "/reports/0/about");
    assertThat(thrown.getMessage()).contains("4 problems").contains("unknown forum 'c6-defence' (line 24, column 83)");
  }

  /** Random damage to a valid document: whatever comes of it, it is an atlas or an InvalidAtlasException. */
  @Nested
  class Mutations {
    private static final int ROUNDS = 1500;
    private static final long SEED = 20251020L;
    private static final String SIGNIFICANT = "{}[]:,\"\\ 09.-tfnxe\u00ff";

    @Test
    void damagedDocumentsNeverLetAnotherExceptionEscape() throws IOException {
      long seed = SEED;
      byte[] original;
      try (InputStream in = BadAtlasCorpusTest.class.getResourceAsStream("small-atlas.json")) {
        original = in.readAllBytes();
      }
      Random random = new Random(seed);
      int rejected = 0;
      for (int round = 0; round < ROUNDS; round++) {
        byte[] damaged = damage(original, random);
        try {
          READER.read(damaged, "mutant " + round);
        } catch (InvalidAtlasException e) {
          rejected++;
          assertThat(e.problems()).as("seed %s, round %s", seed, round).isNotEmpty();
        } catch (RuntimeException | Error e) {
          throw new AssertionError("seed " + seed + ", round " + round + ": " + e + " escaped for\n"
              + new String(damaged, UTF_8), e);
        }
      }
      assertThat(rejected).as("seed %s", seed).isGreaterThan(ROUNDS / 2);
    }

    private byte[] damage(byte[] original, Random random) {
      byte[] bytes = original.clone();
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(5)) {
        case 0: // truncate
          return java.util.Arrays.copyOf(bytes, at);
        case 1: // replace one byte by a JSON-significant one
          bytes[at] = (byte) SIGNIFICANT.charAt(random.nextInt(SIGNIFICANT.length()));
          return bytes;
        case 2: // delete a run
          int end = Math.min(bytes.length, at + 1 + random.nextInt(40));
          byte[] shorter = new byte[bytes.length - (end - at)];
          System.arraycopy(bytes, 0, shorter, 0, at);
          System.arraycopy(bytes, end, shorter, at, bytes.length - end);
          return shorter;
        case 3: // duplicate a run
          int to = Math.min(bytes.length, at + 1 + random.nextInt(80));
          byte[] longer = new byte[bytes.length + (to - at)];
          System.arraycopy(bytes, 0, longer, 0, to);
          System.arraycopy(bytes, at, longer, to, bytes.length - at);
          return longer;
        default: // flip a bit
          bytes[at] ^= (byte) (1 << random.nextInt(8));
          return bytes;
      }
    }
  }
}
