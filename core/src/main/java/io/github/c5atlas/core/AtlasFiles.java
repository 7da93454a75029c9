package io.github.c5atlas.core;

import io.github.c5atlas.core.json.AtlasMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where atlases come from and go to: the bundled resource, files written whole, text. */
final class AtlasFiles {
  static final String BUNDLED = "/io/github/c5atlas/core/atlas.json";

  private AtlasFiles() {}

  static Atlas bundled() {
    try (InputStream in = Atlas.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the bundled atlas " + BUNDLED + " is missing from the class path");
      }
      return AtlasReader.strict().read(in, "bundled atlas").atlas();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AtlasDocument document(Atlas atlas) {
    return ImmutableAtlasDocument.builder().format(AtlasDocument.FORMAT).sources(atlas.sources())
        .states(atlas.states()).groups(atlas.groups()).people(atlas.people()).forums(atlas.forums())
        .events(atlas.events()).reports(atlas.reports()).build();
  }

  static String toJson(Atlas atlas) {
    return AtlasMappers.writer().writeValueAsString(document(atlas)) + "\n";
  }

  static void write(Atlas atlas, OutputStream out) throws IOException {
    AtlasMappers.writer().writeValue(new NonClosing(out), document(atlas));
    out.write('\n');
    out.flush();
  }

  /** Writes to a temporary file beside the target and moves it into place, so no reader sees half a file. */
  static void write(Atlas atlas, Path path) {
    Path target = path.toAbsolutePath();
    Path directory = target.getParent();
    try {
      Path temporary = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temporary)) {
          write(atlas, out);
        }
        try {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write atlas " + path + ": " + e.getMessage(), e);
    }
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
