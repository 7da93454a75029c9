package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class DelegateTest {
  @Test
  void isAPersonOfTheAtlasOrANamedPerson() {
    Delegate known = Delegate.of("kosanov", Level.MINISTER);
    assertThat(known.person()).contains("kosanov");
    assertThat(known.name()).isEmpty();
    assertThat(known.level()).isEqualTo(Level.MINISTER);
    Delegate named = Delegate.builder().name("Zakir Hasanov").level(Level.MINISTER).build();
    assertThat(named.person()).isEmpty();
    assertThat(named.name()).contains("Zakir Hasanov");
  }

  @Test
  void needsAPersonOrAName() {
    assertThatIllegalArgumentException().isThrownBy(() -> Delegate.builder().level(Level.EXPERT).build())
        .withMessageContaining("a delegate needs a person id or a name");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Delegate.of("kosanov", Level.MINISTER), Delegate.of("kosanov", Level.MINISTER))
        .addEqualityGroup(Delegate.of("kosanov", Level.MILITARY))
        .addEqualityGroup(Delegate.builder().name("Dauren Kosanov").level(Level.MINISTER).build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Delegate.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Delegate.builder());
  }
}
