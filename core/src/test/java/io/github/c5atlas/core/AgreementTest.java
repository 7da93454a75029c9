package io.github.c5atlas.core;

import static io.github.c5atlas.core.Fixtures.agreement;
import static io.github.c5atlas.core.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class AgreementTest {
  @Test
  void holdsKindSubjectsRatificationAndEntryIntoForce() {
    Agreement a = agreement("kg-tj-border-treaty-2025").addSubjects(AgreementSubject.BORDER_DELIMITATION)
        .ratified(date("2025-03")).inForce(date("2025-03-31")).build();
    assertThat(a.agreementKind()).isEqualTo(AgreementKind.TREATY);
    assertThat(a.subjects()).containsExactly(AgreementSubject.BORDER_DELIMITATION);
    assertThat(a.signed()).isEqualTo(date("2025-03-13"));
    assertThat(a.ratified()).contains(date("2025-03"));
    assertThat(a.inForce()).contains(date("2025-03-31"));
  }

  @Test
  void ratificationBeforeSigningIsARuleOfTheAtlasNotOfTheValue() {
    // the value alone is accepted; AtlasValidatorTest checks the rule
    assertThat(agreement("a").ratified(date("2020")).build().ratified()).contains(date("2020"));
  }

  @Test
  void kindIsRequired() {
    assertThatIllegalStateException().isThrownBy(() -> Agreement.builder().id("a").putName("en", "A")
        .span(Fixtures.since("2025")).addSource("s").build()).withMessageContaining("agreementKind");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(agreement("a").build(), agreement("a").build())
        .addEqualityGroup(agreement("a").agreementKind(AgreementKind.DECLARATION).build())
        .addEqualityGroup(agreement("a").addSubjects(AgreementSubject.WATER).build())
        .addEqualityGroup(agreement("a").ratified(date("2025-04")).build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Agreement.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Agreement.builder());
  }
}
