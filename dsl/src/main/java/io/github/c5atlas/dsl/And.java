package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.time.Truth;
import java.util.List;

/** All of several conditions (Kleene's and: the least of true > unknown > false). */
final class And<T> extends Junction<T> {
  private And(ImmutableList<Condition<? super T>> operands) {
    super(operands);
  }

  /** Returns the conjunction, flattening nested ones and leaving out always(); one operand is returned as it is. */
  static <T> Condition<T> of(List<? extends Condition<?>> conditions) {
    ImmutableList<Condition<? super T>> operands = flatten(conditions, And.class, true);
    return operands.isEmpty() ? Always.instance() : single(operands, And::new);
  }

  @Override
  Truth neutral() {
    return Truth.TRUE;
  }

  @Override
  Truth combine(Truth soFar, Truth next) {
    return soFar.and(next);
  }

  @Override
  String connective() {
    return "and";
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitAnd(this);
  }

  @Override
  int precedence() {
    return 1;
  }
}
