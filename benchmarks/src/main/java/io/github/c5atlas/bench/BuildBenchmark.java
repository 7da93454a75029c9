package io.github.c5atlas.bench;

import io.github.c5atlas.dsl.engine.EventIndex;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Building the indexes of an atlas: the engine's ({@code EventIndex.of}, where the engine has landed) and CQEngine's
 * (copying the events and tenures into indexed collections). Single shots: a build is done once per atlas.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class BuildBenchmark {

  @Benchmark
  public EventIndex engineIndex(States.FreshAtlas a) {
    return EventIndex.of(a.atlas);
  }

  @Benchmark
  public CqWorld cqengineIndexes(States.Atlases a) {
    return CqWorld.of(a.atlas);
  }
}
