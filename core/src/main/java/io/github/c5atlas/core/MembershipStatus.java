package io.github.c5atlas.core;

/**
 * The status of a state's membership in a forum over a span.
 */
public enum MembershipStatus {
  /** A full member. */
  MEMBER,
  /** An observer. */
  OBSERVER,
  /** A dialogue partner. */
  DIALOGUE_PARTNER,
  /** Membership suspended. */
  SUSPENDED,
  /** Participation frozen by the member itself. */
  FROZEN
}
