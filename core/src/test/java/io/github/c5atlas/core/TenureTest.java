package io.github.c5atlas.core;

import static io.github.c5atlas.core.Fixtures.since;
import static io.github.c5atlas.core.Fixtures.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class TenureTest {
  private static Tenure.Builder kosanov() {
    return Tenure.builder().office(Office.DEFENCE_MINISTER).state("KZ").span(since("2025-06-08"))
        .predecessor("zhaksylykov").addSource("eadaily-2025-06-08");
  }

  @Test
  void holdsOfficeStateSpanRankPredecessorAndSources() {
    Tenure tenure = kosanov().title("Minister of Defence").rank("Lieutenant General").build();
    assertThat(tenure.office()).isEqualTo(Office.DEFENCE_MINISTER);
    assertThat(tenure.state()).isEqualTo("KZ");
    assertThat(tenure.span().isOngoing()).isTrue();
    assertThat(tenure.title()).contains("Minister of Defence");
    assertThat(tenure.rank()).contains("Lieutenant General");
    assertThat(tenure.predecessor()).contains("zhaksylykov");
    assertThat(tenure.sources()).containsExactly("eadaily-2025-06-08");
  }

  @Test
  void citesASource() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Tenure.builder().office(Office.DEFENCE_MINISTER).state("KZ").span(since("2025")).build())
        .withMessageContaining("a tenure as DEFENCE_MINISTER of KZ cites no source");
  }

  @Test
  void stateIsNotBlank() {
    assertThatIllegalArgumentException().isThrownBy(() -> kosanov().state(" ").build())
        .withMessageContaining("state of a tenure must not be blank");
  }

  @Test
  void anOrganisationIdIsAcceptedAsTheHolderOfAnOffice() {
    // whether it names a real organisation is a rule of the atlas, not of the value
    assertThat(kosanov().office(Office.HEAD_OF_ORGANISATION).state("csto").build().state()).isEqualTo("csto");
  }

  @Test
  void officeStateAndSpanAreRequired() {
    assertThatIllegalStateException().isThrownBy(() -> Tenure.builder().addSource("x").build())
        .withMessageContaining("office").withMessageContaining("state").withMessageContaining("span");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(kosanov().build(), kosanov().build())
        .addEqualityGroup(kosanov().span(span("2025-06-08", "2025-12")).build())
        .addEqualityGroup(kosanov().office(Office.DEPUTY_DEFENCE_MINISTER).build())
        .addEqualityGroup(kosanov().rank("General").build())
        .addEqualityGroup(kosanov().addSource("tass").build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Tenure.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Tenure.builder());
  }
}
