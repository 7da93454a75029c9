package io.github.c5atlas.dsl;

import static io.github.c5atlas.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.c5atlas.core.AgreementSubject;
import io.github.c5atlas.core.EventStatus;
import io.github.c5atlas.core.ExerciseKind;
import io.github.c5atlas.core.Level;
import io.github.c5atlas.core.MembershipStatus;
import io.github.c5atlas.core.Office;
import io.github.c5atlas.core.StateGroup;
import io.github.c5atlas.core.time.FuzzyDate;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The golden printed form of every condition and modifier, built in Java, and that parsing it gives back an equal
 * query with the same text.
 */
class QueryPrintTest {
  /** Checks the printed form of the query, and that it parses back to an equal query that prints the same. */
  private static void prints(Query<?> query, String text) {
    assertThat(query.toString()).isEqualTo(text);
    Query<?> parsed = Query.parse(text);
    assertThat(parsed).isEqualTo(query);
    assertThat(parsed.hashCode()).isEqualTo(query.hashCode());
    assertThat(parsed.toString()).isEqualTo(text);
  }

  private static void printsOnEvents(Condition<? super io.github.c5atlas.core.Event> condition, String text) {
    assertThat(condition.toString()).isEqualTo(text);
    prints(events().where(condition), "events where " + text);
  }

  @Nested
  class Sources {
    @Test
    void everySourcePrintsItsName() {
      prints(events(), "events");
      prints(meetings(), "meetings");
      prints(exercises(), "exercises");
      prints(agreements(), "agreements");
      prints(people(), "people");
      prints(forums(), "forums");
      prints(states(), "states");
    }

    @Test
    void alwaysIsNoCondition() {
      prints(events().where(always()), "events");
      assertThat(Query.parse("events where always()")).isEqualTo(events());
      prints(events().where(Dsl.<io.github.c5atlas.core.Event>always().or(hostedBy(UZ))), "events where always() or hostedBy(UZ)");
      prints(events().where(not(always())), "events where not always()");
    }
  }

  @Nested
  class Participation {
    @Test
    void quantifiersOverAGroup() {
      printsOnEvents(attendedByAll(CENTRAL_ASIA), "attendedByAll(CENTRAL_ASIA)");
      printsOnEvents(attendedByAny(CENTRAL_ASIA), "attendedByAny(CENTRAL_ASIA)");
      printsOnEvents(attendedOnlyBy(CENTRAL_ASIA), "attendedOnlyBy(CENTRAL_ASIA)");
      printsOnEvents(notAttendedBy(CENTRAL_ASIA), "notAttendedBy(CENTRAL_ASIA)");
      // a group of the caller's own is taken as its states, so that the query means the same on any atlas
      printsOnEvents(attendedByAll(StateGroup.of(KZ, UZ)), "attendedByAll(KZ, UZ)");
    }

    @Test
    void statesPrintSortedWithoutRepeats() {
      printsOnEvents(attendedByAll(UZ, KZ, UZ), "attendedByAll(KZ, UZ)");
      printsOnEvents(attendedByAny(TM), "attendedByAny(TM)");
      printsOnEvents(notAttendedBy(RU, CN, US), "notAttendedBy(CN, RU, US)");
    }

    @Test
    void rolesAndLevel() {
      printsOnEvents(attendedByAll(CENTRAL_ASIA).withRoles(PARTICIPANT, HOST),
          "attendedByAll(CENTRAL_ASIA).withRoles(HOST, PARTICIPANT)");
      printsOnEvents(attendedOnlyBy(CENTRAL_ASIA).withRoles(HOST, PARTICIPANT),
          "attendedOnlyBy(CENTRAL_ASIA).withRoles(HOST, PARTICIPANT)");
      printsOnEvents(attendedByAll(CENTRAL_ASIA).atLevel(Level.HEAD_OF_STATE),
          "attendedByAll(CENTRAL_ASIA).atLevel(HEAD_OF_STATE)");
      printsOnEvents(attendedByAny(KZ, KG).atLevel(Level.MINISTER).withRoles(GUEST, OBSERVER),
          "attendedByAny(KG, KZ).withRoles(GUEST, OBSERVER).atLevel(MINISTER)");
      printsOnEvents(attendedByAll(KZ).withRoles(), "attendedByAll(KZ)");
    }

    @Test
    void chainedCallsParseInAnyOrder() {
      assertThat(Query.parse("events where attendedByAny(KZ).atLevel(MINISTER).withRoles(HOST)"))
          .isEqualTo(events().where(attendedByAny(KZ).withRoles(HOST).atLevel(Level.MINISTER)));
    }
  }

  @Nested
  class Time {
    @Test
    void relationsToADate() {
      printsOnEvents(during(2025), "during(2025)");
      printsOnEvents(during("2025-10"), "during(2025-10)");
      printsOnEvents(overlapping("2025-10-20"), "overlapping(2025-10-20)");
      printsOnEvents(on("2025-10-21~"), "on(2025-10-21~)");
      printsOnEvents(before("../2025-05-28"), "before(../2025-05-28)");
      printsOnEvents(after("2025-10-14/.."), "after(2025-10-14/..)");
      printsOnEvents(between("2024-07", "2025-06"), "between(2024-07, 2025-06)");
      printsOnEvents(during("[2024-11-23..2024-11-24]"), "during([2024-11-23..2024-11-24])");
      printsOnEvents(during("2018~"), "during(2018~)");
      printsOnEvents(during("2025-10~"), "during(2025-10~)");
      printsOnEvents(during(FuzzyDate.ofYear(1)), "during(0001)");
      printsOnEvents(during("../2025"), "during(../2025)");
      printsOnEvents(during("2025-10/.."), "during(2025-10/..)");
      printsOnEvents(during("[2024-11..2025]"), "during([2024-11..2025])");
    }

    @Test
    void allenRelationsToAnEvent() {
      printsOnEvents(concurrentWith(event("samarkand-2025")), "concurrentWith(event(\"samarkand-2025\"))");
      printsOnEvents(before(event("a")), "before(event(\"a\"))");
      printsOnEvents(after(event("a")), "after(event(\"a\"))");
      printsOnEvents(meets(event("a")), "meets(event(\"a\"))");
      printsOnEvents(metBy(event("a")), "metBy(event(\"a\"))");
      printsOnEvents(overlaps(event("a")), "overlaps(event(\"a\"))");
      printsOnEvents(overlappedBy(event("a")), "overlappedBy(event(\"a\"))");
      printsOnEvents(starts(event("a")), "starts(event(\"a\"))");
      printsOnEvents(startedBy(event("a")), "startedBy(event(\"a\"))");
      printsOnEvents(during(event("a")), "during(event(\"a\"))");
      printsOnEvents(contains(event("a")), "contains(event(\"a\"))");
      printsOnEvents(finishes(event("a")), "finishes(event(\"a\"))");
      printsOnEvents(finishedBy(event("a")), "finishedBy(event(\"a\"))");
      printsOnEvents(equalTo(event("a")), "equalTo(event(\"a\"))");
    }
  }

  @Nested
  class Structure {
    @Test
    void everyField() {
      printsOnEvents(forum("csto"), "forum(\"csto\")");
      printsOnEvents(hostedBy(UZ), "hostedBy(UZ)");
      printsOnEvents(heldIn(KZ), "heldIn(KZ)");
      printsOnEvents(inCity("Samarkand"), "inCity(\"Samarkand\")");
      printsOnEvents(series("birlik"), "series(\"birlik\")");
      printsOnEvents(tagged("border"), "tagged(\"border\")");
      printsOnEvents(citedBy("tass-2025-10-21"), "citedBy(\"tass-2025-10-21\")");
      printsOnEvents(level(Level.HEAD_OF_STATE), "level(HEAD_OF_STATE)");
      printsOnEvents(exerciseKind(ExerciseKind.PEACEKEEPING), "exerciseKind(PEACEKEEPING)");
      printsOnEvents(subject(AgreementSubject.BORDER_DELIMITATION), "subject(BORDER_DELIMITATION)");
      printsOnEvents(named("Birlik"), "named(\"Birlik\")");
    }

    @Test
    void stringsAreQuotedAndEscaped() {
      printsOnEvents(named("say \"hi\" \\ now"), "named(\"say \\\"hi\\\" \\\\ now\")");
      printsOnEvents(tagged("a\nb\tc\rd\u0001"), "tagged(\"a\\nb\\tc\\rd\\u0001\")");
      printsOnEvents(inCity("Самарқанд"), "inCity(\"Самарқанд\")");
      assertThat(Query.parse("events where tagged(\"\\u0041\\u00e9\")")).isEqualTo(events().where(tagged("Aé")));
    }
  }

  @Nested
  class PeopleForumsStates {
    @Test
    void holding() {
      prints(people().where(Dsl.holding(Office.DEFENCE_MINISTER, "2025-10-20")),
          "people where holding(DEFENCE_MINISTER, 2025-10-20)");
      prints(people().where(Dsl.holding(DEFENCE_MINISTER, "2025-10-20").appointedWithin(Period.ofYears(1))),
          "people where holding(DEFENCE_MINISTER, 2025-10-20).appointedWithin(P1Y)");
      prints(people().where(Dsl.holding(HEAD_OF_STATE, "2025-10-20").forState(UZ)),
          "people where holding(HEAD_OF_STATE, 2025-10-20).forState(UZ)");
      prints(people().where(Dsl.holding(HEAD_OF_STATE, "2025").appointedWithin(Period.of(1, 6, 3)).forState(UZ)),
          "people where holding(HEAD_OF_STATE, 2025).forState(UZ).appointedWithin(P1Y6M3D)");
      prints(people().where(Dsl.holding(DEFENCE_MINISTER, "2025-10-20").forStates(CENTRAL_ASIA)),
          "people where holding(DEFENCE_MINISTER, 2025-10-20).forStates(CENTRAL_ASIA)");
      prints(people().where(Dsl.holding(DEFENCE_MINISTER, "2025").appointedWithin(Period.ofMonths(6))
              .forStates(UZ, KZ).forState(TJ)),
          "people where holding(DEFENCE_MINISTER, 2025).forState(TJ).forStates(KZ, UZ).appointedWithin(P6M)");
      prints(people().where(attended(event("samarkand-2025"))),
          "people where attended(event(\"samarkand-2025\"))");
      prints(people().where(named("Kosanov")), "people where named(\"Kosanov\")");
    }

    @Test
    void membership() {
      prints(states().where(memberOf("csto", "2010")), "states where memberOf(\"csto\", 2010)");
      prints(states().where(memberOf("csto", FuzzyDate.parse("2013"), MembershipStatus.SUSPENDED)),
          "states where memberOf(\"csto\", 2013, SUSPENDED)");
      prints(forums().where(hasMember(UZ, "2010")), "forums where hasMember(UZ, 2010)");
      prints(forums().where(hasMember(AM, FuzzyDate.parse("2025"), MembershipStatus.FROZEN)),
          "forums where hasMember(AM, 2025, FROZEN)");
      assertThat(Query.parse("forums where hasMember(UZ, 2010, MEMBER)"))
          .isEqualTo(forums().where(hasMember(UZ, "2010")));
    }
  }

  @Nested
  class Logic {
    @Test
    void andOrNot() {
      prints(events().where(attendedByAll(CENTRAL_ASIA).and(attendedOnlyBy(CENTRAL_ASIA))),
          "events where attendedByAll(CENTRAL_ASIA) and attendedOnlyBy(CENTRAL_ASIA)");
      printsOnEvents(hostedBy(UZ).or(hostedBy(KZ)), "hostedBy(UZ) or hostedBy(KZ)");
      printsOnEvents(hostedBy(UZ).or(hostedBy(KZ)).and(during(2025)),
          "(hostedBy(UZ) or hostedBy(KZ)) and during(2025)");
      printsOnEvents(during(2025).and(hostedBy(UZ).or(hostedBy(KZ))),
          "during(2025) and (hostedBy(UZ) or hostedBy(KZ))");
      printsOnEvents(during(2025).or(hostedBy(UZ).and(hostedBy(KZ))),
          "during(2025) or hostedBy(UZ) and hostedBy(KZ)");
      printsOnEvents(not(hostedBy(UZ).or(hostedBy(KZ))), "not (hostedBy(UZ) or hostedBy(KZ))");
      printsOnEvents(not(hostedBy(UZ).and(hostedBy(KZ))), "not (hostedBy(UZ) and hostedBy(KZ))");
      printsOnEvents(not(hostedBy(UZ)).and(hostedBy(KZ)), "not hostedBy(UZ) and hostedBy(KZ)");
      printsOnEvents(hostedBy(UZ).not().not(), "hostedBy(UZ)");
    }

    @Test
    void nestedConjunctionsFlatten() {
      printsOnEvents(and(hostedBy(UZ), and(hostedBy(KZ), hostedBy(TJ))), "hostedBy(UZ) and hostedBy(KZ) and hostedBy(TJ)");
      printsOnEvents(or(or(hostedBy(UZ), hostedBy(KZ)), hostedBy(TJ)), "hostedBy(UZ) or hostedBy(KZ) or hostedBy(TJ)");
      assertThat(Query.parse("events where ((hostedBy(UZ)) and (hostedBy(KZ) and hostedBy(TJ)))"))
          .isEqualTo(events().where(hostedBy(UZ).and(hostedBy(KZ)).and(hostedBy(TJ))));
    }

    @Test
    void notAppliesToThePrimaryThatFollows() {
      assertThat(Query.parse("events where not hostedBy(UZ) or hostedBy(KZ)"))
          .isEqualTo(events().where(not(hostedBy(UZ)).or(hostedBy(KZ))));
      assertThat(Query.parse("events where not not not hostedBy(UZ)")).isEqualTo(events().where(not(hostedBy(UZ))));
      assertThat(Query.parse("events where not(hostedBy(UZ))")).isEqualTo(events().where(not(hostedBy(UZ))));
      assertThat(Query.parse("events where not (not (hostedBy(UZ) or hostedBy(KZ)))"))
          .isEqualTo(events().where(hostedBy(UZ).or(hostedBy(KZ))));
    }

    @Test
    void conditionsOnAnyNamedRowMixWithEventConditions() {
      prints(meetings().where(Dsl.<io.github.c5atlas.core.Meeting>and(named("C5"), level(Level.HEAD_OF_STATE))),
          "meetings where named(\"C5\") and level(HEAD_OF_STATE)");
    }

    @Test
    void whitespaceIsFree() {
      assertThat(Query.parse("  events\n\twhere\r\n hostedBy( UZ )and(during (2025))  limit ( 3 ) "))
          .isEqualTo(events().where(hostedBy(UZ).and(during(2025))).limit(3));
    }
  }

  @Nested
  class Modifiers {
    @Test
    void eachModifier() {
      prints(events().withStatus(EventStatus.HELD, EventStatus.POSTPONED), "events withStatus(HELD, POSTPONED)");
      prints(events().withStatus(EventStatus.CANCELLED, EventStatus.PLANNED), "events withStatus(PLANNED, CANCELLED)");
      prints(events().accordingTo("tass"), "events accordingTo(\"tass\")");
      prints(events().includingUncertain(), "events includingUncertain");
      prints(events().orderBy(START), "events orderBy(START)");
      prints(events().orderByDescending(END), "events orderByDescending(END)");
      prints(events().orderBy(OrderKey.ID), "events orderBy(ID)");
      prints(events().limit(5), "events limit(5)");
      prints(events().limit(0), "events limit(0)");
      prints(events().limit(Integer.MAX_VALUE), "events limit(2147483647)");
    }

    @Test
    void allModifiersInPrintedOrder() {
      prints(meetings().where(attendedByAll(CENTRAL_ASIA)).limit(5).orderByDescending(END).includingUncertain()
              .accordingTo("gazeta-uz").withStatus(EventStatus.POSTPONED, EventStatus.HELD),
          "meetings where attendedByAll(CENTRAL_ASIA) withStatus(HELD, POSTPONED) accordingTo(\"gazeta-uz\")"
              + " includingUncertain orderByDescending(END) limit(5)");
    }

    @Test
    void modifiersParseInAnyOrder() {
      assertThat(Query.parse("events limit(5) includingUncertain() orderBy(NAME) withStatus(HELD)"))
          .isEqualTo(events().limit(5).includingUncertain().orderBy(NAME));
    }
  }
}
