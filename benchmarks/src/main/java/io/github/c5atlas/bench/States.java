package io.github.c5atlas.bench;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.dsl.engine.EventIndex;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/** The JMH states: each benchmark asks only for what it uses, so a fork builds only that. */
public final class States {
  private States() {}

  /** The synthetic atlas of {@code events} events. */
  @State(Scope.Benchmark)
  public static class Atlases {
    /** The number of events; the full run passes {@code -p events=10000,100000,1000000}. */
    @Param({"100000"})
    public int events;

    /** The atlas. */
    public Atlas atlas;

    /** Generates the atlas. */
    @Setup(Level.Trial)
    public void generate() {
      atlas = io.github.c5atlas.bench.Atlases.generate(events);
    }
  }

  /** The atlas with the engine warmed up: its index built (where the engine has one) and every query run once. */
  @State(Scope.Benchmark)
  public static class Engine {
    /** The index, held so that the cache keyed weakly on the atlas keeps it. */
    public EventIndex index;

    /** Builds the index and runs the benchmark's query once. */
    @Setup(Level.Trial)
    public void warm(Atlases atlases, BenchmarkParams params) {
      index = EventIndex.of(atlases.atlas);
      String name = params.getBenchmark();
      Atlas atlas = atlases.atlas;
      if (name.endsWith("q1Engine")) {
        Workload.Q1.run(atlas);
      } else if (name.endsWith("q2Engine")) {
        Workload.Q2.run(atlas);
      } else if (name.endsWith("q3Engine")) {
        Workload.Q3.run(atlas);
      } else if (name.endsWith("q4Engine")) {
        Workload.Q4.run(atlas);
      } else if (name.endsWith("q5Engine")) {
        Workload.q5Dsl(atlas, true);
      }
    }
  }

  /**
   * A new atlas of the same events before each single shot, so that an engine that caches its index per atlas
   * builds it again.
   */
  @State(Scope.Benchmark)
  public static class FreshAtlas {
    /** The copy. */
    public Atlas atlas;

    /** Copies the atlas (the events are shared; the copy is checked again, untimed). */
    @Setup(Level.Iteration)
    public void copy(Atlases atlases) {
      atlas = atlases.atlas.toBuilder().build();
    }
  }

  /** The atlas's events and tenures in indexed CQEngine collections. */
  @State(Scope.Benchmark)
  public static class CqEngine {
    /** The collections. */
    public CqWorld world;

    /** Builds the collections and their indexes. */
    @Setup(Level.Trial)
    public void build(Atlases atlases) {
      world = CqWorld.of(atlases.atlas);
    }
  }
}
