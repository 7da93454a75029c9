package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated and mutated atlas documents are either read (and then write and read back equal) or rejected with the
 * library's own error, with at least one problem; never another exception. Each case has its own seed, printed on failure, so that it
 * can be replayed with {@code -Dc5atlas.seed=...}.
 */
class AtlasReaderFuzzTest {
  private static final long BASE_SEED = Long.getLong("c5atlas.seed", 20251020L);
  private static final int CASES = Integer.getInteger("c5atlas.fuzz.cases", 10_000);
  private static final String[] TOKENS = {
    "{", "}", "[", "]", ",", ":", "\"\"", "null", "true", "false", "0", "-1", "1e400", "NaN", "\"x\"", "\"KZ\"",
    "\"2025-10\"", "\"../2025\"", "\"[2025..2024]\"", "\"type\"", "\"meeting\"", "\"id\"", "\"events\"", "\\u0000",
    "\"\\ud800\"", "99999999999999999999", "\"HOST\"", "\"span\"", "{\"start\":\"2025\"}", " "
  };

  @Test
  void mutatedDocumentsAreReadOrRejectedWithLocatedProblems() throws IOException {
    String[] bases = {resource("small-atlas.json"), bundled()};
    int read = 0;
    int rejected = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      Random random = new Random(seed);
      String base = bases[random.nextInt(bases.length)];
      byte[] document = mutate(base, random);
      try {
        ReadResult result = AtlasReader.strict().read(document, "case " + seed);
        // a mutation that still reads is a valid atlas: it writes and reads back equal
        Atlas again = AtlasReader.strict().read(result.atlas().toJson().getBytes(StandardCharsets.UTF_8),
            "case " + seed + ", written again").atlas();
        assertThat(again).as("seed %s", seed).isEqualTo(result.atlas());
        read++;
      } catch (InvalidAtlasException e) {
        assertThat(e.problems()).as("seed %s", seed).isNotEmpty();
        for (Problem problem : e.problems()) {
          assertThat(problem.message()).as("seed %s", seed).isNotBlank();
        }
        rejected++;
      } catch (RuntimeException | Error e) {
        fail("seed " + seed + ": " + e + "\n" + new String(document, StandardCharsets.UTF_8), e);
      }
    }
    System.out.printf("atlas fuzz: %d cases, %d read, %d rejected%n", CASES, read, rejected);
    assertThat(read + rejected).isEqualTo(CASES);
    assertThat(rejected).isGreaterThan(CASES / 2);
  }

  static byte[] mutate(String base, Random random) {
    StringBuilder text = new StringBuilder(base);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(text.length() + 1);
      switch (random.nextInt(6)) {
        case 0:
          if (text.length() > 0 && at < text.length()) {
            text.deleteCharAt(at);
          }
          break;
        case 1:
          text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
          break;
        case 2:
          if (at < text.length()) {
            text.setCharAt(at, (char) (32 + random.nextInt(95)));
          }
          break;
        case 3:
          text.setLength(at);
          break;
        case 4:
          int to = Math.min(text.length(), at + random.nextInt(40));
          text.delete(at, to);
          break;
        default:
          int from = random.nextInt(text.length() + 1);
          int length = Math.min(random.nextInt(60), text.length() - from);
          text.insert(at, text.substring(from, from + length));
          break;
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(20) == 0 && bytes.length > 0) {
      bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
    }
    return bytes;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = AtlasReaderFuzzTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String bundled() throws IOException {
    try (InputStream in = Atlas.class.getResourceAsStream("/io/github/c5atlas/core/atlas.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
