package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.c5atlas.core.json.AtlasMappers;
import io.github.c5atlas.core.json.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader's fast path, {@link StreamingBinder}, against databind, the path it stands in for: whenever the fast
 * path binds a document, databind binds it too, with no unknown field, to an equal document. The fast path may give
 * up on anything (databind then decides), but it must not give up on what the writer writes, or it would be no fast
 * path. Each generated case has its own seed, printed on failure ({@code -Dc5atlas.seed=...} replays them).
 */
class StreamingBinderTest {
  private static final long BASE_SEED = Long.getLong("c5atlas.seed", 20251020L);
  private static final int CASES = Integer.getInteger("c5atlas.fuzz.cases", 10_000);
  private static final JsonMapper MAPPER = AtlasMappers.reader(JsonLimits.DEFAULT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** A small valid document, into which the tests put duplicate keys. */
  private static final String DUPLICATE = "{\"format\":\"c5atlas/1\",\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"language\":\"en\"}],\"states\":[{\"code\":\"KZ\",\"names\":{\"en\":\"K\"}}],\"events\":[{\"type\":\"meeting\",\"id\":\"e\",\"names\":{\"en\":\"E\"},\"span\":{\"start\":\"2025\"},\"level\":\"EXPERT\",\"participations\":[{\"party\":\"KZ\",\"role\":\"HOST\"}],\"sources\":[\"s\"]}]}";

  @Test
  void bindsWhatTheWriterWritesEqualToDatabind() throws IOException {
    for (String document : List.of(bundled(), resource("small-atlas.json"), Atlas.bundled().toJson(),
        Atlas.empty().toJson())) {
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      assertThat(StreamingBinder.bind(MAPPER, bytes)).isPresent();
      assertThat(agree(bytes, "written")).isTrue();
    }
  }

  @Test
  void theReaderTakesTheFastPathAndGetsTheSameAtlas() {
    Atlas bundled = Atlas.bundled();
    byte[] written = bundled.toJson().getBytes(StandardCharsets.UTF_8);
    AtlasDocument fast = StreamingBinder.bind(MAPPER, written).orElseThrow();
    assertThat(Atlas.builder().addAll(fast).build()).isEqualTo(bundled);
    assertThat(AtlasReader.strict().read(written, "written").atlas()).isEqualTo(bundled);
  }

  @Test
  void givesUpWhereDatabindIsLenientOrHasSomethingToSay() {
    String[] documents = {
      // the type id after other fields: databind finds it anyway, the fast path asks for it first
      "{\"format\":\"c5atlas/1\",\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"language\":\"en\"}],"
          + "\"events\":[{\"id\":\"e\",\"type\":\"meeting\",\"names\":{\"en\":\"E\"},\"span\":{\"start\":\"2025\"},"
          + "\"level\":\"EXPERT\",\"sources\":[\"s\"]}]}",
      // an unknown field: databind lists it (or, strictly, rejects it with its place)
      "{\"format\":\"c5atlas/1\",\"colour\":\"red\"}",
      // a null where a list may be left out
      "{\"format\":\"c5atlas/1\",\"sources\":null}",
      // not an object at all, and the literal null
      "[]",
      "null",
      // trailing content
      "{\"format\":\"c5atlas/1\"} {}",
      // duplicate keys, at the top and inside each kind of object the fast path reads
      "{\"format\":\"c5atlas/1\",\"format\":\"c5atlas/1\"}",
      DUPLICATE.replace("\"id\":\"e\",", "\"id\":\"e\",\"id\":\"e\","),
      DUPLICATE.replace("{\"en\":\"E\"}", "{\"en\":\"E\",\"en\":\"E\"}"),
      DUPLICATE.replace("{\"start\":\"2025\"}", "{\"start\":\"2025\",\"start\":\"2025\"}"),
      DUPLICATE.replace("\"role\":\"HOST\"", "\"role\":\"HOST\",\"party\":\"KZ\""),
      DUPLICATE.replace("\"level\":\"EXPERT\"", "\"level\":\"EXPERT\",\"type\":\"meeting\""),
    };
    assertThat(StreamingBinder.bind(MAPPER, DUPLICATE.getBytes(StandardCharsets.UTF_8))).isPresent();
    for (String document : documents) {
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      assertThat(StreamingBinder.bind(MAPPER, bytes)).as(document).isEmpty();
      agree(bytes, document);
    }
  }

  @Test
  void givesUpOnAStringOverTheLimitWhateverTheFieldReadsItAs() {
    JsonMapper limited = AtlasMappers.reader(JsonLimits.DEFAULT.withMaxStringLength(256));
    String valid = "{\"format\":\"c5atlas/1\",\"sources\":[{\"id\":\"s\",\"publisher\":\"P\",\"language\":\"en\"}],"
        + "\"states\":[{\"code\":\"KZ\",\"names\":{\"en\":\"Kazakhstan\"}}],"
        + "\"events\":[{\"type\":\"meeting\",\"id\":\"e\",\"names\":{\"en\":\"E\"},\"status\":\"HELD\","
        + "\"span\":{\"start\":\"2025\"},\"host\":\"KZ\",\"level\":\"EXPERT\","
        + "\"participations\":[{\"party\":\"KZ\",\"role\":\"HOST\"}],\"sources\":[\"s\"]}]}";
    assertThat(StreamingBinder.bind(limited, valid.getBytes(StandardCharsets.UTF_8))).isPresent();
    String tooLong = "k".repeat(1_000);
    // a name is read as a plain string, a tag as a shared one, from the parser's buffer: both are free text, so
    // only the limit stands against a long one
    for (String field : List.of("\"en\":\"E\"", "\"tags\":[\"t\"]")) {
      String document = valid.replace("\"sources\":[\"s\"]}", "\"sources\":[\"s\"],\"tags\":[\"t\"]}");
      String value = field.endsWith("[\"t\"]") ? "[\"t\"]" : "\"E\"";
      String longer = value.replace(value.replaceAll("[^A-Za-z]", ""), tooLong);
      document = document.replace(field, field.replace(value, longer));
      assertThat(document).as(field).contains(tooLong);
      assertThat(StreamingBinder.bind(MAPPER, document.getBytes(StandardCharsets.UTF_8))).as(field).isPresent();
      assertThat(StreamingBinder.bind(limited, document.getBytes(StandardCharsets.UTF_8))).as(field).isEmpty();
    }
  }

  /**
   * Texts chosen to share one hash ("Aa" and "BB" hash alike, so every string of such blocks does): the shared values
   * are found in a table that must not scan its colliding entries one by one, or a 5 MB file takes minutes. The
   * timeout is a guard against that, not a measure: the read takes a fraction of a second.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void textsMadeToCollideAreReadInTime() {
    StringBuilder tags = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 1 << 17; i++) {
      StringBuilder tag = new StringBuilder();
      for (int bit = 16; bit >= 0; bit--) {
        tag.append((i >> bit & 1) == 0 ? "Aa" : "BB");
      }
      tags.append(i == 0 ? "" : ",").append('"').append(tag).append('"');
      expected.add(tag.toString());
    }
    assertThat(expected.get(0).hashCode()).isEqualTo(expected.get(expected.size() - 1).hashCode());
    String document = DUPLICATE.replace("\"sources\":[\"s\"]}", "\"sources\":[\"s\"],\"tags\":[" + tags + "]}");
    AtlasDocument bound = StreamingBinder.bind(MAPPER, document.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertThat(bound.events().get(0).tags()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void agreesWithDatabindOnEveryBadFileOfTheCorpus() throws IOException {
    try (Stream<String> files = BadAtlasCorpusTest.files()) {
      for (String file : (Iterable<String>) files::iterator) {
        agree(Files.readAllBytes(BadAtlasCorpusTest.corpus().resolve(file)), file);
      }
    }
  }

  @Test
  void agreesWithDatabindOnMutatedTrees() throws IOException {
    JsonNode[] bases = {MAPPER.readTree(resource("small-atlas.json")), MAPPER.readTree(bundled())};
    int bound = 0;
    int givenUp = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      Random random = new Random(seed);
      JsonNode tree = bases[random.nextInt(bases.length)].deepCopy();
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        mutate(tree, random);
      }
      byte[] document = (random.nextBoolean() ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer())
          .writeValueAsBytes(tree);
      if (agree(document, "seed " + seed)) {
        bound++;
      } else {
        givenUp++;
      }
    }
    System.out.printf("streaming binder: %d mutated trees, %d bound by the fast path (equal to databind), %d given"
        + " to databind%n", CASES, bound, givenUp);
    // the mutations are single values in big documents: many leave a document the fast path binds
    assertThat(bound).isGreaterThan(CASES / 10);
    assertThat(givenUp).isGreaterThan(CASES / 10);
  }

  @Test
  void agreesWithDatabindOnMutatedText() throws IOException {
    String[] bases = {resource("small-atlas.json"), bundled()};
    int bound = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      Random random = new Random(seed);
      byte[] document = AtlasReaderFuzzTest.mutate(bases[random.nextInt(bases.length)], random);
      if (agree(document, "seed " + seed)) {
        bound++;
      }
    }
    System.out.printf("streaming binder: %d mutated texts, %d bound by the fast path%n", CASES, bound);
  }

  /**
   * Checks that whatever the fast path binds, databind binds equal with no unknown field; returns whether the fast
   * path bound the document.
   */
  private static boolean agree(byte[] document, String what) {
    Optional<AtlasDocument> fast;
    try {
      fast = StreamingBinder.bind(MAPPER, document);
    } catch (RuntimeException | Error e) {
      fail(what + ": the fast path threw " + e + "\n" + new String(document, StandardCharsets.UTF_8), e);
      return false;
    }
    if (fast.isEmpty()) {
      return false;
    }
    List<Problem> unknown = new ArrayList<>();
    @Nullable AtlasDocument slow;
    try {
      slow = MAPPER.readerFor(AtlasDocument.class).withHandler(new UnknownFields(unknown, ""))
          .readValue(document);
    } catch (JacksonException | IllegalArgumentException | IllegalStateException e) {
      fail(what + ": the fast path bound a document that databind rejects: " + e + "\n"
          + new String(document, StandardCharsets.UTF_8), e);
      return false;
    }
    assertThat(unknown).as(what).isEmpty();
    assertThat(fast.get()).as(what).isEqualTo(slow);
    return true;
  }

  /** Replaces, removes or adds one value somewhere in the tree, keeping it JSON. */
  private static void mutate(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode container = containers.get(random.nextInt(containers.size()));
    if (container instanceof ObjectNode object) {
      List<String> names = new ArrayList<>(object.propertyNames());
      if (names.isEmpty() || random.nextInt(8) == 0) {
        object.set(random.nextBoolean() ? "colour" : "type", value(random, null));
        return;
      }
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(6)) {
        case 0 -> object.remove(name);
        case 1 -> {
          // move it to the end: order must not matter (except to the fast path, which then gives up)
          JsonNode moved = object.remove(name);
          object.set(name, moved);
        }
        default -> object.set(name, value(random, object.get(name)));
      }
    } else if (container instanceof ArrayNode array) {
      if (array.isEmpty() || random.nextInt(4) == 0) {
        array.add(value(random, null));
      } else {
        int index = random.nextInt(array.size());
        switch (random.nextInt(3)) {
          case 0 -> array.remove(index);
          case 1 -> array.add(array.get(index).deepCopy());
          default -> array.set(index, value(random, array.get(index)));
        }
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainer()) {
      containers.add(node);
      for (JsonNode child : node.values()) {
        collect(child, containers);
      }
    }
  }

  private static JsonNode value(Random random, @Nullable JsonNode old) {
    String[] strings = {"", " ", "x", "KZ", "kz", "ZZ", "HOST", "host", "HELD", "meeting", "exercise", "agreement",
      "2025", "2025-10", "2025-10-21", "../2025", "2025/..", "[2025-10-20..2025-10-24]", "2025-02-30", "en", "EN",
      "csto", "seed-article", "HEAD_OF_STATE", "DEFENCE_MINISTER", "ORGANISATION", "MEMBER", "c5atlas/1",
      "https://example.org", "COMBINED_ARMS", "TREATY", "SECURITY"};
    switch (random.nextInt(12)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.numberNode(random.nextInt(5) - 1);
      case 2:
        return NODES.numberNode(1.5);
      case 3:
        return NODES.booleanNode(random.nextBoolean());
      case 4:
        return NODES.arrayNode();
      case 5:
        return NODES.objectNode();
      case 6:
        return old != null && old.isString() ? NODES.stringNode(old.asString() + "x") : NODES.stringNode("x");
      case 7:
        return NODES.arrayNode().add(strings[random.nextInt(strings.length)]);
      case 8:
        return NODES.objectNode().put("start", strings[random.nextInt(strings.length)]);
      default:
        return NODES.stringNode(strings[random.nextInt(strings.length)]);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = StreamingBinderTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String bundled() throws IOException {
    try (InputStream in = Atlas.class.getResourceAsStream("/io/github/c5atlas/core/atlas.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
