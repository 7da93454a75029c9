package io.github.c5atlas.core;

import static io.github.c5atlas.core.Fixtures.since;
import static io.github.c5atlas.core.Fixtures.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class MembershipTest {
  private static Membership.Builder uzbekistan() {
    return Membership.builder().state("UZ").status(MembershipStatus.SUSPENDED).span(since("2012-12-19"))
        .addSource("tass");
  }

  @Test
  void holdsStateStatusSpanAndSources() {
    Membership membership = uzbekistan().build();
    assertThat(membership.state()).isEqualTo("UZ");
    assertThat(membership.status()).isEqualTo(MembershipStatus.SUSPENDED);
    assertThat(membership.span()).isEqualTo(since("2012-12-19"));
    assertThat(membership.sources()).containsExactly("tass");
  }

  @Test
  void stateIsAStateCode() {
    assertThatIllegalArgumentException().isThrownBy(() -> uzbekistan().state("Uzbekistan").build())
        .withMessageContaining("member state 'Uzbekistan'");
  }

  @Test
  void citesASource() {
    assertThatIllegalArgumentException().isThrownBy(() -> Membership.builder().state("UZ")
        .status(MembershipStatus.SUSPENDED).span(since("2012-12-19")).build())
        .withMessageContaining("the membership of UZ (SUSPENDED) cites no source");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(uzbekistan().build(), uzbekistan().build())
        .addEqualityGroup(uzbekistan().status(MembershipStatus.MEMBER).build())
        .addEqualityGroup(uzbekistan().span(span("2006-08-16", "2012-12-18")).build())
        .addEqualityGroup(uzbekistan().state("AM").build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Membership.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Membership.builder());
  }
}
