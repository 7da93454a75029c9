package io.github.c5atlas.dsl;

import static io.github.c5atlas.dsl.Dsl.CENTRAL_ASIA;
import static io.github.c5atlas.dsl.Dsl.CN;
import static io.github.c5atlas.dsl.Dsl.RU;
import static io.github.c5atlas.dsl.Dsl.attendedByAll;
import static io.github.c5atlas.dsl.Dsl.attendedByAny;
import static io.github.c5atlas.dsl.Dsl.attendedOnlyBy;
import static io.github.c5atlas.dsl.Dsl.during;
import static io.github.c5atlas.dsl.Dsl.events;
import static io.github.c5atlas.dsl.Dsl.overlapping;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.EventStatus;
import io.github.c5atlas.core.StateGroup;
import io.github.c5atlas.core.time.Truth;
import io.github.c5atlas.dsl.engine.EventIndex;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A rough measurement of the engine at scale (not a benchmark: the JMH ones live in their own module): index build
 * time and size, and three queries against a plain stream scan, on a synthetic atlas of a million events. Off by
 * default; run it with
 * {@code mvn -pl dsl test -Dtest=EngineScaleTest -Dc5atlas.scale=1000000 -DargLine=-Xmx12g}, or as a program
 * with the number of events as its argument.
 */
@EnabledIfSystemProperty(named = "c5atlas.scale", matches = "\\d+")
class EngineScaleTest {
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) {
    System.setProperty("c5atlas.scale", args.length > 0 ? args[0] : "1000000");
    new EngineScaleTest().measure();
  }

  @Test
  void measure() {
    int events = Integer.parseInt(System.getProperty("c5atlas.scale"));
    long before = usedHeap();
    long start = System.nanoTime();
    Atlas atlas = AtlasGenerator.large(events, 200, 7);
    long atlasNanos = System.nanoTime() - start;
    long atlasBytes = usedHeap() - before;
    start = System.nanoTime();
    long cpu = CPU.getCurrentThreadCpuTime();
    EventIndex index = EventIndex.of(atlas);
    long buildCpu = CPU.getCurrentThreadCpuTime() - cpu;
    long buildNanos = System.nanoTime() - start;
    long indexBytes = usedHeap() - before - atlasBytes;
    System.out.printf(Locale.ROOT, "atlas: %d events built in %.1f s, %.0f MB on the heap%n", events,
        atlasNanos / 1e9, atlasBytes / 1e6);
    System.out.printf(Locale.ROOT, "index: %s, built in %.2f s (%.2f s of CPU); %.0f MB measured on the heap, %.1f%%"
        + " of the atlas%n", index, buildNanos / 1e9, buildCpu / 1e9, indexBytes / 1e6, 100.0 * indexBytes / atlasBytes);

    compare("Q1", atlas, events().where(attendedByAll(CENTRAL_ASIA).and(attendedOnlyBy(CENTRAL_ASIA))),
        (e, a) -> attendedByAll(StateGroup.CENTRAL_ASIA).test(e, a).and(attendedOnlyBy(CENTRAL_ASIA).test(e, a)));
    plain("Q1 as plain Java", atlas, e -> {
      int five = 0;
      for (io.github.c5atlas.core.Participation p : e.participations()) {
        if (!StateGroup.CENTRAL_ASIA.members().contains(p.party())) {
          return false;
        }
        five++;
      }
      return five == 5;
    });
    compare("Q2", atlas, events().where(attendedByAny(RU, CN).and(during(2020))),
        (e, a) -> attendedByAny(RU, CN).test(e, a).and(during(2020).test(e, a)));
    compare("Q3", atlas, events().where(overlapping("2020-05")), (e, a) -> overlapping("2020-05").test(e, a));
    java.time.LocalDate may1 = java.time.LocalDate.of(2020, 5, 1);
    java.time.LocalDate may31 = java.time.LocalDate.of(2020, 5, 31);
    plain("Q3 as plain Java", atlas, e -> e.span().intersects(may1, may31) == Truth.TRUE);
  }

  private interface Predicate {
    Truth test(Event event, Atlas atlas);
  }

  /** A hand-written stream over the events, without the DSL, for a second baseline. */
  private static void plain(String name, Atlas atlas, java.util.function.Predicate<Event> predicate) {
    Supplier<List<Event>> scan = () -> atlas.events().stream()
        .filter(e -> e.status() == EventStatus.HELD && predicate.test(e)).collect(Collectors.toList());
    System.out.printf(Locale.ROOT, "%s: %d rows; stream scan %.1f ms%n", name, scan.get().size(), median(scan, 5));
  }

  private static void compare(String name, Atlas atlas, Query<Event> query, Predicate predicate) {
    Supplier<List<Event>> scan = () -> atlas.events().stream()
        .filter(e -> e.status() == EventStatus.HELD && predicate.test(e, atlas) == Truth.TRUE)
        .collect(Collectors.toList());
    Supplier<List<Event>> engine = () -> query.run(atlas).list();
    assertThat(engine.get()).isEqualTo(scan.get());
    double scanMillis = median(scan, 5);
    double engineMillis = median(engine, 200);
    System.out.printf(Locale.ROOT, "%s %s: %d rows; stream scan %.1f ms, engine %.3f ms (CPU time, median): %.0fx%n",
        name, query, engine.get().size(), scanMillis, engineMillis, scanMillis / engineMillis);
    System.out.print(query.explain(atlas));
  }

  private static double median(Supplier<?> run, int times) {
    for (int i = 0; i < Math.max(2, times / 10); i++) {
      run.get();
    }
    double[] millis = new double[times];
    for (int i = 0; i < times; i++) {
      long start = CPU.getCurrentThreadCpuTime();
      run.get();
      millis[i] = (CPU.getCurrentThreadCpuTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return millis[times / 2];
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
