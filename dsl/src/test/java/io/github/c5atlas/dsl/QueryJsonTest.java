package io.github.c5atlas.dsl;

import static io.github.c5atlas.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.c5atlas.core.EventStatus;
import io.github.c5atlas.core.Level;
import io.github.c5atlas.core.MembershipStatus;
import io.github.c5atlas.core.time.FuzzyDate;
import java.time.Period;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Queries as JSON: the documented form, the round trip, and located errors for bad JSON. */
class QueryJsonTest {
  private static void writes(Query<?> query, String json) {
    assertThat(query.toJson()).isEqualTo(json);
    assertThat(Query.fromJson(json)).isEqualTo(query);
  }

  @Nested
  class Form {
    @Test
    void sourceAndModifiers() {
      writes(events(), "{\"source\":\"events\"}");
      writes(people().withStatus(EventStatus.HELD, EventStatus.POSTPONED).accordingTo("tass").includingUncertain()
              .orderByDescending(END).limit(5),
          "{\"source\":\"people\",\"withStatus\":[\"HELD\",\"POSTPONED\"],\"accordingTo\":\"tass\","
              + "\"includingUncertain\":true,\"orderByDescending\":\"END\",\"limit\":5}");
      writes(states().orderBy(NAME), "{\"source\":\"states\",\"orderBy\":\"NAME\"}");
    }

    @Test
    void conditions() {
      writes(events().where(attendedByAll(CENTRAL_ASIA).withRoles(HOST, PARTICIPANT)
              .and(attendedOnlyBy(KZ, UZ).atLevel(Level.MINISTER)).and(not(during("2025-10").or(before(event("x")))))),
          "{\"source\":\"events\",\"where\":{\"and\":[{\"attendedByAll\":{\"group\":\"CENTRAL_ASIA\","
              + "\"withRoles\":[\"HOST\",\"PARTICIPANT\"]}},{\"attendedOnlyBy\":{\"states\":[\"KZ\",\"UZ\"],"
              + "\"atLevel\":\"MINISTER\"}},{\"not\":{\"or\":[{\"during\":{\"date\":\"2025-10\"}},"
              + "{\"before\":{\"event\":\"x\"}}]}}]}}");
      writes(events().where(between("2024-07", "2025-06")),
          "{\"source\":\"events\",\"where\":{\"between\":{\"from\":\"2024-07\",\"to\":\"2025-06\"}}}");
      writes(events().where(concurrentWith(event("samarkand-2025"))),
          "{\"source\":\"events\",\"where\":{\"concurrentWith\":{\"event\":\"samarkand-2025\"}}}");
      writes(events().where(forum("csto").and(hostedBy(UZ)).and(named("a \"b\""))),
          "{\"source\":\"events\",\"where\":{\"and\":[{\"forum\":{\"forumId\":\"csto\"}},"
              + "{\"hostedBy\":{\"state\":\"UZ\"}},{\"named\":{\"text\":\"a \\\"b\\\"\"}}]}}");
      writes(people().where(holding(DEFENCE_MINISTER, "2025-10-20").forState(KZ).appointedWithin(Period.ofYears(1))),
          "{\"source\":\"people\",\"where\":{\"holding\":{\"office\":\"DEFENCE_MINISTER\",\"date\":\"2025-10-20\","
              + "\"forState\":\"KZ\",\"appointedWithin\":\"P1Y\"}}}");
      writes(people().where(holding(HEAD_OF_STATE, "2025").forStates(CENTRAL_ASIA)),
          "{\"source\":\"people\",\"where\":{\"holding\":{\"office\":\"HEAD_OF_STATE\",\"date\":\"2025\","
              + "\"forStates\":{\"group\":\"CENTRAL_ASIA\"}}}}");
      writes(states().where(memberOf("csto", FuzzyDate.parse("2013"), MembershipStatus.SUSPENDED)),
          "{\"source\":\"states\",\"where\":{\"memberOf\":{\"forumId\":\"csto\",\"date\":\"2013\","
              + "\"status\":\"SUSPENDED\"}}}");
      writes(forums().where(hasMember(UZ, "2010")),
          "{\"source\":\"forums\",\"where\":{\"hasMember\":{\"state\":\"UZ\",\"date\":\"2010\"}}}");
      writes(events().where(Dsl.<io.github.c5atlas.core.Event>always().or(hostedBy(UZ))),
          "{\"source\":\"events\",\"where\":{\"or\":[{\"always\":{}},{\"hostedBy\":{\"state\":\"UZ\"}}]}}");
    }
  }

  @Test
  void generatedQueriesRoundTrip() {
    long first = Long.getLong("c5atlas.seed", 1_000L);
    for (long seed = first; seed < first + 3_000; seed++) {
      Query<?> query = QueryGenerator.random(new Random(seed));
      String json = query.toJson();
      Query<?> read;
      try {
        read = Query.fromJson(json);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + json, e);
      }
      assertThat(read).as("seed %d: %s", seed, json).isEqualTo(query);
      assertThat(read.toJson()).isEqualTo(json);
    }
  }

  @Test
  void mutatedJsonIsReadOrRejectedWithAnIllegalArgumentException() {
    Random random = new Random(Long.getLong("c5atlas.seed", 2_000L));
    String alphabet = "{}[]:,\"0123456789-.truefalsn \\/~PYabcKZ";
    int read = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder json = new StringBuilder(QueryGenerator.random(random).toJson());
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(json.length());
        switch (random.nextInt(3)) {
          case 0:
            json.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            break;
          case 1:
            json.deleteCharAt(at);
            break;
          default:
            json.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String text = json.toString();
      try {
        Query<?> query = Query.fromJson(text);
        assertThat(Query.fromJson(query.toJson())).isEqualTo(query);
        read++;
      } catch (IllegalArgumentException e) {
        if (e instanceof QuerySyntaxException) {
          assertThat(((QuerySyntaxException) e).position()).isBetween(0, text.length());
        }
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("case " + i + ": " + text, e);
      }
    }
    assertThat(read).isPositive();
  }

  @Nested
  class Errors {
    private String problem(String json) {
      Throwable thrown = catchThrowable(() -> Query.fromJson(json));
      assertThat(thrown).as(json).isExactlyInstanceOf(IllegalArgumentException.class);
      return thrown.getMessage();
    }

    @Test
    void notJsonIsASyntaxErrorAtItsOffset() {
      Throwable thrown = catchThrowable(() -> Query.fromJson("{\"source\": events}"));
      assertThat(thrown).isInstanceOf(QuerySyntaxException.class);
      assertThat(((QuerySyntaxException) thrown).position()).isBetween(11, 17);
      assertThatThrownBy(() -> Query.fromJson("{\"source\":\"events\"} x")).isInstanceOf(QuerySyntaxException.class);
      assertThatThrownBy(() -> Query.fromJson("{\"source\":\"events\",\"source\":\"people\"}"))
          .isInstanceOf(QuerySyntaxException.class);
      assertThatThrownBy(() -> Query.fromJson("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badValuesNameTheirPointer() {
      assertThat(problem("[]")).startsWith("JSON query at the root: expected an object");
      assertThat(problem("{}")).contains("at /source: expected the property \"source\"");
      assertThat(problem("{\"source\":\"evnts\"}")).contains("/source");
      assertThat(problem("{\"source\":\"events\",\"limt\":5}")).contains("/limt").contains("did you mean 'limit'");
      assertThat(problem("{\"source\":\"events\",\"limit\":-1}")).contains("/limit");
      assertThat(problem("{\"source\":\"events\",\"limit\":1e99}")).contains("/limit");
      assertThat(problem("{\"source\":\"events\",\"where\":{\"and\":[{\"during\":{\"date\":\"2025-13\"}}]}}"))
          .contains("at /where/and/0/during/date: expected a date");
      assertThat(problem("{\"source\":\"events\",\"where\":{\"atendedByAll\":{\"group\":\"CENTRAL_ASIA\"}}}"))
          .contains("at /where: expected a condition").contains("did you mean 'attendedByAll'");
      assertThat(problem("{\"source\":\"events\",\"where\":{\"attendedByAll\":{\"group\":\"CENTRAL_ASAI\"}}}"))
          .contains("/where/attendedByAll/group").contains("did you mean 'CENTRAL_ASIA'");
      assertThat(problem("{\"source\":\"events\",\"where\":{\"attendedByAll\":{\"states\":[\"UZB\"]}}}"))
          .contains("/where/attendedByAll/states/0");
      assertThat(problem("{\"source\":\"events\",\"where\":{\"level\":{\"level\":\"MINISTR\"}}}"))
          .contains("/where/level/level").contains("did you mean 'MINISTER'");
      assertThat(problem("{\"source\":\"people\",\"where\":{\"attendedByAll\":{\"group\":\"CENTRAL_ASIA\"}}}"))
          .contains("at /where/attendedByAll: expected a condition on people");
      assertThat(problem("{\"source\":\"people\",\"where\":{\"holding\":{\"office\":\"HEAD_OF_STATE\","
          + "\"date\":\"2025\",\"appointedWithin\":\"P0D\"}}}")).contains("/where/holding/appointedWithin");
      assertThat(problem("{\"source\":\"events\",\"where\":{\"during\":{\"date\":\"2025\",\"event\":\"x\"}}}"))
          .contains("/where/during");
      assertThat(problem("{\"source\":\"events\",\"where\":{\"on\":{\"event\":\"x\"}}}")).contains("/where/on/event");
      assertThat(problem("{\"source\":\"events\",\"where\":{\"or\":[]}}")).contains("/where/or");
      assertThat(problem("{\"source\":\"events\",\"where\":{\"not\":{}}}")).contains("/where/not");
      assertThat(problem("{\"source\":\"events\",\"where\":{\"named\":{\"text\":\" \"}}}")).contains("/where/named/text");
      assertThat(problem("{\"source\":\"events\",\"where\":{\"tagged\":{\"tag\":5}}}")).contains("/where/tagged/tag");
      assertThat(problem("{\"source\":\"events\",\"where\":{\"a/b\":{}}}")).contains("/where");
    }

    @Test
    void deepNestingIsAnError() {
      String deep = "{\"source\":\"events\",\"where\":" + "{\"not\":".repeat(300) + "{\"always\":{}}" + "}".repeat(300)
          + "}";
      Throwable thrown = catchThrowable(() -> Query.fromJson(deep));
      assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
