package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.time.Truth;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Several conditions joined by one connective: {@link And} or {@link Or}. Evaluates its operands in order, combining
 * their truths, and stops at the value that decides the whole (FALSE for and, TRUE for or); prints its operands
 * joined by the connective, parenthesising those that bind more loosely than it does.
 *
 * @param <T> the type of row the condition applies to
 */
abstract class Junction<T> extends Condition<T> {
  private final ImmutableList<Condition<? super T>> operands;

  Junction(ImmutableList<Condition<? super T>> operands) {
    this.operands = operands;
  }

  /**
   * Returns the operands of the conditions, with those of the same junction (a {@code kind} instance) spliced in,
   * and {@link Always} left out if {@code dropAlways}.
   */
  @SuppressWarnings("unchecked")
  static <T> ImmutableList<Condition<? super T>> flatten(List<? extends Condition<?>> conditions,
      Class<?> kind, boolean dropAlways) {
    ImmutableList.Builder<Condition<? super T>> flat = ImmutableList.builder();
    for (Condition<?> condition : conditions) {
      if (kind.isInstance(condition)) {
        flat.addAll(((Junction<T>) condition).operands);
      } else if (!(dropAlways && condition instanceof Always)) {
        flat.add((Condition<? super T>) condition);
      }
    }
    return flat.build();
  }

  /** Returns the one operand itself, or the junction of several (at least one) made by {@code junction}. */
  @SuppressWarnings("unchecked")
  static <T> Condition<T> single(ImmutableList<Condition<? super T>> operands,
      Function<ImmutableList<Condition<? super T>>, Condition<T>> junction) {
    return operands.size() == 1 ? (Condition<T>) operands.get(0) : junction.apply(operands);
  }

  ImmutableList<Condition<? super T>> operands() {
    return operands;
  }

  /** Returns the truth of no operands, where the combination starts: TRUE for and, FALSE for or. */
  abstract Truth neutral();

  /** Returns the truth of the operands so far combined with that of the next. */
  abstract Truth combine(Truth soFar, Truth next);

  /** Returns the connective in the printed form, such as {@code "and"}. */
  abstract String connective();

  @Override
  final Truth evaluate(T row, Atlas atlas) {
    Truth decisive = neutral().not();
    Truth result = neutral();
    for (Condition<? super T> operand : operands) {
      result = combine(result, operand.evaluate(row, atlas));
      if (result == decisive) {
        return result;
      }
    }
    return result;
  }

  @Override
  final Class<?> rowType() {
    return RowTypes.narrowest(operands);
  }

  @Override
  public final String toString() {
    return operands.stream().map(c -> c.precedence() < precedence() ? "(" + c + ")" : c.toString())
        .collect(Collectors.joining(" " + connective() + " "));
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((Junction<?>) other).operands.equals(operands);
  }

  @Override
  public final int hashCode() {
    return operands.hashCode() * 31 + 2 - precedence(); // + 1 for and, + 2 for or
  }
}
