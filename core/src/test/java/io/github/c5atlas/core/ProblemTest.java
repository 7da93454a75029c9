package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void withoutALine() {
    Problem p = Problem.at("/events/3/span", "span would end before it starts");
    assertThat(p.pointer()).isEqualTo("/events/3/span");
    assertThat(p.message()).isEqualTo("span would end before it starts");
    assertThat(p.line()).isEmpty();
    assertThat(p.column()).isEmpty();
    assertThat(p).hasToString("/events/3/span: span would end before it starts");
  }

  @Test
  void withALine() {
    Problem p = Problem.at("/events/3/participations/1/party", "unknown party 'XX'").withLocation(120, 20);
    assertThat(p.line()).hasValue(120);
    assertThat(p.column()).hasValue(20);
    assertThat(p).hasToString("/events/3/participations/1/party: unknown party 'XX' (line 120, column 20)")
        .isEqualTo(Problem.at("/events/3/participations/1/party", 120, 20, "unknown party 'XX'"));
  }

  @Test
  void theWholeDocumentPrintsAsSuch() {
    assertThat(Problem.at("", 1, 1, "No content")).hasToString("(document): No content (line 1, column 1)");
  }

  @Test
  void lineAndColumnAreNotNegative() {
    assertThatIllegalArgumentException().isThrownBy(() -> Problem.at("", -1, 2, "x")).withMessageContaining("-1, 2");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Problem.at("/a", "m"), Problem.at("/a", 0, 0, "m"))
        .addEqualityGroup(Problem.at("/a", 1, 1, "m"))
        .addEqualityGroup(Problem.at("/a", 1, 2, "m"))
        .addEqualityGroup(Problem.at("/b", "m"))
        .addEqualityGroup(Problem.at("/a", "n"))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(Problem.class);
    new NullPointerTester().testAllPublicInstanceMethods(Problem.at("/a", "m"));
  }
}
