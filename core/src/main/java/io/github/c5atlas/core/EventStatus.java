package io.github.c5atlas.core;

/**
 * Whether an event took place. Queries look at held events unless they ask for others.
 */
public enum EventStatus {
  /** It took place. */
  HELD,
  /** It is announced for a future date. */
  PLANNED,
  /** It was postponed and not yet held. */
  POSTPONED,
  /** It was called off. */
  CANCELLED
}
