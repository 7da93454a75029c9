package io.github.c5atlas.bench;

import io.github.c5atlas.core.Atlas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reading the atlas's JSON file into a checked {@link Atlas}, against a bare Jackson streaming pass over the same
 * file: read the bytes, visit every token, and touch every name and string. Both read the file from the page cache.
 * {@link #checkAtlas} measures the part of reading that is not binding: building the atlas from values already
 * bound, which checks every reference and id and indexes each list by id.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@State(Scope.Benchmark)
public class LoadBenchmark {
  private static final JsonFactory BARE = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(Integer.MAX_VALUE).build())
      .build();

  /** The number of events in the file. */
  @Param({"100000"})
  public int events;

  private Path file;

  /** Writes the file if it is not there yet. */
  @Setup(Level.Trial)
  public void write() {
    file = Atlases.json(events);
  }

  /** The atlas read once, for {@link #checkAtlas}; a state of its own, so the other forks do not hold it. */
  @State(Scope.Benchmark)
  public static class Read {
    Atlas atlas = Atlas.empty();

    /** Reads the file. */
    @Setup(Level.Trial)
    public void read(LoadBenchmark load) {
      atlas = Atlases.READER.read(load.file).atlas();
    }
  }

  @Benchmark
  public Atlas checkAtlas(Read read) {
    return Atlas.builder().addAll(read.atlas).build();
  }

  @Benchmark
  public Atlas readAtlas() {
    return Atlases.READER.read(file).atlas();
  }

  @Benchmark
  public long jacksonStreamingPass() throws IOException {
    return streamingPass(file);
  }

  /** Visits every token of the file; returns a checksum so that nothing is left out. */
  static long streamingPass(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    long sum = 0;
    try (JsonParser parser = BARE.createParser(ObjectReadContext.empty(), bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case PROPERTY_NAME:
            sum += parser.currentName().length();
            break;
          case VALUE_STRING:
            sum += parser.getString().length();
            break;
          case VALUE_NUMBER_INT:
            sum += parser.getIntValue();
            break;
          default:
            sum++;
        }
      }
    }
    return sum;
  }
}
