package io.github.c5atlas.dsl;

/**
 * Thrown by {@link Planner} where testing the condition would fail on every event it reaches, so that no index can
 * stand in for the test: the condition names a group or an event the atlas lacks, or a period that ends before it
 * begins. {@link Execution} catches this exception alone, and then tests every event in order, as the reference
 * scan does, so that the query fails with the scan's {@link IllegalArgumentException} (or, where the test never
 * reaches that part of the condition, answers) exactly as the scan does. Any other exception from the planner is a
 * bug, and reaches the caller.
 *
 * <pre>{@code
 * Planner.plan(attendedByAny(group("NOWHERE")), atlas, index);   // throws: the atlas has no group 'NOWHERE'
 * }</pre>
 */
final class UnplannableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Makes the exception for one condition; {@code message} says what the test would fail on. */
  UnplannableException(String message) {
    super(message, null, false, false);
  }
}
