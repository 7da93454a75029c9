package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StateTest {
  @Nested
  class Building {
    @Test
    void ofGivesTheThreeNames() {
      State uz = State.of("UZ", "Uzbekistan", "Узбекистан", "أوزبكستان");
      assertThat(uz.code()).isEqualTo("UZ");
      assertThat(uz.id()).isEqualTo("UZ");
      assertThat(uz.name()).isEqualTo("Uzbekistan");
      assertThat(uz.name("ru")).contains("Узбекистан");
      assertThat(uz.name("ar")).contains("أوزبكستان");
      assertThat(uz.name("fr")).isEmpty();
      assertThat(uz.aliases()).isEmpty();
    }

    @Test
    void builderTakesAliases() {
      State kg = State.builder().code("KG").putName("en", "Kyrgyzstan").addAliases("Kirghizia").build();
      assertThat(kg.aliases()).containsExactly("Kirghizia");
    }

    @Test
    void constantsAreChecked() {
      assertThat(State.KZ.code()).isEqualTo("KZ");
      assertThat(State.US.name("ar")).contains("الولايات المتحدة");
    }
  }

  @Nested
  class Checks {
    @Test
    void codeIsTwoUppercaseLetters() {
      for (String bad : new String[] {"uz", "UZB", "U", "", "U1"}) {
        assertThatIllegalArgumentException().as(bad).isThrownBy(() -> State.of(bad, "X", "X", "X"))
            .withMessageContaining("'" + bad + "'").withMessageContaining("ISO 3166-1 alpha-2");
      }
    }

    @Test
    void needsAnEnglishName() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> State.builder().code("UZ").putName("ru", "Узбекистан").build())
          .withMessageContaining("state UZ must have an English name").withMessageContaining("[ru]");
    }

    @Test
    void namesAreNotBlank() {
      assertThatIllegalArgumentException().isThrownBy(() -> State.of("UZ", "Uzbekistan", " ", "x"))
          .withMessageContaining("name of state UZ in 'ru' must not be blank");
    }

    @Test
    void nameLanguagesAreLanguageTags() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> State.builder().code("UZ").putName("en", "Uzbekistan").putName("Russian", "x").build())
          .withMessageContaining("'Russian'").withMessageContaining("BCP 47");
    }

    @Test
    void acceptsRegionalLanguageTags() {
      assertThat(State.builder().code("UZ").putName("en", "Uzbekistan").putName("uz-Cyrl", "Ўзбекистон").build()
          .name("uz-Cyrl")).contains("Ўзбекистон");
    }
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(State.UZ, State.of("UZ", "Uzbekistan", "Узбекистан", "أوزبكستان"))
        .addEqualityGroup(State.of("UZ", "Uzbekistan", "Узбекистан", "اوزبكستان"))
        .addEqualityGroup(State.KZ)
        .addEqualityGroup(State.builder().from(State.KZ).addAliases("Qazaqstan").build())
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(State.class);
    new NullPointerTester().testAllPublicInstanceMethods(State.builder());
  }

  @Test
  void toStringNamesTheCode() {
    assertThat(State.UZ.toString()).contains("UZ").contains("Uzbekistan");
  }
}
