package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ParticipationTest {
  @Test
  void holdsPartyRoleAndDelegation() {
    Participation uz = Participation.builder().party("UZ").role(Role.HOST)
        .addDelegation(Delegate.of("khalmukhamedov", Level.MINISTER)).build();
    assertThat(uz.party()).isEqualTo("UZ");
    assertThat(uz.role()).isEqualTo(Role.HOST);
    assertThat(uz.delegation()).containsExactly(Delegate.of("khalmukhamedov", Level.MINISTER));
    assertThat(Participation.of("eu", Role.PARTICIPANT).delegation()).isEmpty();
  }

  @Test
  void partyIsNotBlank() {
    assertThatIllegalArgumentException().isThrownBy(() -> Participation.of(" ", Role.GUEST))
        .withMessageContaining("party must not be blank");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Participation.of("AZ", Role.GUEST), Participation.builder().party("AZ").role(Role.GUEST)
            .build())
        .addEqualityGroup(Participation.of("AZ", Role.PARTICIPANT))
        .addEqualityGroup(Participation.of("KZ", Role.GUEST))
        .addEqualityGroup(Participation.builder().party("AZ").role(Role.GUEST)
            .addDelegation(Delegate.builder().name("Zakir Hasanov").level(Level.MINISTER).build()).build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Participation.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Participation.builder());
  }
}
