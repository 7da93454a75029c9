package io.github.c5atlas.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: every generated query prints as text that parses back to an equal query printing the same text. The
 * seeds are {@code SEED} to {@code SEED + CASES - 1}; a failure names its seed, and
 * {@code -Dc5atlas.seed=N} starts elsewhere.
 */
class QueryRoundTripTest {
  static final int CASES = 10_000;
  static final long SEED = Long.getLong("c5atlas.seed", 20251020L);

  @Test
  void printedQueriesParseBackEqual() {
    int conditions = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + i;
      Query<?> query = QueryGenerator.random(new Random(seed));
      String text = query.toString();
      Query<?> parsed;
      try {
        parsed = Query.parse(text);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + text, e);
      }
      if (!parsed.equals(query) || !parsed.toString().equals(text) || parsed.hashCode() != query.hashCode()) {
        fail("seed %d: %s%n parsed back as %s", seed, text, parsed);
      }
      if (!(query.condition() instanceof Always)) {
        conditions++;
      }
    }
    assertThat(conditions).isGreaterThan(CASES / 2);
  }

  @Test
  void typedConditionsOfEverySourceRoundTrip() {
    for (int i = 0; i < 2_000; i++) {
      long seed = SEED - i;
      Random random = new Random(seed);
      for (Query<?> query : new Query<?>[] {
          Dsl.events().where(QueryGenerator.eventCondition(random, 5)),
          Dsl.people().where(QueryGenerator.personCondition(random, 3)),
          Dsl.states().where(QueryGenerator.stateCondition(random, 3)),
          Dsl.forums().where(QueryGenerator.forumCondition(random, 3))}) {
        assertThat(Query.parse(query.toString())).as("seed %d", seed).isEqualTo(query);
      }
    }
  }
}
