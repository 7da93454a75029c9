package io.github.c5atlas.core;

/**
 * The legal form of an {@link Agreement}.
 */
public enum AgreementKind {
  /** A treaty. */
  TREATY,
  /** An agreement. */
  AGREEMENT,
  /** A declaration. */
  DECLARATION,
  /** A protocol. */
  PROTOCOL,
  /** A communique or joint statement. */
  COMMUNIQUE,
  /** A joint action plan. */
  ACTION_PLAN
}
