package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class StatementTest {
  private static Statement.Builder makhmudov() {
    return Statement.builder().speaker("makhmudov").onBehalfOf("mirziyoyev").language("ar").source("seed-article")
        .text("ارتفعت إلى مستوى الحوار البناء والشراكة الاستراتيجية");
  }

  @Test
  void holdsSpeakerOnBehalfOfTextLanguageAndSource() {
    Statement s = makhmudov().build();
    assertThat(s.speaker()).isEqualTo("makhmudov");
    assertThat(s.onBehalfOf()).contains("mirziyoyev");
    assertThat(s.language()).isEqualTo("ar");
    assertThat(s.source()).isEqualTo("seed-article");
  }

  @Test
  void textIsNotBlank() {
    assertThatIllegalArgumentException().isThrownBy(() -> makhmudov().text("\n").build())
        .withMessageContaining("text of a statement by makhmudov must not be blank");
  }

  @Test
  void languageIsALanguageTag() {
    assertThatIllegalArgumentException().isThrownBy(() -> makhmudov().language("Arabic").build())
        .withMessageContaining("language of a statement by makhmudov 'Arabic'");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(makhmudov().build(), makhmudov().build())
        .addEqualityGroup(makhmudov().onBehalfOf(java.util.Optional.empty()).build())
        .addEqualityGroup(makhmudov().text("other").build())
        .addEqualityGroup(makhmudov().language("ru").build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Statement.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Statement.builder());
  }
}
