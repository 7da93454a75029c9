package io.github.c5atlas.core;

/**
 * What kind of forum a {@link Forum} is.
 */
public enum ForumKind {
  /** An organisation with a charter and members (CSTO, SCO, the EU, the GCC). */
  ORGANISATION,
  /** A regular format of heads of state (the C5 consultative meeting, C5+1). */
  SUMMIT_FORMAT,
  /** A regular format of ministers (the C5 defence ministers' meeting). */
  MINISTERIAL_FORMAT,
  /** A series of military exercises (Birlik, Peace Mission). */
  EXERCISE_SERIES
}
