package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.time.Truth;
import java.util.List;
import java.util.stream.Collectors;

/** Any of several conditions (Kleene's or: the greatest of true > unknown > false). */
final class Or<T> extends Condition<T> {
  private final ImmutableList<Condition<? super T>> operands;

  private Or(ImmutableList<Condition<? super T>> operands) {
    this.operands = operands;
  }

  /** Returns the disjunction, flattening nested ones; one operand is returned as it is. */
  @SuppressWarnings("unchecked")
  static <T> Condition<T> of(List<? extends Condition<?>> conditions) {
    ImmutableList.Builder<Condition<? super T>> flat = ImmutableList.builder();
    for (Condition<?> condition : conditions) {
      if (condition instanceof Or) {
        flat.addAll(((Or<T>) condition).operands);
      } else {
        flat.add((Condition<? super T>) condition);
      }
    }
    ImmutableList<Condition<? super T>> operands = flat.build();
    if (operands.isEmpty()) {
      throw new IllegalArgumentException("or() needs at least one condition");
    }
    return operands.size() == 1 ? (Condition<T>) operands.get(0) : new Or<>(operands);
  }

  ImmutableList<Condition<? super T>> operands() {
    return operands;
  }

  @Override
  Truth evaluate(T row, Atlas atlas) {
    Truth result = Truth.FALSE;
    for (Condition<? super T> operand : operands) {
      result = result.or(operand.evaluate(row, atlas));
      if (result == Truth.TRUE) {
        return result;
      }
    }
    return result;
  }

  @Override
  Class<?> rowType() {
    return RowTypes.narrowest(operands);
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitOr(this);
  }

  @Override
  int precedence() {
    return 0;
  }

  @Override
  public String toString() {
    return operands.stream().map(c -> c.toString())
        .collect(Collectors.joining(" or "));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Or && ((Or<?>) other).operands.equals(operands);
  }

  @Override
  public int hashCode() {
    return operands.hashCode() * 31 + 2;
  }
}
