package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Files made to hurt a reader: each is rejected with the library's own error and a message that says what is
 * wrong, and the time each took is printed (timing is measured, not asserted: these machines are noisy).
 */
class HostileInputTest {
  private static final String HEAD = "{\"format\": \"c5atlas/1\", ";

  @Test
  void aHundredMegabyteString() {
    StringBuilder text = new StringBuilder(100_000_100).append(HEAD).append("\"sources\": [{\"id\": \"");
    text.append("a".repeat(100_000_000)).append("\", \"publisher\": \"p\", \"language\": \"en\"}]}");
    Problem problem = rejected("100 MB string", () -> text.toString().getBytes(StandardCharsets.US_ASCII));
    assertThat(problem.message()).contains("limit").containsIgnoringCase("string");
  }

  @Test
  void nestingAHundredThousandDeep() {
    Problem problem = rejected("nesting 100,000 deep",
        () -> (HEAD + "\"deep\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.US_ASCII));
    assertThat(problem.message()).contains("limit").containsIgnoringCase("nesting");
  }

  @Test
  void aMillionElementArrayOfTheWrongType() {
    Problem problem = rejected("a million-element array", () -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream(3_000_000);
      out.writeBytes((HEAD + "\"events\": [").getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 1_000_000; i++) {
        out.writeBytes(i == 0 ? new byte[] {'1'} : new byte[] {',', '1'});
      }
      out.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
      return out.toByteArray();
    });
    assertThat(problem.pointer()).matches("/events/[0-9]+"); // each bad element is listed, up to a hundred
  }

  @Test
  void duplicateKeys() {
    Problem problem = rejected("duplicate keys", () -> (HEAD + "\"format\": \"c5atlas/1\"}").getBytes(StandardCharsets.UTF_8));
    assertThat(problem.message()).containsIgnoringCase("duplicate");
    assertThat(problem.line()).isPresent();
  }

  @Test
  void invalidUtf8() {
    Problem problem = rejected("invalid UTF-8", () -> {
      byte[] bytes = (HEAD + "\"sources\": [{\"id\": \"x\", \"publisher\": \"?\", \"language\": \"en\"}]}")
          .getBytes(StandardCharsets.US_ASCII);
      bytes[bytes.length - 22] = (byte) 0xC3; // a lead byte with no continuation
      return bytes;
    });
    assertThat(problem.message()).containsIgnoringCase("UTF-8");
  }

  @Test
  void aByteOrderMark() {
    Problem problem = rejected("byte-order mark", () -> {
      byte[] body = (HEAD + "\"sources\": []}").getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[body.length + 3];
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
      System.arraycopy(body, 0, bytes, 3, body.length);
      return bytes;
    });
    assertThat(problem.message()).contains("byte-order mark");
  }

  @Test
  void aNumberOutOfRange() {
    Problem problem = rejected("number out of range", () -> (HEAD + "\"events\": [{\"type\": \"exercise\", \"id\": \"x\","
        + " \"names\": {\"en\": \"X\"}, \"span\": {\"start\": \"2025\", \"end\": \"2025\"}, \"sources\": [\"s\"],"
        + " \"scale\": {\"troops\": 99999999999}}]}").getBytes(StandardCharsets.UTF_8));
    assertThat(problem.pointer()).isEqualTo("/events/0/scale/troops");
    assertThat(problem.message()).containsIgnoringCase("range");
  }

  @Test
  void notANumber() {
    Problem problem = rejected("NaN", () -> (HEAD + "\"events\": [{\"type\": \"exercise\", \"id\": \"x\","
        + " \"names\": {\"en\": \"X\"}, \"span\": {\"start\": \"2025\", \"end\": \"2025\"}, \"sources\": [\"s\"],"
        + " \"scale\": {\"troops\": NaN}}]}").getBytes(StandardCharsets.UTF_8));
    assertThat(problem.message()).contains("NaN");
  }

  @Test
  void everyBadElementIsListedNotOnlyTheFirstAndTheListStopsAtAHundred() {
    StringBuilder events = new StringBuilder(HEAD + "\"events\": [");
    for (int i = 0; i < 150; i++) {
      events.append(i == 0 ? "" : ",").append("{\"type\": \"meeting\", \"id\": \"m").append(i)
          .append("\", \"level\": \"NOT_A_LEVEL\"}");
    }
    byte[] bytes = events.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    InvalidAtlasException e = catchThrowableOfType(InvalidAtlasException.class,
        () -> AtlasReader.strict().read(bytes, "many"));
    assertThat(e.problems()).hasSize(ElementProblems.MOST);
    assertThat(e.problems().get(0).pointer()).isEqualTo("/events/0/level");
    assertThat(e.problems().get(1).pointer()).isEqualTo("/events/1/level");
    assertThat(e.problems().get(0).line()).isPresent();
  }

  private static Problem rejected(String what, Supplier<byte[]> document) {
    byte[] bytes = document.get();
    long start = System.nanoTime();
    InvalidAtlasException e = catchThrowableOfType(InvalidAtlasException.class,
        () -> AtlasReader.strict().read(bytes, what));
    long micros = (System.nanoTime() - start) / 1000;
    assertThat(e).as(what).isNotNull();
    System.out.printf("hostile input %-26s %,11d bytes rejected in %,9d us: %s%n", what, bytes.length, micros,
        e.first());
    // an unknown field is reported beside the problem that stopped the reading; the last one is that problem
    return e.problems().get(e.problems().size() - 1);
  }
}
