package io.github.c5atlas.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of the format, {@code atlas.schema.json}: well-formed, closed (no object takes properties it does
 * not declare), and declaring every field the writer emits. The walk here follows {@code $ref}, {@code oneOf} by the
 * event's {@code type}, {@code properties}, {@code items} and map-valued {@code additionalProperties}.
 */
class AtlasSchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNode SCHEMA = schema();

  private static JsonNode schema() {
    try (InputStream in = Atlas.class.getResourceAsStream("atlas.schema.json")) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void isDraft202012AndEveryReferenceResolves() {
    assertThat(SCHEMA.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA.get("properties").get("format").get("const").asString()).isEqualTo("c5atlas/1");
    List<String> refs = new ArrayList<>();
    collectRefs(SCHEMA, refs);
    assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(resolve(ref).isMissingNode()).as(ref).isFalse());
  }

  @Test
  void everyObjectRejectsAdditionalProperties() {
    List<String> open = new ArrayList<>();
    checkClosed(SCHEMA, "#", open);
    assertThat(open).isEmpty();
  }

  @Test
  void declaresEveryFieldTheWriterEmits() {
    for (Atlas atlas : List.of(Atlas.bundled(), Fixtures.atlas().build(), AtlasTest.SMALL)) {
      List<String> undeclared = new ArrayList<>();
      walk(MAPPER.readTree(atlas.toJson()), SCHEMA, "", undeclared);
      assertThat(undeclared).as("fields written for %s but not in the schema", atlas).isEmpty();
    }
  }

  @Test
  void theWalkFindsAnUndeclaredField() throws IOException {
    byte[] text = AtlasReaderTest.resource("bad/unknown-field.json");
    List<String> undeclared = new ArrayList<>();
    walk(MAPPER.readTree(new String(text, UTF_8)), SCHEMA, "", undeclared);
    assertThat(undeclared).containsExactly("/events/0/colour");
  }

  @Test
  void enumsListTheValuesOfTheJavaEnums() {
    Map<String, Class<? extends Enum<?>>> enums = Map.of("office", Office.class, "level", Level.class,
        "role", Role.class, "membershipStatus", MembershipStatus.class, "forumKind", ForumKind.class,
        "eventStatus", EventStatus.class, "exerciseKind", ExerciseKind.class, "agreementKind", AgreementKind.class,
        "agreementSubject", AgreementSubject.class);
    enums.forEach((name, type) -> {
      List<String> declared = new ArrayList<>();
      SCHEMA.get("$defs").get(name).get("enum").values().forEach(v -> declared.add(v.asString()));
      assertThat(declared).as(name).containsExactlyElementsOf(Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.toList()));
    });
  }

  private static JsonNode resolve(String ref) {
    assertThat(ref).startsWith("#/");
    return SCHEMA.at(ref.substring(1));
  }

  private static JsonNode deref(JsonNode schema) {
    JsonNode node = schema;
    while (node.has("$ref")) {
      node = resolve(node.get("$ref").asString());
    }
    return node;
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getKey().equals("$ref")) {
          refs.add(e.getValue().asString());
        } else {
          collectRefs(e.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.values().forEach(v -> collectRefs(v, refs));
    }
  }

  private static void checkClosed(JsonNode node, String where, List<String> open) {
    if (node.isObject()) {
      if (node.has("properties") && !(node.has("additionalProperties")
          && node.get("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean())) {
        open.add(where);
      }
      node.properties().forEach(e -> checkClosed(e.getValue(), where + "/" + e.getKey(), open));
    } else if (node.isArray()) {
      int i = 0;
      for (JsonNode v : node.values()) {
        checkClosed(v, where + "/" + i++, open);
      }
    }
  }

  /** Walks a value with its schema and adds the pointer of every property the schema does not declare. */
  private static void walk(JsonNode value, JsonNode schemaOrRef, String pointer, List<String> undeclared) {
    JsonNode schema = deref(schemaOrRef);
    if (schema.has("oneOf")) {
      String type = value.path("type").asString("");
      for (JsonNode branch : schema.get("oneOf").values()) {
        JsonNode candidate = deref(branch);
        if (candidate.path("properties").path("type").path("const").asString("-").equals(type)) {
          walk(value, candidate, pointer, undeclared);
          return;
        }
      }
      undeclared.add(pointer + "/type");
      return;
    }
    if (value.isArray()) {
      int i = 0;
      for (JsonNode item : value.values()) {
        walk(item, schema.path("items"), pointer + "/" + i++, undeclared);
      }
    } else if (value.isObject()) {
      JsonNode properties = schema.path("properties");
      JsonNode additional = schema.path("additionalProperties");
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        String here = pointer + "/" + entry.getKey();
        if (properties.has(entry.getKey())) {
          walk(entry.getValue(), properties.get(entry.getKey()), here, undeclared);
        } else if (additional.isObject()) {
          walk(entry.getValue(), additional, here, undeclared);
        } else {
          undeclared.add(here);
        }
      }
    }
  }
}
