package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.time.Truth;
import java.util.List;
import java.util.stream.Collectors;

/** All of several conditions (Kleene's and: the least of true > unknown > false). */
final class And<T> extends Condition<T> {
  private final ImmutableList<Condition<? super T>> operands;

  private And(ImmutableList<Condition<? super T>> operands) {
    this.operands = operands;
  }

  /** Returns the conjunction, flattening nested ones; one operand is returned as it is. */
  @SuppressWarnings("unchecked")
  static <T> Condition<T> of(List<? extends Condition<?>> conditions) {
    ImmutableList.Builder<Condition<? super T>> flat = ImmutableList.builder();
    for (Condition<?> condition : conditions) {
      if (condition instanceof And) {
        flat.addAll(((And<T>) condition).operands);
      } else if (!(condition instanceof Always)) {
        flat.add((Condition<? super T>) condition);
      }
    }
    ImmutableList<Condition<? super T>> operands = flat.build();
    if (operands.isEmpty()) {
      return Always.instance();
    }
    return operands.size() == 1 ? (Condition<T>) operands.get(0) : new And<>(operands);
  }

  ImmutableList<Condition<? super T>> operands() {
    return operands;
  }

  @Override
  Truth evaluate(T row, Atlas atlas) {
    Truth result = Truth.TRUE;
    for (Condition<? super T> operand : operands) {
      result = result.and(operand.evaluate(row, atlas));
      if (result == Truth.FALSE) {
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
    return visitor.visitAnd(this);
  }

  @Override
  int precedence() {
    return 1;
  }

  @Override
  public String toString() {
    return operands.stream().map(c -> c.precedence() < 1 ? "(" + c + ")" : c.toString())
        .collect(Collectors.joining(" and "));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof And && ((And<?>) other).operands.equals(operands);
  }

  @Override
  public int hashCode() {
    return operands.hashCode() * 31 + 1;
  }
}
