package io.github.c5atlas.core;

import static io.github.c5atlas.core.Fixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class MeetingTest {
  @Test
  void holdsLevelChairAndOutcomes() {
    Meeting m = meeting("samarkand-2025").chair("khalmukhamedov").addOutcomes("a protocol was signed").build();
    assertThat(m.level()).isEqualTo(Level.MINISTER);
    assertThat(m.chair()).contains("khalmukhamedov");
    assertThat(m.outcomes()).containsExactly("a protocol was signed");
  }

  @Test
  void levelIsRequired() {
    assertThatIllegalStateException().isThrownBy(() -> Meeting.builder().id("m").putName("en", "M")
        .span(Fixtures.since("2025")).addSource("s").build()).withMessageContaining("level");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(meeting("m").build(), meeting("m").build())
        .addEqualityGroup(meeting("m").level(Level.HEAD_OF_STATE).build())
        .addEqualityGroup(meeting("m").chair("x").build())
        .addEqualityGroup(meeting("m").addOutcomes("x").build())
        .addEqualityGroup(meeting("n").build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Meeting.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Meeting.builder());
  }
}
