package io.github.c5atlas.dsl;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.time.Truth;

/** The condition every row satisfies: the neutral start of a conjunction. Prints as {@code always()}. */
final class Always<T> extends Condition<T> {
  private static final Always<Object> INSTANCE = new Always<>();

  private Always() {}

  @SuppressWarnings("unchecked")
  static <T> Always<T> instance() {
    return (Always<T>) INSTANCE;
  }

  @Override
  Truth evaluate(T row, Atlas atlas) {
    return Truth.TRUE;
  }

  @Override
  Class<?> rowType() {
    return Object.class;
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitAlways(this);
  }

  @Override
  public String toString() {
    return "always()";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Always;
  }

  @Override
  public int hashCode() {
    return 17;
  }
}
