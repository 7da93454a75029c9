package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class AssetTest {
  @Test
  void holdsDescriptionOwnerAndCount() {
    Asset jets = Asset.builder().description("fighter jets").state("UZ").count(12).build();
    assertThat(jets.description()).isEqualTo("fighter jets");
    assertThat(jets.state()).isEqualTo("UZ");
    assertThat(jets.count()).contains(12);
    assertThat(Asset.of("combat helicopters", "KZ").count()).isEmpty();
  }

  @Test
  void descriptionIsNotBlank() {
    assertThatIllegalArgumentException().isThrownBy(() -> Asset.of(" ", "UZ"))
        .withMessageContaining("description of an asset must not be blank");
  }

  @Test
  void ownerIsAStateCode() {
    assertThatIllegalArgumentException().isThrownBy(() -> Asset.of("fighter jets", "Uzbek air force"))
        .withMessageContaining("owner of asset 'fighter jets' 'Uzbek air force'");
  }

  @Test
  void countIsPositive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Asset.builder().description("fighter jets").state("UZ").count(0).build())
        .withMessageContaining("count of asset 'fighter jets' must be positive, is 0");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Asset.of("fighter jets", "UZ"), Asset.builder().description("fighter jets").state("UZ")
            .build())
        .addEqualityGroup(Asset.of("fighter jets", "KZ"))
        .addEqualityGroup(Asset.builder().description("fighter jets").state("UZ").count(2).build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Asset.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Asset.builder());
  }
}
