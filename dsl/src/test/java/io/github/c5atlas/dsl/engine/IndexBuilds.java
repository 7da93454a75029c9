package io.github.c5atlas.dsl.engine;

/** A test hook: how many {@link EventIndex}es this JVM has built, for the tests of other packages. */
public final class IndexBuilds {
  private IndexBuilds() {}

  /** Returns the number of indexes built so far. */
  public static long count() {
    return EventIndex.builds();
  }
}
