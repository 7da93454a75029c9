package io.github.c5atlas.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.dsl.engine.EventIndex;
import io.github.c5atlas.dsl.engine.IndexBuilds;
import io.github.c5atlas.dsl.engine.SourceVersions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Queries on one shared atlas from many threads: the same answers as on one thread, no locks needed, and the index
 * of the atlas (and of each source's version of it) built once, however many threads ask for it first.
 */
class ExecutionConcurrencyTest {
  private static final int THREADS = 8;
  private static final int QUERIES = 100_000;

  @Test
  void eightThreadsGiveTheSingleThreadAnswersAndBuildEachIndexOnce() throws Exception {
    long seed = 424242;
    while (AtlasGenerator.small(seed).reports().size() < 3) {
      seed++;
    }
    Atlas atlas = AtlasGenerator.small(seed);
    RandomEventQueries generator = new RandomEventQueries(atlas, new Random(5));
    List<Query<? extends Event>> queries = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      queries.add(generator.query());
    }
    // the answers on one thread, by the reference scan (which builds no index)
    List<ImmutableList<? extends Row<? extends Event>>> expected = new ArrayList<>();
    for (Query<? extends Event> query : queries) {
      expected.add(query.runByScan(atlas).rows());
    }
    long versions = queries.stream().filter(q -> q.sourceVersion().isPresent())
        .map(q -> q.sourceVersion().get()).distinct().count();
    assertThat(versions).as("some queries run on a source's version").isPositive();
    long buildsBefore = IndexBuilds.count();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger next = new AtomicInteger();
    List<Future<Integer>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      workers.add(pool.submit(() -> {
        start.await();
        int checked = 0;
        for (int n = next.getAndIncrement(); n < QUERIES; n = next.getAndIncrement()) {
          int q = (int) ((n * 2654435761L) % queries.size());
          assertThat(queries.get(q).run(atlas).rows()).as("%s", queries.get(q)).isEqualTo(expected.get(q));
          checked++;
        }
        return checked;
      }));
    }
    start.countDown();
    int checked = 0;
    for (Future<Integer> worker : workers) {
      checked += worker.get();
    }
    pool.shutdown();

    assertThat(checked).isEqualTo(QUERIES);
    assertThat(IndexBuilds.count() - buildsBefore).as("one index for the atlas, one per source version used")
        .isEqualTo(1 + versions);
    assertThat(EventIndex.of(atlas)).isSameAs(EventIndex.of(atlas));
    queries.stream().flatMap(q -> q.sourceVersion().stream()).distinct().forEach(source ->
        assertThat(SourceVersions.of(atlas, source)).isSameAs(SourceVersions.of(atlas, source)));
  }
}
