package io.github.c5atlas.bench;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.dsl.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks that the engine ({@code Query.run}), the DSL's reference scan ({@code Query.runByScan}), the stream filter
 * and CQEngine give the same answer to every query, before anything is timed.
 */
public final class Answers {
  private Answers() {}

  /**
   * Runs every query every way and returns the size of each answer by query.
   *
   * @throws IllegalStateException naming the query and the ways that disagree
   */
  public static Map<String, Integer> check(Atlas atlas, CqWorld cq) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    sizes.put("Q1", same("Q1", Workload.Q1, atlas, Workload.q1Stream(atlas), cq.q1(), Event::id));
    sizes.put("Q2", same("Q2", Workload.Q2, atlas, Workload.q2Stream(atlas), cq.q2(), Event::id));
    sizes.put("Q3", same("Q3", Workload.Q3, atlas, Workload.q3Stream(atlas), cq.q3(), Event::id));
    sizes.put("Q4", same("Q4", Workload.Q4, atlas, Workload.q4Stream(atlas), cq.q4(), Person::id));
    int[][] engine = Workload.q5Dsl(atlas, true);
    int[][] scan = Workload.q5Dsl(atlas, false);
    int[][] stream = Workload.q5Stream(atlas);
    int[][] cqengine = cq.q5();
    if (!Arrays.deepEquals(engine, scan) || !Arrays.deepEquals(engine, stream)
        || !Arrays.deepEquals(engine, cqengine)) {
      throw new IllegalStateException("Q5 answers differ: engine " + Arrays.deepToString(engine) + ", runByScan "
          + Arrays.deepToString(scan) + ", stream " + Arrays.deepToString(stream) + ", CQEngine "
          + Arrays.deepToString(cqengine));
    }
    sizes.put("Q5", Arrays.stream(engine).mapToInt(row -> Arrays.stream(row).sum()).sum());
    return sizes;
  }

  private static <T> int same(String name, Query<T> query, Atlas atlas, List<T> stream, List<T> cqengine,
      Function<T, String> id) {
    List<T> engine = query.run(atlas).list();
    List<T> scan = query.runByScan(atlas).list();
    Set<String> expected = ids(name + " runByScan", scan, id);
    List<String> differ = new ArrayList<>();
    if (!ids(name + " engine", engine, id).equals(expected)) {
      differ.add("engine (" + engine.size() + " rows)");
    }
    if (!ids(name + " stream", stream, id).equals(expected)) {
      differ.add("stream (" + stream.size() + " rows)");
    }
    if (!ids(name + " CQEngine", cqengine, id).equals(expected)) {
      differ.add("CQEngine (" + cqengine.size() + " rows)");
    }
    if (!differ.isEmpty()) {
      throw new IllegalStateException(name + " " + query + ": " + differ + " differ from runByScan ("
          + scan.size() + " rows)");
    }
    return scan.size();
  }

  private static <T> Set<String> ids(String what, List<T> rows, Function<T, String> id) {
    Set<String> ids = new HashSet<>();
    for (T row : rows) {
      if (!ids.add(id.apply(row))) {
        throw new IllegalStateException(what + " returns " + id.apply(row) + " twice");
      }
    }
    return ids;
  }
}
