package io.github.c5atlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.StateGroup;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark's queries get the same answers from the engine, the scans and CQEngine, at 10,000 events. */
class AnswersAgreeTest {
  private static Atlas atlas;

  @BeforeAll
  static void generate() {
    atlas = Atlases.generate(10_000);
  }

  @Test
  void engineScanStreamAndCqEngineAgreeOnEveryQuery() {
    Map<String, Integer> sizes = Answers.check(atlas, CqWorld.of(atlas));

    assertThat(sizes).containsOnlyKeys("Q1", "Q2", "Q3", "Q4", "Q5");
    // every query finds something, so agreeing is not agreeing on nothing
    assertThat(sizes.values()).allSatisfy(n -> assertThat(n).isPositive());
  }

  @Test
  void theGeneratorIsDeterministic() {
    assertThat(Atlases.generate(10_000)).isEqualTo(atlas);
  }

  @Test
  void theAtlasHasTheShapeTheBenchmarksNeed() {
    assertThat(atlas.events()).hasSize(10_000);
    assertThat(atlas.states()).hasSize(200);
    assertThat(atlas.events()).allSatisfy(e -> assertThat(e.participations().size()).isBetween(2, 12));
    long c5Only = atlas.events().stream()
        .filter(e -> e.parties().equals(StateGroup.CENTRAL_ASIA.members())).count();
    assertThat(c5Only).isBetween(1L, 100L);   // they exist, but are rare
    long fuzzy = atlas.events().stream().filter(e -> !e.span().start().toString().matches("\\d{4}-\\d{2}-\\d{2}"))
        .count();
    assertThat(fuzzy).isBetween(700L, 1300L);   // about a tenth
  }

  @Test
  void theJsonReadsBackToTheSameAtlas() {
    Atlas small = Atlases.generate(200);
    assertThat(Atlases.READER.read(small.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8), "test").atlas())
        .isEqualTo(small);
  }
}
