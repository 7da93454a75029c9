package io.github.c5atlas.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The parser's errors: where, what was expected, what was found, and the nearest valid name. */
class QueryParserTest {
  private static QuerySyntaxException error(String text) {
    QuerySyntaxException e = catchThrowableOfType(QuerySyntaxException.class, () -> Query.parse(text));
    assertThat(e).as("parsing %s", text).isNotNull();
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.position()).isBetween(0, text.length());
    return e;
  }

  @Nested
  class Suggestions {
    @Test
    void misspeltCondition() {
      QuerySyntaxException e = error("events where atendedByAll(CENTRAL_ASIA)");
      assertThat(e.position()).isEqualTo(13);
      assertThat(e.expected()).isEqualTo("a condition");
      assertThat(e.found()).isEqualTo("'atendedByAll'");
      assertThat(e.suggestion()).contains("attendedByAll");
      assertThat(e.getMessage()).isEqualTo("at 13: expected a condition, found 'atendedByAll'; did you mean"
          + " 'attendedByAll'?\n  events where atendedByAll(CENTRAL_ASIA)\n               ^");
    }

    @Test
    void misspeltSource() {
      QuerySyntaxException e = error("evnts");
      assertThat(e.position()).isZero();
      assertThat(e.suggestion()).contains("events");
      assertThat(error("Events where during(2025)").suggestion()).contains("events");
      assertThat(error("peeple").suggestion()).contains("people");
    }

    @Test
    void misspeltGroup() {
      QuerySyntaxException e = error("events where attendedByAll(CENTRAL_ASAI)");
      assertThat(e.position()).isEqualTo(27);
      assertThat(e.suggestion()).contains("CENTRAL_ASIA");
      assertThat(error("events where attendedByAll(central_asia)").suggestion()).contains("CENTRAL_ASIA");
    }

    @Test
    void otherGroupsAreResolvedWhenTheQueryRuns() {
      assertThat(Query.parse("events where attendedByAll(SCO_MEMBERS)").toString())
          .isEqualTo("events where attendedByAll(SCO_MEMBERS)");
      assertThat(Query.parse("events where attendedByAll(CENTRAL_ASIA_EX)").toString())
          .isEqualTo("events where attendedByAll(CENTRAL_ASIA_EX)");
    }

    @Test
    void misspeltConstantsByExpectedType() {
      assertThat(error("events where attendedByAll(KZ).withRoles(HOTS)").suggestion()).contains("HOST");
      assertThat(error("events where level(MINISTR)").suggestion()).contains("MINISTER");
      assertThat(error("people where holding(DEFENSE_MINISTER, 2025)").suggestion()).contains("DEFENCE_MINISTER");
      assertThat(error("events withStatus(POSTPONNED)").suggestion()).contains("POSTPONED");
      assertThat(error("events orderBy(STRAT)").suggestion()).contains("START");
      assertThat(error("states where memberOf(\"csto\", 2010, SUSPENDID)").suggestion()).contains("SUSPENDED");
      assertThat(error("events where exerciseKind(PEACEKEPING)").suggestion()).contains("PEACEKEEPING");
      assertThat(error("events where hostedBy(uz)").suggestion()).contains("UZ");
    }

    @Test
    void misspeltKeywordsAndModifiers() {
      assertThat(error("events wher during(2025)").suggestion()).contains("where");
      QuerySyntaxException and = error("events where during(2025) an hostedBy(UZ)");
      assertThat(and.position()).isEqualTo(26);
      assertThat(and.suggestion()).contains("and");
      assertThat(error("events where during(2025) limt(5)").suggestion()).contains("limit");
      assertThat(error("events includingUncertian").suggestion()).contains("includingUncertain");
      assertThat(error("events where attendedByAll(KZ).withRole(HOST)").suggestion()).contains("withRoles");
      assertThat(error("people where holding(HEAD_OF_STATE, 2025).forStat(UZ)").suggestion())
          .contains("forState");
      assertThat(error("events where during(evnt(\"x\"))").suggestion()).contains("event");
      assertThat(error("people where holding(HEAD_OF_STATE, 2025).forStates(CENTRAL_ASAI)").suggestion())
          .contains("CENTRAL_ASIA");
    }

    @Test
    void candidatesAreWhatIsValidThere() {
      assertThat(error("people where holdng(HEAD_OF_STATE, 2025)").suggestion()).contains("holding");
      assertThat(error("events where xyzzy(1)").suggestion()).isEmpty();
      assertThat(error("events limit(5) limit(6)").expected()).contains("at most once");
    }
  }

  @Nested
  class Literals {
    @Test
    void badDateAtTheLiteral() {
      QuerySyntaxException e = error("events where during(2025-13)");
      assertThat(e.position()).isEqualTo(25);
      assertThat(e.expected()).contains("month");
      assertThat(e.found()).isEqualTo("'2025-13'");
      assertThat(error("events where during(2025-02-29)").position()).isEqualTo(28);
      assertThat(error("events where during([2025..2024])").position()).isBetween(20, 31);
      assertThat(error("events where during(..)").position()).isBetween(20, 22);
      assertThat(error("events where during(\"2025\")").expected()).startsWith("a date");
    }

    @Test
    void badPeriod() {
      assertThat(error("people where holding(HEAD_OF_STATE, 2025).appointedWithin(P0D)").position()).isEqualTo(58);
      assertThat(error("people where holding(HEAD_OF_STATE, 2025).appointedWithin(PXY)").expected())
          .contains("period");
      assertThat(error("people where holding(HEAD_OF_STATE, 2025).appointedWithin(P99999999999Y)").position())
          .isEqualTo(58);
    }

    @Test
    void badStateCode() {
      QuerySyntaxException e = error("events where hostedBy(UZB)");
      assertThat(e.position()).isEqualTo(22);
      assertThat(e.expected()).contains("two uppercase letters");
      assertThat(error("events where attendedByAll(KZ, CENTRAL_ASIA)").position()).isEqualTo(31);
      assertThat(error("forums where hasMember(1, 2025)").position()).isEqualTo(23);
    }

    @Test
    void badLimit() {
      assertThat(error("events limit(-1)").position()).isEqualTo(13);
      assertThat(error("events limit(2147483648)").expected()).contains("2147483647");
      assertThat(error("events limit(99999999999999999999999999999)").position()).isEqualTo(13);
      assertThat(error("events limit(5~)").position()).isEqualTo(13);
    }

    @Test
    void badStrings() {
      assertThat(error("events where tagged(\"abc").position()).isEqualTo(20);
      assertThat(error("events where tagged(\"a\\qb\")").position()).isEqualTo(22);
      assertThat(error("events where tagged(\"\\u12G4\")").position()).isEqualTo(21);
      assertThat(error("events where tagged(\"\\u12").position()).isEqualTo(21);
      assertThat(error("events where named(\"  \")").expected()).contains("letters or digits");
    }

    @Test
    void badCharacter() {
      QuerySyntaxException e = error("events where during(2025) & hostedBy(UZ)");
      assertThat(e.position()).isEqualTo(26);
      assertThat(e.found()).isEqualTo("'&'");
      assertThat(error("events\u00a0where").found()).isEqualTo("the character U+00A0");
      assertThat(error("events where tagged(\u00e9)").found()).isEqualTo("'\u00e9' (U+00E9)");
    }
  }

  @Nested
  class Structure {
    @Test
    void conditionOnOtherRows() {
      QuerySyntaxException e = error("people where attendedByAll(KZ)");
      assertThat(e.position()).isEqualTo(13);
      assertThat(e.expected()).isEqualTo("a condition on people");
      assertThat(e.found()).isEqualTo("'attendedByAll', a condition on events");
      assertThat(error("events where holding(DEFENCE_MINISTER, 2025-10-20)").found())
          .isEqualTo("'holding', a condition on people");
      assertThat(error("states where during(2025) or memberOf(\"csto\", 2010)").position()).isEqualTo(13);
      assertThat(error("forums where memberOf(\"csto\", 2010)").found()).contains("states");
      assertThat(Query.parse("states where named(\"Uz\")").toString()).isEqualTo("states where named(\"Uz\")");
    }

    @Test
    void typedParse() {
      assertThat(Query.parse("people", Source.PEOPLE)).isEqualTo(Dsl.people());
      assertThat(Query.parse("meetings", Source.EVENTS)).isEqualTo(Dsl.meetings());
      assertThatThrownBy(() -> Query.parse("events", Source.PEOPLE)).isInstanceOf(QuerySyntaxException.class);
    }

    @Test
    void missingAndExtraTokens() {
      assertThat(error("").expected()).startsWith("a source");
      assertThat(error("").found()).isEqualTo("end of text");
      assertThat(error("events where").position()).isEqualTo(12);
      assertThat(error("events where (during(2025)").expected()).isEqualTo("'and', 'or' or ')'");
      assertThat(error("events where during(2025))").position()).isEqualTo(25);
      assertThat(error("events where attendedByAll(KZ, UZ").expected()).isEqualTo("',' or ')'");
      assertThat(error("events where not").position()).isEqualTo(16);
      assertThat(error("events where during(2025) and").position()).isEqualTo(29);
      assertThat(error("events where during(2025).atLevel(MINISTER)").position()).isEqualTo(25);
      assertThat(error("events where attendedByAll(KZ).atLevel(MINISTER).atLevel(EXPERT)").position())
          .isEqualTo(49);
      assertThat(error("events where between(2024)").expected()).isEqualTo("','");
      assertThat(error("events where during(2025) where during(2024)").position()).isEqualTo(26);
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
      String deep = "events where " + "(".repeat(100_000) + "during(2025)" + ")".repeat(100_000);
      QuerySyntaxException e = error(deep);
      assertThat(e.position()).isEqualTo(13 + QueryParser.MAX_DEPTH);
      assertThat(e.expected()).contains("nested at most 200 deep");
      String allowed = "events where " + "(".repeat(QueryParser.MAX_DEPTH) + "during(2025)"
          + ")".repeat(QueryParser.MAX_DEPTH);
      assertThat(Query.parse(allowed)).isEqualTo(Dsl.events().where(Dsl.during(2025)));
    }

    @Test
    void longChainsAreFine() {
      String nots = "events where " + "not ".repeat(100_001) + "during(2025)";
      assertThat(Query.parse(nots)).isEqualTo(Dsl.events().where(Dsl.not(Dsl.during(2025))));
      String ands = "events where during(2025)" + " and hostedBy(UZ)".repeat(20_000);
      assertThat(Query.parse(ands).condition()).isInstanceOf(And.class);
    }

    @Test
    void positionsAreNeverPastTheEnd() {
      for (String text : new String[] {"events where \"", "events where tagged(\"\\", "e", " ", "events limit(",
          "events where during(2025", "events where (((((", "events where not not"}) {
        assertThat(error(text).position()).isBetween(0, text.length());
      }
    }

    @Test
    void theExceptionIsAnIllegalArgumentException() {
      assertThatThrownBy(() -> Query.parse("evnts")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("did you mean 'events'?");
      assertThat(error("events where during(2025) & x").suggestion()).isEqualTo(Optional.empty());
    }
  }
}
