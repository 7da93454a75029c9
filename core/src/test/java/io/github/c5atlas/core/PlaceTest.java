package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class PlaceTest {
  @Test
  void holdsStateRegionCityAndVenue() {
    Place place = Place.builder().state("UZ").region("Samarkand Region").city("Samarkand")
        .venue("Silk Road Samarkand").build();
    assertThat(place.state()).isEqualTo("UZ");
    assertThat(place.region()).contains("Samarkand Region");
    assertThat(place.city()).contains("Samarkand");
    assertThat(place.venue()).contains("Silk Road Samarkand");
    assertThat(Place.of("KZ", "Aktau").city()).contains("Aktau");
    assertThat(Place.of("KZ", "Aktau").region()).isEmpty();
  }

  @Test
  void stateIsAStateCode() {
    assertThatIllegalArgumentException().isThrownBy(() -> Place.of("Uzbekistan", "Samarkand"))
        .withMessageContaining("state of a place 'Uzbekistan'");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Place.of("UZ", "Samarkand"), Place.builder().state("UZ").city("Samarkand").build())
        .addEqualityGroup(Place.of("UZ", "Tashkent"))
        .addEqualityGroup(Place.builder().state("UZ").build())
        .addEqualityGroup(Place.builder().state("UZ").region("Samarkand").build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Place.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Place.builder());
  }
}
