package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.time.Truth;
import java.util.List;

/**
 * A condition on the rows of a query (events, people, forums or states), answered true, false or unknown. Each
 * condition defines its meaning once, on one row, in {@link #test}; the engine's indexes are only a faster way to
 * the same rows. Conditions compose with {@link #and}, {@link #or} and {@link #not}, and print as the calls that
 * build them, which is also the text syntax.
 *
 * <pre>{@code
 * Condition<Event> c = attendedByAll(CENTRAL_ASIA).and(attendedOnlyBy(CENTRAL_ASIA));
 * c.toString();                          // attendedByAll(CENTRAL_ASIA) and attendedOnlyBy(CENTRAL_ASIA)
 * c.test(samarkand, atlas);              // TRUE
 * }</pre>
 *
 * <p>The family is closed: conditions are made by {@link Dsl}. Instances are immutable and thread-safe.
 *
 * @param <T> the type of row the condition applies to
 */
public abstract class Condition<T> {
  Condition() {}

  /**
   * Returns whether the row satisfies this condition: TRUE, FALSE, or UNKNOWN where fuzzy dates leave it open. The
   * atlas resolves what the condition names by id (groups, events, forums).
   */
  public final Truth test(T row, Atlas atlas) {
    return evaluate(requireNonNull(row, "row"), requireNonNull(atlas, "atlas"));
  }

  /** Defines the meaning of this condition on one row; {@link #test} has checked the arguments. */
  abstract Truth evaluate(T row, Atlas atlas);

  /** Returns the condition that holds when this one and the other both hold (Kleene's and). */
  public Condition<T> and(Condition<? super T> other) {
    return And.of(List.<Condition<?>>of(this, requireNonNull(other, "other")));
  }

  /** Returns the condition that holds when this one or the other holds (Kleene's or). */
  public Condition<T> or(Condition<? super T> other) {
    return Or.of(List.<Condition<?>>of(this, requireNonNull(other, "other")));
  }

  /** Returns the condition that holds when this one does not; unknown stays unknown. */
  public Condition<T> not() {
    return Not.of(this);
  }

  /** Returns the most general row type this condition applies to, for checking parsed queries. */
  abstract Class<?> rowType();

  /** Calls the visitor's method for this node. */
  abstract <R> R accept(ConditionVisitor<R> visitor);

  /** Returns the precedence of the printed form: 3 for a call, 2 for not, 1 for and, 0 for or. */
  int precedence() {
    return 3;
  }

  /** Returns the text syntax of this condition, the calls that build it. */
  @Override
  public abstract String toString();

  @Override
  public abstract boolean equals(Object other);

  @Override
  public abstract int hashCode();
}
