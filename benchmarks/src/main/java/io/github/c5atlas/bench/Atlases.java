package io.github.c5atlas.bench;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.AtlasReader;
import io.github.c5atlas.core.json.JsonLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The synthetic atlases of the benchmarks and their JSON files. The JSON of a size and seed is written once, to
 * {@code -Dc5atlas.bench.dir} (by default {@code target/atlases} under the working directory), and reused.
 */
public final class Atlases {
  /** The seed of every published number. */
  public static final long SEED = 20251020L;

  /** The reader of the big files: strict as always, but the 1-million-event file is over the default 512 MiB. */
  public static final AtlasReader READER =
      AtlasReader.strict().withLimits(JsonLimits.DEFAULT.withMaxDocumentBytes(Integer.MAX_VALUE - 16L));

  private Atlases() {}

  /** Returns the synthetic atlas of this many events. */
  public static Atlas generate(int events) {
    return AtlasGenerator.generate(events, SEED);
  }

  /** Returns the JSON file of the synthetic atlas of this many events, writing it first if it is not there. */
  public static Path json(int events) {
    Path dir = Path.of(System.getProperty("c5atlas.bench.dir", "target/atlases"));
    Path file = dir.resolve("atlas-" + events + "-" + SEED + ".json");
    if (!Files.isRegularFile(file)) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      generate(events).write(file);
    }
    return file;
  }
}
