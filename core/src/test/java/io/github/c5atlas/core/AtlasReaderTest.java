package io.github.c5atlas.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import io.github.c5atlas.core.json.JsonLimits;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasReaderTest {
  static byte[] resource(String name) {
    try (InputStream in = AtlasReaderTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final byte[] SMALL = resource("small-atlas.json");
  static final byte[] UNKNOWN_FIELD = resource("bad/unknown-field.json");

  @Nested
  class UnknownFields {
    @Test
    void areRejectedByTheStrictReader() {
      InvalidAtlasException thrown = catchThrowableOfType(InvalidAtlasException.class,
          () -> AtlasReader.strict().read(UNKNOWN_FIELD, "unknown-field.json"));
      assertThat(thrown.problems()).containsExactly(
          Problem.at("/events/0/colour", 24, 128, "unknown field 'colour'"));
    }

    @Test
    void areIgnoredAndListedWhenTheReaderIsAskedTo() {
      ReadResult result = AtlasReader.ignoringUnknownFields().read(UNKNOWN_FIELD, "unknown-field.json");
      assertThat(result.ignored()).containsExactly(Problem.at("/events/0/colour", 24, 128,
          "unknown field 'colour'"));
      String without = new String(UNKNOWN_FIELD, UTF_8).replace(" \"colour\": \"blue\",", "");
      assertThat(result.atlas()).isEqualTo(AtlasReader.strict().read(without.getBytes(UTF_8), "x").atlas());
      assertThat(result.toString()).contains("1 ignored fields");
    }

    @Test
    void inAnyObjectAndAtTheTopLevel() {
      String text = new String(SMALL, UTF_8)
          .replace("\"format\": \"c5atlas/1\",", "\"format\": \"c5atlas/1\", \"generator\": \"hand\",")
          .replace("\"end\": \"2025-10-20\"}", "\"end\": \"2025-10-20\", \"note\": 1}")
          .replace("\"level\": \"MINISTER\"}]", "\"level\": \"MINISTER\", \"title\": {\"a\": [1]}}]");
      ReadResult result = AtlasReader.ignoringUnknownFields().read(text.getBytes(UTF_8), "x");
      assertThat(result.ignored()).extracting(Problem::pointer).containsExactly("/generator",
          "/events/0/span/note", "/events/0/participations/0/delegation/0/title");
      assertThat(result.ignored()).allSatisfy(p -> assertThat(p.line()).isPresent());
      assertThat(catchThrowableOfType(InvalidAtlasException.class,
          () -> AtlasReader.strict().read(text.getBytes(UTF_8), "x")).problems()).hasSize(3);
    }

    @Test
    void areListedBesideOtherProblemsByTheStrictReader() {
      String text = new String(UNKNOWN_FIELD, UTF_8).replace("\"forum\": \"c5-defence\"", "\"forum\": \"nope\"");
      InvalidAtlasException thrown = catchThrowableOfType(InvalidAtlasException.class,
          () -> AtlasReader.strict().read(text.getBytes(UTF_8), "x"));
      assertThat(thrown.problems()).extracting(Problem::pointer).containsExactly("/events/0/colour",
          "/events/0/forum");
    }

    @Test
    void doNotExcuseOtherProblemsWhenIgnored() {
      String text = new String(UNKNOWN_FIELD, UTF_8).replace("\"forum\": \"c5-defence\"", "\"forum\": \"nope\"");
      InvalidAtlasException thrown = catchThrowableOfType(InvalidAtlasException.class,
          () -> AtlasReader.ignoringUnknownFields().read(text.getBytes(UTF_8), "x"));
      assertThat(thrown.problems()).extracting(Problem::pointer).containsExactly("/events/0/forum");
    }

    @Test
    void aStrictReadListsNoneIgnored() {
      assertThat(AtlasReader.strict().read(SMALL, "small").ignored()).isEmpty();
    }
  }

  @Nested
  class Limits {
    @Test
    void aStringLongerThanTheDefaultLimitIsRejected() {
      int length = JsonLimits.DEFAULT.maxStringLength() + 1;
      String text = new String(SMALL, UTF_8).replace("\"Arabic news article\"", "\"" + "x".repeat(length) + "\"");
      InvalidAtlasException thrown = catchThrowableOfType(InvalidAtlasException.class,
          () -> AtlasReader.strict().read(text.getBytes(UTF_8), "long"));
      assertThat(thrown.problems()).singleElement().satisfies(p -> {
        assertThat(p.pointer()).isEqualTo("/sources/1/publisher");
        assertThat(p.line()).hasValue(5);
        assertThat(p.message()).contains("String value length (" + length + ") exceeds");
      });
    }

    @Test
    void aStringAtTheDefaultLimitIsRead() {
      String text = new String(SMALL, UTF_8).replace("\"Arabic news article\"",
          "\"" + "x".repeat(JsonLimits.DEFAULT.maxStringLength()) + "\"");
      assertThat(AtlasReader.strict().read(text.getBytes(UTF_8), "long").atlas().sources()).hasSize(2);
    }

    @Test
    void aDocumentLargerThanTheLimitIsRejectedBeforeParsing(@TempDir Path dir) throws IOException {
      AtlasReader tiny = AtlasReader.strict().withLimits(JsonLimits.DEFAULT.withMaxDocumentBytes(100));
      Path file = dir.resolve("small-atlas.json");
      Files.write(file, SMALL);
      String expected = "document of " + SMALL.length + " bytes is larger than the limit of 100 bytes";
      assertThat(catchThrowableOfType(InvalidAtlasException.class, () -> tiny.read(file)).first())
          .isEqualTo(Problem.at("", expected));
      assertThat(catchThrowableOfType(InvalidAtlasException.class,
          () -> tiny.read(new ByteArrayInputStream(SMALL), "stream")).first().message())
          .isEqualTo("document of 101 bytes is larger than the limit of 100 bytes");
      assertThat(catchThrowableOfType(InvalidAtlasException.class, () -> tiny.read(SMALL, "bytes")).first())
          .isEqualTo(Problem.at("", expected));
    }

    @Test
    void withLimitsReturnsThisWhenNothingChanges() {
      AtlasReader reader = AtlasReader.strict();
      assertThat(reader.withLimits(JsonLimits.DEFAULT)).isSameAs(reader);
      assertThat(reader.limits()).isEqualTo(JsonLimits.DEFAULT);
      assertThat(reader.withLimits(JsonLimits.DEFAULT.withMaxDepth(10)).limits().maxDepth()).isEqualTo(10);
    }
  }

  @Nested
  class Inputs {
    @Test
    void theSmallestAtlasIsTheFormatAlone() {
      byte[] text = "{\"format\": \"c5atlas/1\"}".getBytes(UTF_8);
      assertThat(AtlasReader.strict().read(text, "smallest").atlas()).isEqualTo(Atlas.empty());
    }

    @Test
    void aStreamIsReadToItsEndAndNotClosed() {
      boolean[] closed = {false};
      InputStream in = new FilterInputStream(new ByteArrayInputStream(SMALL)) {
        @Override
        public void close() throws IOException {
          closed[0] = true;
          super.close();
        }
      };
      Atlas atlas = Atlas.read(in);
      assertThat(atlas.events()).hasSize(2);
      assertThat(closed[0]).isFalse();
    }

    @Test
    void aFileIsReadWithItsNameAsOrigin(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("mine.json");
      Files.write(file, UNKNOWN_FIELD);
      assertThat(catchThrowableOfType(InvalidAtlasException.class, () -> Atlas.read(file)).origin())
          .isEqualTo(file.toString());
    }

    @Test
    void aMissingFileIsAnIoProblem(@TempDir Path dir) {
      assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> Atlas.read(dir.resolve("none.json")))
          .withMessageContaining("none.json");
    }

    @Test
    void nulls() {
      new NullPointerTester().testAllPublicStaticMethods(AtlasReader.class);
      new NullPointerTester().setDefault(JsonLimits.class, JsonLimits.DEFAULT)
          .testAllPublicInstanceMethods(AtlasReader.strict());
    }
  }
}
