package io.github.c5atlas.dsl;

import static io.github.c5atlas.dsl.Dsl.CENTRAL_ASIA;
import static io.github.c5atlas.dsl.Dsl.attendedByAll;
import static io.github.c5atlas.dsl.Dsl.attendedOnlyBy;
import static io.github.c5atlas.dsl.Dsl.between;
import static io.github.c5atlas.dsl.Dsl.concurrentWith;
import static io.github.c5atlas.dsl.Dsl.event;
import static io.github.c5atlas.dsl.Dsl.events;
import static io.github.c5atlas.dsl.Dsl.people;
import static io.github.c5atlas.dsl.Dsl.tagged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Role;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExecutionTest {

  /** The indexed engine answers exactly as the reference scan: the same rows, truths and order. */
  @Nested
  class AgreesWithTheScan {
    private static final int ATLASES = 120;
    private static final int QUERIES_PER_ATLAS = 12;

    @Test
    void onRandomAtlasesAndQueries() {
      int cases = 0;
      int withRows = 0;
      for (long seed = 0; seed < ATLASES; seed++) {
        Atlas atlas = AtlasGenerator.small(seed);
        Random random = new Random(seed * 31 + 7);
        RandomEventQueries queries = new RandomEventQueries(atlas, random);
        for (int q = 0; q < QUERIES_PER_ATLAS; q++) {
          Query<? extends Event> query = queries.query();
          Result<? extends Event> expected = query.runByScan(atlas);
          Result<? extends Event> actual;
          try {
            actual = query.run(atlas);
          } catch (RuntimeException e) {
            throw new AssertionError("atlas seed " + seed + ", query " + query + ": the engine failed", e);
          }
          if (!actual.rows().equals(expected.rows())) {
            fail("atlas seed %d, query %s%nexpected %s%nbut the engine found %s%n%s", seed, query, expected.rows(),
                actual.rows(), query.explain(atlas));
          }
          cases++;
          withRows += expected.isEmpty() ? 0 : 1;
        }
      }
      System.out.printf("engine = scan on %d (atlas, query) cases, %d with rows%n", cases, withRows);
      assertThat(cases).isGreaterThanOrEqualTo(1000);
      assertThat(withRows).isGreaterThan(cases / 4);
    }

    @Test
    void onTheBundledAtlas() {
      Atlas atlas = Atlas.bundled();
      RandomEventQueries queries = new RandomEventQueries(atlas, new Random(11));
      for (int q = 0; q < 300; q++) {
        Query<? extends Event> query = queries.query();
        assertThat(query.run(atlas).rows()).as("%s", query).isEqualTo(query.runByScan(atlas).rows());
      }
    }

    @Test
    void onTheGeneratedQueriesOfEveryKindOnTheBundledAtlas() {
      Atlas atlas = Atlas.bundled();
      int cases = 0;
      for (long seed = 0; seed < 500; seed++) {
        Query<?> query = QueryGenerator.forAtlas(new Random(seed)).query();
        Object expected;
        Object actual;
        try {
          expected = query.runByScan(atlas).rows();
        } catch (RuntimeException e) {
          expected = e.getClass();
        }
        try {
          actual = query.run(atlas).rows();
        } catch (RuntimeException e) {
          actual = e.getClass();
        }
        assertThat(actual).as("seed %d: %s", seed, query).isEqualTo(expected);
        cases++;
      }
      assertThat(cases).isEqualTo(500);
    }

    @Test
    void onTheQueriesOfTheDesign() {
      Atlas atlas = Atlas.bundled();
      Query<Event> c5only = events().where(attendedByAll(CENTRAL_ASIA).and(attendedOnlyBy(CENTRAL_ASIA)));
      assertThat(c5only.run(atlas).rows()).isEqualTo(c5only.runByScan(atlas).rows()).isNotEmpty();
      Query<Event> withGuests = events().where(attendedByAll(CENTRAL_ASIA)
          .and(attendedOnlyBy(CENTRAL_ASIA).withRoles(Role.HOST, Role.PARTICIPANT)));
      assertThat(withGuests.run(atlas).rows()).isEqualTo(withGuests.runByScan(atlas).rows());
    }

    @Test
    void onRowsOtherThanEvents() {
      Atlas atlas = Atlas.bundled();
      Query<?> query = people().where(Dsl.holding(Dsl.DEFENCE_MINISTER, "2025-10-20"));
      assertThat(query.run(atlas).rows()).isEqualTo(query.runByScan(atlas).rows()).isNotEmpty();
    }

    @Test
    void failingAsTheScanDoesOnAPeriodThatEndsBeforeItBegins() {
      Atlas atlas = AtlasGenerator.small(3);
      Query<Event> query = events().where(between("2024", "2020"));
      assertThatThrownBy(() -> query.runByScan(atlas)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> query.run(atlas)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namingAGroupTheAtlasLacks() {
      Atlas atlas = AtlasGenerator.small(3);
      Query<Event> query = events().where(new Attendance(Attendance.Quantifier.ANY, Parties.group("NOWHERE"),
          com.google.common.collect.ImmutableSortedSet.of(), java.util.Optional.empty()));
      assertThatThrownBy(() -> query.runByScan(atlas)).hasMessageContaining("NOWHERE");
      assertThatThrownBy(() -> query.run(atlas)).hasMessageContaining("NOWHERE");
    }

    @Test
    void namingAnEventTheAtlasLacks() {
      Atlas atlas = AtlasGenerator.small(3);
      Query<Event> query = events().where(concurrentWith(event("nowhere")));
      assertThatThrownBy(() -> query.runByScan(atlas)).isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("the atlas has no event 'nowhere'");
      assertThatThrownBy(() -> query.run(atlas)).isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("the atlas has no event 'nowhere'");
    }

    @Test
    void answeringAsTheScanDoesWhereTheTestNeverReachesWhatTheAtlasLacks() {
      Atlas atlas = AtlasGenerator.small(3);
      Query<Event> query = events().where(Dsl.<Event>always().or(concurrentWith(event("nowhere")))).limit(2);
      assertThat(query.run(atlas).rows()).isEqualTo(query.runByScan(atlas).rows()).hasSize(2);
    }
  }

  /** The plan, with its estimated and actual counts. */
  @Nested
  class Explain {
    private final Atlas atlas = Atlas.bundled();
    private final Query<Event> c5only =
        events().where(attendedByAll(CENTRAL_ASIA).and(attendedOnlyBy(CENTRAL_ASIA)));

    @Test
    void showsEachStepWithItsIndexEstimateCandidatesAndRows() {
      String plan = c5only.explain(atlas);
      int rows = c5only.run(atlas).count();
      assertThat(plan).startsWith("plan for " + c5only + "\n  index status[HELD] -> ");
      Matcher and = Pattern.compile("\n  and: intersect, cheapest first, exact: estimated (\\d+) -> (\\d+)"
          + " candidates -> (\\d+) rows \\((\\d+) tested\\)\n").matcher(plan);
      assertThat(and.find()).as(plan).isTrue();
      assertThat(Integer.parseInt(and.group(2))).isEqualTo(rows);
      assertThat(Integer.parseInt(and.group(3))).isEqualTo(rows);
      assertThat(Integer.parseInt(and.group(4))).as("an exact plan tests nothing").isZero();
      Matcher all = Pattern.compile("\n    attendedByAll\\(CENTRAL_ASIA\\): index party\\[KG, KZ, TJ, TM, UZ\\] and,"
          + " exact: estimated (\\d+) -> (\\d+) candidates -> (\\d+) rows\n").matcher(plan);
      assertThat(all.find()).as(plan).isTrue();
      assertThat(Integer.parseInt(all.group(1))).isGreaterThanOrEqualTo(Integer.parseInt(all.group(2)));
      Matcher only = Pattern.compile("\n    attendedOnlyBy\\(CENTRAL_ASIA\\): index not party\\[outside 5\\],"
          + " exact: estimated (\\d+) -> (\\d+) candidates -> (\\d+) rows\n").matcher(plan);
      assertThat(only.find()).as(plan).isTrue();
      assertThat(Integer.parseInt(only.group(2))).isEqualTo(rows);
    }

    @Test
    void aRunKeepsItsPlanWithTheRowsFound() {
      Result<Event> result = c5only.run(atlas);
      assertThat(result.explain()).contains("candidates -> " + result.count() + " rows (0 tested)");
    }

    @Test
    void showsWhatIsTestedAndOrderAndLimit() {
      Query<Event> query = events().where(tagged("no-such-tag").not().and(Dsl.named("Birlik")))
          .orderBy(Dsl.START).limit(1);
      String plan = query.explain(atlas);
      assertThat(plan).contains("named(\"Birlik\"): no index, test each: estimated ")
          .contains("not: complement, exact: estimated ")
          .contains("\n  order by START, limit 1 -> 1 rows\n");
    }

    @Test
    void ofOtherRowsIsAScan() {
      assertThat(people().explain(atlas)).startsWith("plan for people\n  scan people (");
    }
  }
}
