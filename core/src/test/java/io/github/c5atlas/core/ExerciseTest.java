package io.github.c5atlas.core;

import static io.github.c5atlas.core.Fixtures.exercise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ExerciseTest {
  @Test
  void holdsSeriesEditionKindsActivitiesAssetsAndScale() {
    Exercise e = exercise("birlik-2025").series("birlik").edition("2025")
        .addExerciseKinds(ExerciseKind.COUNTER_TERRORISM, ExerciseKind.SPECIAL_FORCES)
        .addActivities("drone reconnaissance").addAssets(Asset.of("fighter jets", "UZ"))
        .scale(Scale.builder().troops(4000).approximate(true).build()).build();
    assertThat(e.series()).contains("birlik");
    assertThat(e.edition()).contains("2025");
    assertThat(e.exerciseKinds()).containsExactly(ExerciseKind.COUNTER_TERRORISM, ExerciseKind.SPECIAL_FORCES);
    assertThat(e.activities()).containsExactly("drone reconnaissance");
    assertThat(e.assets()).containsExactly(Asset.of("fighter jets", "UZ"));
    assertThat(e.scale()).get().extracting(Scale::troops).isEqualTo(java.util.Optional.of(4000));
  }

  @Test
  void seriesIsAnId() {
    assertThatIllegalArgumentException().isThrownBy(() -> exercise("e").series("Birlik").build())
        .withMessageContaining("series of exercise e id 'Birlik'");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(exercise("e").build(), exercise("e").build())
        .addEqualityGroup(exercise("e").series("birlik").build())
        .addEqualityGroup(exercise("e").addExerciseKinds(ExerciseKind.CBRN).build())
        .addEqualityGroup(exercise("e").scale(Scale.builder().troops(1500).build()).build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Exercise.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Exercise.builder());
  }
}
