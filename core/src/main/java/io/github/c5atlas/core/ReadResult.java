package io.github.c5atlas.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * What {@link AtlasReader} read: the atlas, and the unknown fields it ignored because the reader was asked to
 * (empty for a strict reader, which rejects them).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReadResult {
  private final Atlas atlas;
  private final ImmutableList<Problem> ignored;

  ReadResult(Atlas atlas, ImmutableList<Problem> ignored) {
    this.atlas = requireNonNull(atlas, "atlas");
    this.ignored = requireNonNull(ignored, "ignored");
  }

  /** Returns the atlas. */
  public Atlas atlas() {
    return atlas;
  }

  /** Returns each unknown field that was ignored, with its JSON pointer, line and column. */
  public ImmutableList<Problem> ignored() {
    return ignored;
  }

  @Override
  public String toString() {
    return "ReadResult[" + atlas + ", " + ignored.size() + " ignored fields]";
  }
}
