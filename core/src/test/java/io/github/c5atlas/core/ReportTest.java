package io.github.c5atlas.core;

import static io.github.c5atlas.core.Fixtures.since;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static Report.Builder seed() {
    return Report.builder().source("seed-article").about("birlik-2025");
  }

  @Test
  void holdsOnlyWhatTheSourceClaims() {
    Report r = seed().span(since("2025-10-21")).addParticipations(Participation.of("AZ", Role.PARTICIPANT))
        .addNotes("Azerbaijan replaced Turkmenistan").build();
    assertThat(r.span()).contains(since("2025-10-21"));
    assertThat(r.status()).isEmpty();
    assertThat(r.places()).isEmpty();
    assertThat(r.participations()).containsExactly(Participation.of("AZ", Role.PARTICIPANT));
    assertThat(r.statements()).isEmpty();
    assertThat(r.notes()).containsExactly("Azerbaijan replaced Turkmenistan");
  }

  @Test
  void sourceAndSubjectAreNotBlank() {
    assertThatIllegalArgumentException().isThrownBy(() -> seed().source("").build())
        .withMessageContaining("source of a report must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> seed().about(" ").build())
        .withMessageContaining("subject of a report must not be blank");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(seed().build(), seed().build())
        .addEqualityGroup(seed().status(EventStatus.PLANNED).build())
        .addEqualityGroup(seed().addNotes("x").build())
        .addEqualityGroup(seed().about("samarkand-2025").build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Report.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Report.builder());
  }
}
