package io.github.c5atlas.bench;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.dsl.engine.EventIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jol.info.GraphStats;

/**
 * The one command of the benchmarks: checks that every way of answering every query agrees, measures the memory of
 * the indexes, runs the JMH benchmarks (queries, index builds, loading) and prints the table and the ratios that
 * the targets are about, also to {@code target/benchmark-report.md}.
 *
 * <pre>
 * java -Xmx8g -jar benchmarks/target/benchmarks.jar            # full: 1,000,000 events
 * java -Xmx8g -jar benchmarks/target/benchmarks.jar --quick    # quick: 100,000 events, under 3 minutes
 * java -Xmx8g -jar benchmarks/target/benchmarks.jar -p events=10000,100000,1000000
 * java -Xmx8g -jar benchmarks/target/benchmarks.jar q1 -prof gc  # any JMH options and a benchmark regexp
 * </pre>
 *
 * <p>Own options: {@code --quick}, {@code --no-check} (skip the agreement check), {@code --no-memory} (skip the
 * memory measurement, heap growth after GC), {@code --targets} (only the benchmarks the targets compare: Q1 to Q3
 * by engine and stream, Q1 by CQEngine, the builds and the loading), {@code --jol} (also walk the object graphs with JOL: exact, but minutes
 * at a million events), {@code --report FILE}. Everything else goes to JMH; JMH's options override the preset.
 */
public final class BenchMain {
  private BenchMain() {}

  private static final class Preset {
    final String events;
    final int warmups;
    final int iterations;
    final TimeValue time;
    final int shots;

    Preset(String events, int warmups, int iterations, TimeValue time, int shots) {
      this.events = events;
      this.warmups = warmups;
      this.iterations = iterations;
      this.time = time;
      this.shots = shots;
    }
  }

  private static final Preset QUICK = new Preset("100000", 1, 3, TimeValue.milliseconds(500), 2);
  private static final Preset FULL = new Preset("1000000", 3, 5, TimeValue.seconds(2), 3);

  public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
    // JOL walks lambdas (hidden classes) too, whose field offsets need this
    System.setProperty("jol.magicFieldOffset", "true");
    List<String> jmhArgs = new ArrayList<>(Arrays.asList(args));
    boolean quick = jmhArgs.remove("--quick");
    boolean check = !jmhArgs.remove("--no-check");
    boolean memory = !jmhArgs.remove("--no-memory");
    boolean jol = jmhArgs.remove("--jol");
    boolean targets = jmhArgs.remove("--targets");
    Path report = Path.of("target/benchmark-report.md");
    int at = jmhArgs.indexOf("--report");
    if (at >= 0) {
      report = Path.of(jmhArgs.get(at + 1));
      jmhArgs.subList(at, at + 2).clear();
    }
    Preset preset = quick ? QUICK : FULL;
    CommandLineOptions user = new CommandLineOptions(jmhArgs.toArray(new String[0]));
    List<Integer> sizes = user.getParameter("events").hasValue()
        ? user.getParameter("events").get().stream().map(Integer::valueOf).collect(Collectors.toList())
        : Arrays.stream(preset.events.split(",")).map(Integer::valueOf).collect(Collectors.toList());

    StringBuilder out = new StringBuilder();
    out.append(machine()).append('\n');
    Map<Integer, Memory> memories = new TreeMap<>();
    for (int events : sizes) {
      if (check || memory) {
        prepare(events, check, memory, jol, out).ifPresent(m -> memories.put(events, m));
      }
    }
    System.gc();

    List<RunResult> results = new ArrayList<>();
    if (!user.getIncludes().isEmpty()) {
      results.addAll(run(user, preset, sizes, List.of(), false));
    } else {
      results.addAll(run(user, preset, sizes, List.of(targets
          ? QueryBenchmark.class.getName() + "\\.(q1(Engine|Stream|CqEngine)|q[23](Engine|Stream))$"
          : QueryBenchmark.class.getName()), false));
      List<String> builds = new ArrayList<>(List.of(BuildBenchmark.class.getName() + ".cqengineIndexes",
          BuildBenchmark.class.getName() + ".engineIndex"));
      results.addAll(run(user, preset, sizes, builds, true));
      results.addAll(run(user, preset, sizes, List.of(LoadBenchmark.class.getName()), true));
    }
    out.append('\n').append(table(results)).append('\n').append(ratios(results, memories));
    System.out.println();
    System.out.println(out);
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
    System.out.println("Report written to " + report.toAbsolutePath());
  }

  // ---- before timing: the answers agree, and what the indexes weigh ---------------------------------------

  /** Index and atlas sizes in bytes, as JOL walks them. */
  static final class Memory {
    final long atlas;
    final long engine;
    final long cqengine;

    Memory(long atlas, long engine, long cqengine) {
      this.atlas = atlas;
      this.engine = engine;
      this.cqengine = cqengine;
    }
  }

  private static Optional<Memory> prepare(int events, boolean check, boolean memory, boolean jol,
      StringBuilder out) {
    long before = usedAfterGc();
    long start = System.nanoTime();
    Atlas atlas = Atlases.generate(events);
    long atlasHeap = usedAfterGc() - before;
    say(out, String.format(Locale.ROOT, "Generated %,d events in %.1f s", events, seconds(start)));
    start = System.nanoTime();
    CqWorld cq = CqWorld.of(atlas);
    say(out, String.format(Locale.ROOT, "Built the CQEngine collections in %.1f s", seconds(start)));
    long cqHeap = usedAfterGc() - before - atlasHeap;
    start = System.nanoTime();
    EventIndex index = EventIndex.of(atlas);
    say(out, String.format(Locale.ROOT, "Built the engine index in %.1f s (first build in this JVM, untimed by"
        + " JMH)", seconds(start)));
    long engineHeap = usedAfterGc() - before - atlasHeap - cqHeap;
    if (check) {
      start = System.nanoTime();
      Map<String, Integer> sizes = Answers.check(atlas, cq);
      say(out, String.format(Locale.ROOT, "Answers of engine, runByScan, stream and CQEngine agree at %,d events"
          + " (%.1f s); rows: %s", events, seconds(start), sizes));
    }
    if (!memory) {
      return Optional.empty();
    }
    say(out, String.format(Locale.ROOT, "Memory at %,d events (heap used after GC, growth at each step): atlas %s,"
        + " engine index %s, CQEngine %s", events, mib(atlasHeap), engineHeap < 0 ? "n/a" : mib(engineHeap),
        mib(cqHeap)));
    readBack(events, atlas, engineHeap, out);
    if (!jol) {
      return Optional.of(new Memory(atlasHeap, engineHeap, cqHeap));
    }
    start = System.nanoTime();
    long atlasBytes = GraphStats.parseInstance(atlas).totalSize();
    long engineBytes = GraphStats.parseInstance(atlas, index).totalSize() - atlasBytes;
    long cqBytes = GraphStats.parseInstance(atlas, cq).totalSize() - atlasBytes;
    say(out, String.format(Locale.ROOT, "Memory at %,d events (JOL, objects not already in the atlas): atlas %s,"
        + " engine index %s, CQEngine %s (%.1f s)", events, mib(atlasBytes),
        engineBytes < 0 ? "n/a" : mib(engineBytes), mib(cqBytes), seconds(start)));
    return Optional.of(new Memory(atlasBytes, engineBytes, cqBytes));
  }

  /**
   * Reads the atlas back from its JSON file (written first if need be): it must equal the generated one, and it is
   * smaller, since the reader shares the values a big atlas repeats.
   */
  private static void readBack(int events, Atlas atlas, long engineHeap, StringBuilder out) {
    Path file = Atlases.json(events);
    long before = usedAfterGc();
    long start = System.nanoTime();
    Atlas read = Atlases.READER.read(file).atlas();
    double took = seconds(start);
    long readHeap = usedAfterGc() - before;
    if (!read.equals(atlas)) {
      throw new IllegalStateException("the atlas read back from " + file + " differs from the generated one");
    }
    say(out, String.format(Locale.ROOT, "Read back from its JSON file (%,d MiB) in %.1f s, equal to the generated"
        + " atlas: %s on the heap (engine index / this atlas: %s)", Files.isRegularFile(file) ? sizeMib(file) : 0,
        took, mib(readHeap), engineHeap < 0 ? "n/a" : String.format(Locale.ROOT, "%.3f",
            (double) engineHeap / readHeap)));
  }

  private static long sizeMib(Path file) {
    try {
      return Files.size(file) >> 20;
    } catch (IOException e) {
      return -1;
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  // ---- JMH -----------------------------------------------------------------------------------------------

  private static Collection<RunResult> run(CommandLineOptions user, Preset preset, List<Integer> sizes,
      List<String> includes, boolean singleShots) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder().parent(user);
    includes.forEach(options::include);
    if (!user.getParameter("events").hasValue()) {
      options.param("events", sizes.stream().map(String::valueOf).toArray(String[]::new));
    }
    if (!user.getWarmupIterations().hasValue()) {
      options.warmupIterations(singleShots ? 1 : preset.warmups);
    }
    if (!user.getMeasurementIterations().hasValue()) {
      options.measurementIterations(singleShots ? preset.shots : preset.iterations);
    }
    if (!user.getWarmupTime().hasValue()) {
      options.warmupTime(preset.time);
    }
    if (!user.getMeasurementTime().hasValue()) {
      options.measurementTime(preset.time);
    }
    if (!user.getForkCount().hasValue()) {
      options.forks(1);
    }
    Options built = options.build();
    return new Runner(built).run();
  }

  // ---- the report ------------------------------------------------------------------------------------------

  private static String table(List<RunResult> results) {
    StringBuilder table = new StringBuilder("| Benchmark | Events | Mode | Score | Error (99.9%) | Unit |\n")
        .append("|---|---:|---|---:|---:|---|\n");
    for (RunResult result : results) {
      table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", name(result),
          result.getParams().getParam("events"), result.getParams().getMode().shortLabel(),
          number(result.getPrimaryResult().getScore()), number(result.getPrimaryResult().getScoreError()),
          result.getPrimaryResult().getScoreUnit()));
    }
    return table.toString();
  }

  private static String ratios(List<RunResult> results, Map<Integer, Memory> memories) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (RunResult result : results) {
      scores.put(name(result) + "@" + result.getParams().getParam("events"), result.getPrimaryResult().getScore());
    }
    StringBuilder text = new StringBuilder("| Ratio | Events | Value | Target | Met |\n|---|---:|---:|---|---|\n");
    List<String> sizes = results.stream().map(r -> r.getParams().getParam("events")).distinct()
        .collect(Collectors.toList());
    for (String events : sizes) {
      ratio(text, scores, events, "Q1 stream / engine", "QueryBenchmark.q1Stream", "QueryBenchmark.q1Engine", 200);
      ratio(text, scores, events, "Q1 CQEngine / engine", "QueryBenchmark.q1CqEngine", "QueryBenchmark.q1Engine",
          10);
      ratio(text, scores, events, "Q2 stream / engine", "QueryBenchmark.q2Stream", "QueryBenchmark.q2Engine", 20);
      ratio(text, scores, events, "Q3 stream / engine", "QueryBenchmark.q3Stream", "QueryBenchmark.q3Engine", 20);
      ratio(text, scores, events, "Q1 runByScan / engine", "QueryBenchmark.q1RunByScan", "QueryBenchmark.q1Engine",
          0);
      ratio(text, scores, events, "Q2 CQEngine / engine", "QueryBenchmark.q2CqEngine", "QueryBenchmark.q2Engine",
          0);
      ratio(text, scores, events, "Q3 CQEngine / engine", "QueryBenchmark.q3CqEngine", "QueryBenchmark.q3Engine",
          0);
      ratio(text, scores, events, "Q4 stream / engine", "QueryBenchmark.q4Stream", "QueryBenchmark.q4Engine", 0);
      ratio(text, scores, events, "Q5 stream / engine", "QueryBenchmark.q5Stream", "QueryBenchmark.q5Engine", 0);
      Double build = scores.get("BuildBenchmark.engineIndex@" + events);
      if (build != null) {
        text.append(String.format(Locale.ROOT, "| engine index build (ms) | %s | %s | < 2000 ms | %s |%n", events,
            number(build), build < 2000 ? "yes" : "no"));
      }
      Double read = scores.get("LoadBenchmark.readAtlas@" + events);
      Double pass = scores.get("LoadBenchmark.jacksonStreamingPass@" + events);
      if (read != null && pass != null) {
        double r = read / pass;
        text.append(String.format(Locale.ROOT, "| read atlas / Jackson streaming pass | %s | %.2f | <= 1.5 | %s |%n",
            events, r, r <= 1.5 ? "yes" : "no"));
        Double check = scores.get("LoadBenchmark.checkAtlas@" + events);
        if (check != null) {
          text.append(String.format(Locale.ROOT, "| of which binding / pass, checking / pass | %s | %.2f, %.2f | | |%n",
              events, (read - check) / pass, check / pass));
        }
      }
    }
    memories.forEach((events, memory) -> {
      if (memory.engine >= 0) {
        double r = (double) memory.engine / memory.atlas;
        text.append(String.format(Locale.ROOT, "| engine index memory / atlas | %d | %.3f | <= 0.25 | %s |%n", events,
            r, r <= 0.25 ? "yes" : "no"));
      }
      text.append(String.format(Locale.ROOT, "| CQEngine memory / atlas | %d | %.3f | | |%n", events,
          (double) memory.cqengine / memory.atlas));
    });
    return text.toString();
  }

  private static void ratio(StringBuilder text, Map<String, Double> scores, String events, String label,
      String slow, String fast, double target) {
    Double s = scores.get(slow + "@" + events);
    Double f = scores.get(fast + "@" + events);
    if (s == null || f == null) {
      return;
    }
    double r = s / f;
    text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", label, events, number(r),
        target > 0 ? ">= " + (int) target : "", target > 0 ? (r >= target ? "yes" : "no") : ""));
  }

  private static String name(RunResult result) {
    String full = result.getParams().getBenchmark();
    String[] parts = full.split("\\.");
    return parts[parts.length - 2] + "." + parts[parts.length - 1];
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }

  private static String machine() {
    Runtime runtime = Runtime.getRuntime();
    return String.format(Locale.ROOT, "Machine: %d cores, %s, max heap of this JVM %d MiB; JDK %s (%s); seed %d",
        runtime.availableProcessors(), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        runtime.maxMemory() >> 20, System.getProperty("java.version"), System.getProperty("java.vm.name"),
        Atlases.SEED);
  }

  private static void say(StringBuilder out, String line) {
    PrintStream console = System.out;
    console.println(line);
    out.append(line).append('\n');
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%,.1f MiB", bytes / 1048576.0);
  }
}
