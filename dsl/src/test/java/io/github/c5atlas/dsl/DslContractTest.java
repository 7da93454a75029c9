package io.github.c5atlas.dsl;

import static io.github.c5atlas.dsl.Dsl.*;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.c5atlas.core.Level;
import io.github.c5atlas.core.MembershipStatus;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.StateGroup;
import io.github.c5atlas.core.time.FuzzyDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Nulls are rejected by name everywhere in the DSL, and conditions and queries are values. */
class DslContractTest {
  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(State.class, KZ)
        .setDefault(StateGroup.class, CENTRAL_ASIA)
        .setDefault(FuzzyDate.class, FuzzyDate.ofYear(2025))
        .setDefault(EventRef.class, event("samarkand-2025"))
        .setDefault(String.class, "2025")
        .setDefault(Period.class, Period.ofYears(1))
        .setDefault(Condition.class, always())
        .setDefault(io.github.c5atlas.core.Atlas.class, io.github.c5atlas.core.Atlas.bundled())
        .setDefault(io.github.c5atlas.core.Event.class,
            io.github.c5atlas.core.Atlas.bundled().event("samarkand-2025").orElseThrow());
  }

  @Test
  void entryPointsRejectNulls() {
    tester().testAllPublicStaticMethods(Dsl.class);
  }

  @Test
  void queriesAndConditionsRejectNulls() {
    tester().testAllPublicInstanceMethods(events().where(attendedByAll(CENTRAL_ASIA)));
    tester().testAllPublicInstanceMethods(attendedByAll(CENTRAL_ASIA));
    tester().testAllPublicInstanceMethods(holding(DEFENCE_MINISTER, "2025-10-20"));
  }

  @Test
  void conditionsAreValues() {
    new EqualsTester()
        .addEqualityGroup(attendedByAll(CENTRAL_ASIA), attendedByAll(CENTRAL_ASIA))
        .addEqualityGroup(attendedByAll(KZ, UZ), attendedByAll(UZ, KZ))
        .addEqualityGroup(attendedByAll(CENTRAL_ASIA).withRoles(HOST, PARTICIPANT),
            attendedByAll(CENTRAL_ASIA).withRoles(PARTICIPANT, HOST))
        .addEqualityGroup(attendedByAll(CENTRAL_ASIA).atLevel(Level.HEAD_OF_STATE))
        .addEqualityGroup(attendedOnlyBy(CENTRAL_ASIA))
        .addEqualityGroup(during(2025), during("2025"))
        .addEqualityGroup(during("2025-10"))
        .addEqualityGroup(concurrentWith(event("samarkand-2025")))
        .addEqualityGroup(during(event("samarkand-2025")))
        .addEqualityGroup(attendedByAll(CENTRAL_ASIA).and(during(2025)), and(attendedByAll(CENTRAL_ASIA), during(2025)))
        .addEqualityGroup(attendedByAll(CENTRAL_ASIA).or(during(2025)))
        .addEqualityGroup(attendedByAll(CENTRAL_ASIA).not(), not(attendedByAll(CENTRAL_ASIA)))
        .addEqualityGroup(holding(DEFENCE_MINISTER, "2025-10-20").appointedWithin(Period.ofYears(1)))
        .addEqualityGroup(memberOf("csto", "2010"), memberOf("csto", FuzzyDate.ofYear(2010), MembershipStatus.MEMBER))
        .addEqualityGroup(named("Birlik"))
        .addEqualityGroup(always(), and())
        .testEquals();
  }

  @Test
  void aGroupOfTheCallerIsTakenAsItsStatesSoThatItMeansTheSameOnEveryAtlas() {
    StateGroup pair = StateGroup.of(KZ, UZ);
    org.assertj.core.api.Assertions.assertThat(attendedByAll(pair)).isEqualTo(attendedByAll(KZ, UZ));
    org.assertj.core.api.Assertions.assertThat(attendedByAll(StateGroup.of(KZ)).toString())
        .isEqualTo("attendedByAll(KZ)");
    org.assertj.core.api.Assertions.assertThat(Query.parse(events().where(attendedByAll(StateGroup.of(KZ))).toString()))
        .isEqualTo(events().where(attendedByAll(StateGroup.of(KZ))));
    org.assertj.core.api.Assertions.assertThat(events().where(attendedByAll(pair)).run(io.github.c5atlas.core.Atlas.bundled()).count())
        .isPositive();
  }

  @Test
  void queriesAreValues() {
    new EqualsTester()
        .addEqualityGroup(events(), events())
        .addEqualityGroup(events().where(during(2025)), events().where(during(2025)))
        .addEqualityGroup(events().where(during(2025)).limit(3))
        .addEqualityGroup(events().where(during(2025)).orderBy(START))
        .addEqualityGroup(events().where(during(2025)).orderByDescending(START))
        .addEqualityGroup(events().includingUncertain())
        .addEqualityGroup(events().accordingTo("seed-article"))
        .addEqualityGroup(meetings())
        .addEqualityGroup(people())
        .testEquals();
  }
}
