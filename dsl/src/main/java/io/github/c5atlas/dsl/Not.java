package io.github.c5atlas.dsl;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.time.Truth;

/** The negation of a condition: true and false swap, unknown stays unknown. */
final class Not<T> extends Condition<T> {
  private final Condition<T> operand;

  private Not(Condition<T> operand) {
    this.operand = operand;
  }

  @SuppressWarnings("unchecked")
  static <T> Condition<T> of(Condition<? super T> operand) {
    java.util.Objects.requireNonNull(operand, "operand");
    if (operand instanceof Not) {
      return (Condition<T>) ((Not<?>) operand).operand;
    }
    return new Not<>((Condition<T>) operand);
  }

  Condition<T> operand() {
    return operand;
  }

  @Override
  Truth evaluate(T row, Atlas atlas) {
    return operand.evaluate(row, atlas).not();
  }

  @Override
  Class<?> rowType() {
    return operand.rowType();
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitNot(this);
  }

  @Override
  int precedence() {
    return 2;
  }

  @Override
  public String toString() {
    return operand.precedence() < 2 ? "not (" + operand + ")" : "not " + operand;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Not && ((Not<?>) other).operand.equals(operand);
  }

  @Override
  public int hashCode() {
    return operand.hashCode() * 31 + 3;
  }
}
