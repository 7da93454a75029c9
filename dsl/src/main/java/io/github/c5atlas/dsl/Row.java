package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import io.github.c5atlas.core.time.Truth;

/**
 * One row of a result: the value, and whether the condition certainly holds for it ({@link Truth#TRUE}) or only
 * possibly ({@link Truth#UNKNOWN}, returned when the query asks {@link Query#includingUncertain()}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the value
 */
public final class Row<T> {
  private final T value;
  private final Truth truth;

  Row(T value, Truth truth) {
    this.value = requireNonNull(value, "value");
    this.truth = requireNonNull(truth, "truth");
    if (truth == Truth.FALSE) {
      throw new IllegalArgumentException("a row is never FALSE");
    }
  }

  /** Returns the value. */
  public T value() {
    return value;
  }

  /** Returns TRUE if the condition certainly holds, UNKNOWN if it only possibly does. */
  public Truth truth() {
    return truth;
  }

  /** Returns whether the condition certainly holds. */
  public boolean isCertain() {
    return truth == Truth.TRUE;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Row && ((Row<?>) other).value.equals(value) && ((Row<?>) other).truth == truth;
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 3 + truth.hashCode();
  }

  @Override
  public String toString() {
    return (truth == Truth.TRUE ? "" : "? ") + value;
  }
}
