package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StateGroupTest {
  private static StateGroup.Builder group(String id) {
    return StateGroup.builder().id(id).putName("en", "Group " + id);
  }

  @Nested
  class Building {
    @Test
    void centralAsiaIsTheFive() {
      assertThat(StateGroup.CENTRAL_ASIA.members()).containsExactly("KG", "KZ", "TJ", "TM", "UZ");
      assertThat(StateGroup.CENTRAL_ASIA.contains("UZ")).isTrue();
      assertThat(StateGroup.CENTRAL_ASIA.contains("AZ")).isFalse();
      assertThat(StateGroup.CENTRAL_ASIA.name("ar")).contains("آسيا الوسطى");
    }

    @Test
    void ofNamesTheGroupAfterItsSortedCodes() {
      StateGroup group = StateGroup.of(State.UZ, State.AZ, State.KZ);
      assertThat(group.id()).isEqualTo("AZ_KZ_UZ");
      assertThat(group.name()).isEqualTo("AZ, KZ, UZ");
      assertThat(group.members()).containsExactly("AZ", "KZ", "UZ");
    }

    @Test
    void membersAreSortedWhateverTheOrderGiven() {
      assertThat(group("PAIR").addMembers("UZ", "KZ").build().members()).containsExactly("KZ", "UZ");
    }
  }

  @Nested
  class Checks {
    @Test
    void idIsAnUppercaseConstantName() {
      for (String bad : new String[] {"central-asia", "Central", "_X", "1X", ""}) {
        assertThatIllegalArgumentException().as(bad).isThrownBy(() -> group(bad).addMembers("UZ").build())
            .withMessageContaining("group id '" + bad + "'");
      }
    }

    @Test
    void hasMembers() {
      assertThatIllegalArgumentException().isThrownBy(() -> group("EMPTY").build())
          .withMessageContaining("group EMPTY has no members");
    }

    @Test
    void membersAreStateCodes() {
      assertThatIllegalArgumentException().isThrownBy(() -> group("PAIR").addMembers("UZ", "csto").build())
          .withMessageContaining("member of group PAIR 'csto'");
    }

    @Test
    void needsAnEnglishName() {
      assertThatIllegalArgumentException().isThrownBy(() -> StateGroup.builder().id("PAIR")
          .putName("ru", "Пара").addMembers("UZ").build()).withMessageContaining("group PAIR must have an English");
    }

    @Test
    void ofNeedsAtLeastOneState() {
      assertThatIllegalArgumentException().isThrownBy(() -> StateGroup.of())
          .withMessageContaining("group id ''");
    }
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(StateGroup.of(State.KZ, State.UZ), StateGroup.of(State.UZ, State.KZ),
            StateGroup.builder().id("KZ_UZ").putName("en", "KZ, UZ").addMembers("UZ", "KZ").build())
        .addEqualityGroup(StateGroup.of(State.KZ, State.UZ, State.AZ))
        .addEqualityGroup(StateGroup.CENTRAL_ASIA)
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(StateGroup.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(StateGroup.builder());
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(StateGroup.CENTRAL_ASIA);
  }
}
