package io.github.c5atlas.core;

import static io.github.c5atlas.core.Fixtures.since;
import static io.github.c5atlas.core.Fixtures.tenure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PersonTest {
  private static Person.Builder person(String id) {
    return Person.builder().id(id).putName("en", "Shukhrat Khalmukhamedov");
  }

  @Test
  void holdsNamesAliasesAndTenuresInOrder() {
    Tenure deputy = tenure(Office.DEPUTY_DEFENCE_MINISTER, "UZ", Fixtures.span("2021-03", "2024-11"));
    Tenure minister = tenure(Office.DEFENCE_MINISTER, "UZ", since("2024-11-23"));
    Person person = person("khalmukhamedov").putName("ru", "Шухрат Халмухамедов").addAliases("Kholmukhamedov")
        .addTenures(deputy, minister).build();
    assertThat(person.name()).isEqualTo("Shukhrat Khalmukhamedov");
    assertThat(person.name("ru")).contains("Шухрат Халмухамедов");
    assertThat(person.aliases()).containsExactly("Kholmukhamedov");
    assertThat(person.tenures()).containsExactly(deputy, minister);
  }

  @Nested
  class Checks {
    @Test
    void idIsLowercaseLettersDigitsAndHyphens() {
      for (String bad : new String[] {"Khalmukhamedov", "-x", "a b", "", "x".repeat(81), "ali_yev"}) {
        assertThatIllegalArgumentException().as(bad).isThrownBy(() -> person(bad).build())
            .withMessageContaining("person id '" + bad + "'");
      }
      assertThat(person("x".repeat(80)).build().id()).hasSize(80);
      assertThat(person("9-lives").build().id()).isEqualTo("9-lives");
    }

    @Test
    void needsAnEnglishName() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Person.builder().id("kosanov").putName("ru", "Даурен Косанов").build())
          .withMessageContaining("person kosanov must have an English name");
    }

    @Test
    void namesAreNotBlank() {
      assertThatIllegalArgumentException().isThrownBy(() -> person("x").putName("ar", "").build())
          .withMessageContaining("name of person x in 'ar' must not be blank");
    }
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(person("a").build(), person("a").build())
        .addEqualityGroup(person("b").build())
        .addEqualityGroup(person("a").addAliases("Kholmukhamedov").build())
        .addEqualityGroup(person("a").addTenures(tenure(Office.DEFENCE_MINISTER, "UZ", since("2024"))).build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Person.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Person.builder());
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(person("a").build());
  }
}
