package io.github.c5atlas.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.time.Truth;
import io.github.c5atlas.dsl.engine.EventIndex;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * The soundness of every step of every plan, checked event by event against the condition's own test: an event
 * left out of the possible ones is FALSE, a certain one is TRUE, both within the events the step looked among; and
 * an exact step is tight, its possible events exactly the TRUE and UNKNOWN ones, its certain ones the TRUE ones.
 */
class PlannerTest {

  @Test
  void everyStepIsSoundAndExactStepsAreTight() {
    int steps = 0;
    int exact = 0;
    for (long seed = 1000; seed < 1060; seed++) {
      Atlas atlas = AtlasGenerator.small(seed);
      EventIndex index = EventIndex.of(atlas);
      RandomEventQueries queries = new RandomEventQueries(atlas, new Random(seed));
      Random random = new Random(seed);
      for (int q = 0; q < 10; q++) {
        for (Plan step : Planner.steps(Planner.plan(queries.condition(3), atlas, index))) {
          RoaringBitmap within = random.nextBoolean() ? index.all() : sample(random, index.size());
          // a step is planned afresh, and run alone on all events or on a sample of them
          Plan plan = Planner.plan(step.condition(), atlas, index);
          Plan.Bounds bounds = plan.run(within);
          check(seed, plan, bounds, within, atlas, index);
          steps++;
          exact += plan.isExact() ? 1 : 0;
        }
      }
    }
    System.out.printf("%d plan steps sound, %d of them exact%n", steps, exact);
    assertThat(exact).isGreaterThan(steps / 3);
  }

  private static RoaringBitmap sample(Random random, int size) {
    RoaringBitmap sample = new RoaringBitmap();
    for (int i = 0; i < size; i++) {
      if (random.nextInt(3) == 0) {
        sample.add(i);
      }
    }
    return sample;
  }

  @SuppressWarnings("unchecked")
  private static void check(long seed, Plan plan, Plan.Bounds bounds, RoaringBitmap within, Atlas atlas,
      EventIndex index) {
    Condition<Event> condition = (Condition<Event>) plan.condition();
    String where = "atlas seed " + seed + ", " + condition + ", event ";
    assertThat(within.contains(bounds.possible)).as(where + "possible within").isTrue();
    assertThat(bounds.possible.contains(bounds.certain)).as(where + "certain among possible").isTrue();
    for (int i = 0; i < index.size(); i++) {
      if (!within.contains(i)) {
        continue;
      }
      Truth truth = condition.test(index.event(i), atlas);
      String at = where + index.event(i).id() + " (" + truth + ")";
      if (!bounds.possible.contains(i)) {
        assertThat(truth).as(at + " left out").isEqualTo(Truth.FALSE);
      }
      if (bounds.certain.contains(i)) {
        assertThat(truth).as(at + " certain").isEqualTo(Truth.TRUE);
      }
      if (plan.isExact()) {
        assertThat(bounds.possible.contains(i)).as(at + " possible").isEqualTo(truth != Truth.FALSE);
        assertThat(bounds.certain.contains(i)).as(at + " certain").isEqualTo(truth == Truth.TRUE);
      }
    }
  }
}
