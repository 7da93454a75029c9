package io.github.c5atlas.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.AtlasReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Generated atlases (every kind of event, fuzzy dates of every form, ongoing spans, delegations, reports) survive
 * write then read equal. Each case has its own seed, printed on failure; replay one with {@code -Dc5atlas.seed}.
 */
class GeneratedAtlasRoundTripTest {
  private static final long BASE_SEED = Long.getLong("c5atlas.seed", 1_000_000L);
  private static final int CASES = Integer.getInteger("c5atlas.roundtrip.cases", 1_000);

  @Test
  void writeThenReadGivesAnEqualAtlas() {
    long events = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      Atlas atlas = AtlasGenerator.small(seed);
      String json = atlas.toJson();
      Atlas read = AtlasReader.strict().read(json.getBytes(StandardCharsets.UTF_8), "seed " + seed).atlas();
      assertThat(read).as("seed %s", seed).isEqualTo(atlas);
      assertThat(read.toJson()).as("seed %s: writing is stable", seed).isEqualTo(json);
      for (String source : atlas.reports().stream().map(io.github.c5atlas.core.Report::source).distinct()
          .toArray(String[]::new)) {
        // every source's version of a valid atlas is a valid atlas
        assertThat(atlas.asReportedBy(source).events()).as("seed %s, %s", seed, source)
            .hasSameSizeAs(atlas.events());
      }
      events += atlas.events().size();
    }
    System.out.printf("atlas round trip: %d generated atlases, %d events, all equal after write and read%n", CASES,
        events);
  }
}
