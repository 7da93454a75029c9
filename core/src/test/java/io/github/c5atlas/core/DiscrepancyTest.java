package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class DiscrepancyTest {
  private static Discrepancy.Builder span() {
    return Discrepancy.builder().about("birlik-2025").field(Discrepancy.Field.SPAN)
        .curated("2025-10-14/2025-10-21~").reported("2025-10-21/..").addCuratedSources("azertag")
        .reportSource("seed-article");
  }

  @Test
  void holdsBothValuesAndBothSources() {
    Discrepancy d = span().build();
    assertThat(d.about()).isEqualTo("birlik-2025");
    assertThat(d.field()).isEqualTo(Discrepancy.Field.SPAN);
    assertThat(d.curated()).isEqualTo("2025-10-14/2025-10-21~");
    assertThat(d.reported()).isEqualTo("2025-10-21/..");
    assertThat(d.curatedSources()).containsExactly("azertag");
    assertThat(d.reportSource()).isEqualTo("seed-article");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(span().build(), span().build())
        .addEqualityGroup(span().field(Discrepancy.Field.NOTE).build())
        .addEqualityGroup(span().reportSource("other").build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Discrepancy.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Discrepancy.builder());
  }
}
