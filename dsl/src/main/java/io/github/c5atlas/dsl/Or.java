package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.time.Truth;
import java.util.List;

/** Any of several conditions (Kleene's or: the greatest of true > unknown > false). */
final class Or<T> extends Junction<T> {
  private Or(ImmutableList<Condition<? super T>> operands) {
    super(operands);
  }

  /** Returns the disjunction, flattening nested ones; one operand is returned as it is. */
  static <T> Condition<T> of(List<? extends Condition<?>> conditions) {
    ImmutableList<Condition<? super T>> operands = flatten(conditions, Or.class, false);
    if (operands.isEmpty()) {
      throw new IllegalArgumentException("or() needs at least one condition");
    }
    return single(operands, Or::new);
  }

  @Override
  Truth neutral() {
    return Truth.FALSE;
  }

  @Override
  Truth combine(Truth soFar, Truth next) {
    return soFar.or(next);
  }

  @Override
  String connective() {
    return "or";
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitOr(this);
  }

  @Override
  int precedence() {
    return 0;
  }
}
