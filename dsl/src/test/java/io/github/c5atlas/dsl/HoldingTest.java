package io.github.c5atlas.dsl;

import static io.github.c5atlas.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.time.Truth;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HoldingTest {
  private final Atlas atlas = Atlas.bundled();

  private Person person(String id) {
    return atlas.person(id).orElseThrow();
  }

  @Nested
  class ForStates {
    @Test
    void countsOnlyTheOfficeHeldForAStateOfTheGroup() {
      Holding minister = holding(DEFENCE_MINISTER, "2025-10-20");
      assertThat(minister.test(person("hasanov"), atlas)).isEqualTo(Truth.TRUE);
      assertThat(minister.forStates(CENTRAL_ASIA).test(person("hasanov"), atlas)).isEqualTo(Truth.FALSE);
      assertThat(minister.forStates(CENTRAL_ASIA).test(person("kosanov"), atlas)).isEqualTo(Truth.TRUE);
      assertThat(minister.forStates(AZ, RU).test(person("hasanov"), atlas)).isEqualTo(Truth.TRUE);
    }

    @Test
    void keepsTheOtherParts() {
      Holding appointed = holding(DEFENCE_MINISTER, "2025-10-20").forStates(CENTRAL_ASIA)
          .appointedWithin(Period.ofYears(1));
      assertThat(appointed.test(person("gundogdyev"), atlas)).isEqualTo(Truth.FALSE);
      assertThat(appointed.test(person("mukambetov"), atlas)).isEqualTo(Truth.UNKNOWN);
      assertThat(appointed.test(person("sobirzoda"), atlas)).isEqualTo(Truth.TRUE);
    }

    @Test
    void printsAsTheCall() {
      assertThat(holding(DEFENCE_MINISTER, "2025-10-20").forStates(CENTRAL_ASIA)
          .appointedWithin(Period.ofYears(1)).toString())
          .isEqualTo("holding(DEFENCE_MINISTER, 2025-10-20).forStates(CENTRAL_ASIA).appointedWithin(P1Y)");
      assertThat(holding(HEAD_OF_STATE, "2025").forStates(UZ, KZ).toString())
          .isEqualTo("holding(HEAD_OF_STATE, 2025).forStates(KZ, UZ)");
    }

    @Test
    void equality() {
      Holding minister = holding(DEFENCE_MINISTER, "2025-10-20");
      new EqualsTester()
          .addEqualityGroup(minister, holding(DEFENCE_MINISTER, "2025-10-20"))
          .addEqualityGroup(minister.forStates(CENTRAL_ASIA), holding(DEFENCE_MINISTER, "2025-10-20")
              .forStates(CENTRAL_ASIA))
          .addEqualityGroup(minister.forStates(KZ, UZ), minister.forStates(UZ, KZ))
          .addEqualityGroup(minister.forState(KZ))
          .testEquals();
    }
  }

  @Nested
  class HeldForAtLeast {
    @Test
    void turkmenistansMinisterSince2018HadServedFiveYearsAndTheNewGenerationHadNot() {
      Atlas atlas = Atlas.bundled();
      Result<Person> veterans = people()
          .where(holding(DEFENCE_MINISTER, "2025-10-20").forStates(CENTRAL_ASIA).heldForAtLeast(Period.ofYears(5)))
          .includingUncertain().run(atlas);
      assertThat(veterans.certain()).extracting(Person::id)
          .containsExactly("gundogdyev");
      // in office by 28 May 2025, since when no source says: perhaps for five years, perhaps not
      assertThat(veterans.uncertain()).extracting(Person::id)
          .containsExactly("mukambetov");
    }

    @Test
    void printsAndParsesBack() {
      Query<Person> query = people()
          .where(holding(DEFENCE_MINISTER, "2025-10-20").heldForAtLeast(Period.ofYears(5)));
      assertThat(query.toString())
          .isEqualTo("people where holding(DEFENCE_MINISTER, 2025-10-20).heldForAtLeast(P5Y)");
      assertThat(Query.parse(query.toString())).isEqualTo(query);
      assertThat(Query.fromJson(query.toJson())).isEqualTo(query);
    }
  }
}
