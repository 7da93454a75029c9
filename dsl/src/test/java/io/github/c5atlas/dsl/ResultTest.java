package io.github.c5atlas.dsl;

import static io.github.c5atlas.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.time.FuzzySpan;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResultTest {
  @Nested
  class Projections {
    @Test
    void statesOfEventsAreTheirStatePartiesInAnyRole() {
      assertThat(meetings().run(Fixtures.SMALL).states()).containsExactly("AZ", "KG", "KZ", "UZ");
    }

    @Test
    void statesLeaveOutOrganisationsThatPartiesKeep() {
      Result<?> jeddah = events().where(forum("gcc-central-asia")).run(Atlas.bundled());
      assertThat(jeddah.parties()).contains("gcc").contains("SA");
      assertThat(jeddah.states()).contains("SA").doesNotContain("gcc");
    }

    @Test
    void statesOfStatesPeopleAndForums() {
      Atlas atlas = Atlas.bundled();
      assertThat(states().where(memberOf("csto", "2025")).run(atlas).states())
          .containsExactly("BY", "KG", "KZ", "RU", "TJ");
      assertThat(people().where(named("Kosanov")).run(atlas).states()).containsExactly("KZ");
      assertThat(forums().where(named("csto")).run(atlas).states())
          .containsExactly("AM", "BY", "KG", "KZ", "RU", "TJ", "UZ");
    }

    @Test
    void peopleOfEventsAreChairsDelegatesAndSpeakers() {
      Atlas atlas = Atlas.bundled();
      assertThat(events().where(named("samarkand-2025")).accordingTo("seed-article").run(atlas).people())
          .extracting(Person::id).contains("khalmukhamedov", "makhmudov", "mirziyoyev");
    }

    @Test
    void peopleOfPeopleAreTheRows() {
      assertThat(people().where(named("Kosanov")).run(Atlas.bundled()).people()).extracting(Person::id)
          .containsExactly("kosanov");
    }

    @Test
    void datesAreTheSpansInRowOrder() {
      assertThat(events().orderBy(START).run(Fixtures.SMALL).dates()).extracting(FuzzySpan::toString)
          .containsExactly("2024-03-01 to 2024-03-01", "2024-06-10 to 2024-06-14", "2025-06 to 2025-06");
    }

    @Test
    void projectionsOfEventsNeedEventRows() {
      assertThatThrownBy(() -> states().run(Fixtures.SMALL).dates()).isInstanceOf(IllegalStateException.class)
          .hasMessage("dates() needs event rows, not states");
      assertThatThrownBy(() -> forums().run(Fixtures.SMALL).people()).isInstanceOf(IllegalStateException.class)
          .hasMessage("people() needs event rows, not forums");
    }
  }
}
