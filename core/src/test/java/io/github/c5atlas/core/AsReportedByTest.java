package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every source's version of a valid atlas is itself a valid atlas, whatever its report leaves out. */
class AsReportedByTest {
  @Test
  void everySourceVersionOfTheBundledAtlasBuilds() {
    Atlas atlas = Atlas.bundled();
    for (Report report : atlas.reports()) {
      assertThat(atlas.asReportedBy(report.source()).events()).hasSameSizeAs(atlas.events());
    }
  }

  @Test
  void equipmentOfAPartyTheSourceDoesNotNameIsNotInItsVersion() throws IOException {
    // the curated Birlik has Kazakh equipment; the report names only UZ and AZ as parties
    String json = resource("small-atlas.json").replace("{\"description\": \"fighter jets\", \"state\": \"UZ\"}",
        "{\"description\": \"fighter jets\", \"state\": \"KZ\"}");
    Atlas atlas = AtlasReader.strict().read(json.getBytes(StandardCharsets.UTF_8), "kazakh jets").atlas();
    Exercise curated = (Exercise) atlas.event("birlik-2025").orElseThrow();
    Exercise told = (Exercise) atlas.asReportedBy("seed-article").event("birlik-2025").orElseThrow();
    assertThat(curated.assets()).extracting(Asset::state).containsExactly("KZ");
    assertThat(told.assets()).isEmpty();
    assertThat(told.parties()).containsExactly("UZ", "AZ");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = AsReportedByTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
