package io.github.c5atlas.core;

/**
 * The role of a party at an event. A guest or observer at a summit is an external party to the group it joins.
 */
public enum Role {
  /** The party that hosts the event. */
  HOST,
  /** A full participant. */
  PARTICIPANT,
  /** A guest, for example a guest of honour at a summit. */
  GUEST,
  /** An observer. */
  OBSERVER
}
