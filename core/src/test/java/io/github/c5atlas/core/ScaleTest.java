package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScaleTest {
  @Test
  void holdsTroopsEquipmentAndWhetherApproximate() {
    Scale s = Scale.builder().troops(4000).equipment(700).approximate(true).build();
    assertThat(s.troops()).contains(4000);
    assertThat(s.equipment()).contains(700);
    assertThat(s.approximate()).isTrue();
    assertThat(Scale.builder().build().approximate()).isFalse();
  }

  @Test
  void figuresArePositive() {
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.builder().troops(0).build())
        .withMessageContaining("troops must be positive, is 0");
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.builder().equipment(-200).build())
        .withMessageContaining("equipment must be positive, is -200");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Scale.builder().troops(1500).build(), Scale.builder().troops(Optional.of(1500)).build())
        .addEqualityGroup(Scale.builder().troops(1500).approximate(true).build())
        .addEqualityGroup(Scale.builder().equipment(1500).build())
        .addEqualityGroup(Scale.builder().build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Scale.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Scale.builder());
  }
}
