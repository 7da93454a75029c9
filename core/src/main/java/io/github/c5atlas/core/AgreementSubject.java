package io.github.c5atlas.core;

/**
 * What an {@link Agreement} is about.
 */
public enum AgreementSubject {
  /** Delimitation and demarcation of borders. */
  BORDER_DELIMITATION,
  /** A junction point of several borders. */
  BORDER_JUNCTION,
  /** Water and reservoirs. */
  WATER,
  /** Friendship and good-neighbourliness. */
  FRIENDSHIP,
  /** Collective security. */
  COLLECTIVE_SECURITY,
  /** Military and military-technical cooperation. */
  MILITARY_COOPERATION,
  /** Another subject. */
  OTHER
}
