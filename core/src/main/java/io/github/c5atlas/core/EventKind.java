package io.github.c5atlas.core;

/**
 * The member of the sealed {@link Event} family an event is.
 */
public enum EventKind {
  /** A {@link Meeting}. */
  MEETING,
  /** An {@link Exercise}. */
  EXERCISE,
  /** An {@link Agreement}. */
  AGREEMENT
}
