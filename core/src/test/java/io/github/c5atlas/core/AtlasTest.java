package io.github.c5atlas.core;

import static io.github.c5atlas.core.Fixtures.atlas;
import static io.github.c5atlas.core.Fixtures.meeting;
import static io.github.c5atlas.core.Fixtures.source;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AtlasTest {
  static final Atlas SMALL = Atlas.read(new java.io.ByteArrayInputStream(AtlasReaderTest.SMALL));
  static final Atlas FIXTURE = atlas().build();

  @Nested
  class Building {
    @Test
    void anEmptyAtlasHoldsNothing() {
      Atlas empty = Atlas.empty();
      assertThat(empty.sources()).isEmpty();
      assertThat(empty.events()).isEmpty();
      assertThat(empty.discrepancies()).isEmpty();
      assertThat(empty).hasToString("Atlas[0 states, 0 groups, 0 people, 0 forums, 0 events, 0 sources, 0 reports]");
    }

    @Test
    void toBuilderKeepsEverything() {
      assertThat(FIXTURE.toBuilder().build()).isEqualTo(FIXTURE);
      Atlas more = FIXTURE.toBuilder().addSource(source("more")).build();
      assertThat(more.sources()).hasSize(FIXTURE.sources().size() + 1);
      assertThat(more.source("more")).isPresent();
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(FIXTURE, atlas().build())
          .addEqualityGroup(SMALL, SMALL.toBuilder().build())
          .addEqualityGroup(Atlas.empty(), Atlas.builder().build())
          .testEquals();
    }

    @Test
    void nulls() {
      new NullPointerTester().testAllPublicStaticMethods(Atlas.class);
      Fixtures.nullPointerTester().setDefault(Atlas.class, SMALL).testAllPublicInstanceMethods(FIXTURE);
      Fixtures.nullPointerTester().setDefault(Atlas.class, SMALL).testAllPublicInstanceMethods(Atlas.builder());
    }
  }

  @Nested
  class Lookup {
    @Test
    void byIdThenByName() {
      assertThat(FIXTURE.source("tass")).contains(source("tass"));
      assertThat(FIXTURE.state("UZ")).contains(State.UZ);
      assertThat(FIXTURE.state("Узбекистан")).contains(State.UZ);
      assertThat(FIXTURE.group("PAIR")).isPresent();
      assertThat(FIXTURE.forum("csto")).isPresent();
      assertThat(FIXTURE.forum("CSTO")).isPresent();
      assertThat(FIXTURE.event("samarkand-2025")).isPresent();
      assertThat(FIXTURE.event("Meeting samarkand-2025")).isPresent();
      assertThat(FIXTURE.person("Kosanov")).map(Person::id).contains("kosanov");
    }

    @Test
    void anAmbiguousNameFindsNothingButFindListsAll() {
      Atlas twoAliyevs = FIXTURE.toBuilder().addPerson(Fixtures.person("ilham-aliyev", "Ilham Aliyev"),
          Fixtures.person("heydar-aliyev", "Heydar Aliyev")).build();
      assertThat(twoAliyevs.person("Aliyev")).isEmpty();
      assertThat(twoAliyevs.person("Ilham Aliyev")).map(Person::id).contains("ilham-aliyev");
      assertThat(twoAliyevs.find("aliyev")).extracting(Named::id).containsExactly("ilham-aliyev", "heydar-aliyev");
    }

    @Test
    void aNameOfAnotherKindIsNotFound() {
      assertThat(FIXTURE.person("UZ")).isEmpty();
      assertThat(FIXTURE.event("Uzbekistan")).isEmpty();
    }
  }

  @Nested
  class Merging {
    @Test
    void theUnionKeepsEqualValuesOnce() {
      Atlas extra = Atlas.builder().addSource(source("qazinform"), source("extra")).addState(State.UZ).build();
      Atlas merged = FIXTURE.merge(extra);
      assertThat(merged.sources()).extracting(Source::id).containsExactly("qazinform", "tass", "seed-article",
          "extra");
      assertThat(merged.states()).hasSameSizeAs(FIXTURE.states());
      assertThat(FIXTURE.merge(FIXTURE)).isEqualTo(FIXTURE);
    }

    @Test
    void anIdNamingDifferentValuesIsAConflict() {
      Atlas other = Atlas.builder().addSource(source("extra"),
          Source.builder().from(source("tass")).publisher("TASS").build()).build();
      InvalidAtlasException thrown = catchThrowableOfType(InvalidAtlasException.class, () -> FIXTURE.merge(other));
      assertThat(thrown.origin()).isEqualTo("merged atlas");
      assertThat(thrown.problems()).containsExactly(
          Problem.at("/sources/1", "id 'tass' names different values in the two atlases"));
    }
  }

  @Nested
  class AsReportedBy {
    @Test
    void takesTheSpanAndPartiesTheSourceGivesAndKeepsTheRest() {
      Atlas told = FIXTURE.asReportedBy("seed-article");
      Event birlik = told.event("birlik-2025").orElseThrow();
      assertThat(birlik.span()).isEqualTo(Fixtures.since("2025-10-21"));
      assertThat(birlik.parties()).containsExactly("UZ", "AZ");
      assertThat(told.event("samarkand-2025")).isEqualTo(FIXTURE.event("samarkand-2025"));
      assertThat(told.reports()).isEqualTo(FIXTURE.reports());
    }

    @Test
    void aSourceWithoutReportsTellsTheCuratedView() {
      assertThat(FIXTURE.asReportedBy("tass")).isEqualTo(FIXTURE);
    }

    @Test
    void anUnknownSourceIsAnError() {
      assertThatIllegalArgumentException().isThrownBy(() -> FIXTURE.asReportedBy("nowhere"))
          .withMessageContaining("no source with id 'nowhere'");
    }

    @Test
    void discrepanciesListEveryDifferentField() {
      assertThat(FIXTURE.discrepancies()).extracting(Discrepancy::field).containsExactly(Discrepancy.Field.SPAN,
          Discrepancy.Field.PARTICIPANTS, Discrepancy.Field.NOTE);
      assertThat(FIXTURE.discrepancies()).allSatisfy(d -> {
        assertThat(d.about()).isEqualTo("birlik-2025");
        assertThat(d.reportSource()).isEqualTo("seed-article");
        assertThat(d.curatedSources()).containsExactly("qazinform");
      });
    }
  }

  @Nested
  class Json {
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void writeThenReadGivesAnEqualAtlas() {
      for (Atlas atlas : List.of(SMALL, FIXTURE, Atlas.bundled(), Atlas.empty())) {
        String json = atlas.toJson();
        assertThat(Atlas.read(new java.io.ByteArrayInputStream(json.getBytes(UTF_8)))).as(atlas.toString())
            .isEqualTo(atlas);
      }
    }

    @Test
    void writingIsStable(@TempDir Path dir) throws IOException {
      Atlas bundled = Atlas.bundled();
      String json = bundled.toJson();
      assertThat(bundled.toJson()).isEqualTo(json);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      bundled.write(out);
      assertThat(out.toString(UTF_8)).isEqualTo(json);
      Path first = dir.resolve("first.json");
      Path second = dir.resolve("second.json");
      bundled.write(first);
      bundled.write(second);
      assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second)).isEqualTo(json.getBytes(UTF_8));
      assertThat(Atlas.read(first).toJson()).isEqualTo(json);
      assertThat(json).endsWith("}\n");
    }

    @Test
    void mapKeysAreSortedAndTheTopLevelKeepsItsOrder() {
      JsonNode root = mapper.readTree(Atlas.bundled().toJson());
      assertThat(root.propertyNames()).containsExactly("format", "sources", "states", "groups", "people",
          "forums", "events", "reports");
      List<JsonNode> names = new ArrayList<>();
      collect(root, "names", names);
      assertThat(names).hasSizeGreaterThan(50);
      for (JsonNode map : names) {
        List<String> keys = new ArrayList<>(map.propertyNames());
        assertThat(keys).as("%s", map).isSorted();
      }
    }

    @Test
    void emptyValuesAreLeftOut() {
      String json = FIXTURE.toJson();
      assertThat(json).doesNotContain("[]").doesNotContain("{}").doesNotContain("null");
      assertThat(json).as("a status is written even when it is the default").contains("\"status\" : \"HELD\"");
    }

    private void collect(JsonNode node, String field, List<JsonNode> found) {
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
          if (entry.getKey().equals(field)) {
            found.add(entry.getValue());
          }
          collect(entry.getValue(), field, found);
        }
      } else if (node.isArray()) {
        for (Iterator<JsonNode> it = node.values().iterator(); it.hasNext(); ) {
          collect(it.next(), field, found);
        }
      }
    }
  }

  @Nested
  class AtomicWriting {
    @Test
    void replacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("atlas.json");
      SMALL.write(file);
      FIXTURE.write(file);
      assertThat(Atlas.read(file)).isEqualTo(FIXTURE);
      assertThat(list(dir)).containsExactly("atlas.json");
    }

    @Test
    void aReaderNeverSeesHalfAFile(@TempDir Path dir) throws Exception {
      Path file = dir.resolve("atlas.json");
      Atlas big = Atlas.bundled();
      big.write(file);
      AtomicBoolean done = new AtomicBoolean();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread reader = new Thread(() -> {
        try {
          while (!done.get()) {
            Atlas read = Atlas.read(file);
            if (!read.equals(big) && !read.equals(SMALL)) {
              throw new AssertionError("read an atlas that was never written");
            }
          }
        } catch (Throwable t) {
          failure.set(t);
        }
      });
      reader.start();
      for (int i = 0; i < 20; i++) {
        (i % 2 == 0 ? SMALL : big).write(file);
      }
      done.set(true);
      reader.join();
      assertThat(failure.get()).isNull();
    }

    @Test
    void aTargetThatIsADirectoryFailsAndIsLeftAsItWas(@TempDir Path dir) throws IOException {
      Path target = Files.createDirectory(dir.resolve("atlas.json"));
      Files.writeString(target.resolve("inside.txt"), "kept");
      assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> SMALL.write(target))
          .withMessageContaining("cannot write atlas");
      assertThat(Files.isDirectory(target)).isTrue();
      assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("kept");
      assertThat(list(dir)).containsExactly("atlas.json");
    }

    @Test
    void aReadOnlyDirectoryFailsAndLeavesTheOldFileIntact(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("atlas.json");
      SMALL.write(file);
      byte[] before = Files.readAllBytes(file);
      dir.toFile().setWritable(false);
      try {
        assumeFalse(Files.isWritable(dir), "this user can write to a read-only directory (root)");
        assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> FIXTURE.write(file));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(list(dir)).containsExactly("atlas.json");
      } finally {
        dir.toFile().setWritable(true);
      }
    }

    @Test
    void aMissingDirectoryFails(@TempDir Path dir) {
      assertThatExceptionOfType(UncheckedIOException.class)
          .isThrownBy(() -> SMALL.write(dir.resolve("no/such/atlas.json")));
      assertThat(Files.exists(dir.resolve("no"))).isFalse();
    }

    private List<String> list(Path dir) throws IOException {
      try (Stream<Path> files = Files.list(dir)) {
        return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
      }
    }
  }
}
