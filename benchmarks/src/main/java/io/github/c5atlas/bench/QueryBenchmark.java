package io.github.c5atlas.bench;

import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.dsl.Result;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Q1 to Q5, each run by the engine ({@code Query.run}), the DSL's reference scan ({@code Query.runByScan}), a plain
 * stream filter and CQEngine. Every way returns its whole answer (a list, or the matrix of Q5).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class QueryBenchmark {

  @Benchmark
  public Result<Event> q1Engine(States.Atlases a, States.Engine e) {
    return Workload.Q1.run(a.atlas);
  }

  @Benchmark
  public Result<Event> q1RunByScan(States.Atlases a) {
    return Workload.Q1.runByScan(a.atlas);
  }

  @Benchmark
  public List<Event> q1Stream(States.Atlases a) {
    return Workload.q1Stream(a.atlas);
  }

  @Benchmark
  public List<Event> q1CqEngine(States.CqEngine c) {
    return c.world.q1();
  }

  @Benchmark
  public Result<Event> q2Engine(States.Atlases a, States.Engine e) {
    return Workload.Q2.run(a.atlas);
  }

  @Benchmark
  public Result<Event> q2RunByScan(States.Atlases a) {
    return Workload.Q2.runByScan(a.atlas);
  }

  @Benchmark
  public List<Event> q2Stream(States.Atlases a) {
    return Workload.q2Stream(a.atlas);
  }

  @Benchmark
  public List<Event> q2CqEngine(States.CqEngine c) {
    return c.world.q2();
  }

  @Benchmark
  public Result<Event> q3Engine(States.Atlases a, States.Engine e) {
    return Workload.Q3.run(a.atlas);
  }

  @Benchmark
  public Result<Event> q3RunByScan(States.Atlases a) {
    return Workload.Q3.runByScan(a.atlas);
  }

  @Benchmark
  public List<Event> q3Stream(States.Atlases a) {
    return Workload.q3Stream(a.atlas);
  }

  @Benchmark
  public List<Event> q3CqEngine(States.CqEngine c) {
    return c.world.q3();
  }

  @Benchmark
  public Result<Person> q4Engine(States.Atlases a, States.Engine e) {
    return Workload.Q4.run(a.atlas);
  }

  @Benchmark
  public Result<Person> q4RunByScan(States.Atlases a) {
    return Workload.Q4.runByScan(a.atlas);
  }

  @Benchmark
  public List<Person> q4Stream(States.Atlases a) {
    return Workload.q4Stream(a.atlas);
  }

  @Benchmark
  public List<Person> q4CqEngine(States.CqEngine c) {
    return c.world.q4();
  }

  @Benchmark
  public int[][] q5Engine(States.Atlases a, States.Engine e) {
    return Workload.q5Dsl(a.atlas, true);
  }

  @Benchmark
  public int[][] q5Stream(States.Atlases a) {
    return Workload.q5Stream(a.atlas);
  }

  @Benchmark
  public int[][] q5CqEngine(States.CqEngine c) {
    return c.world.q5();
  }
}
