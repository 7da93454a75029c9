package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.core.time.Truth;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event took place, against a period written as a fuzzy date: {@code during(2025-10)} (wholly within it),
 * {@code overlapping(2025-10)} (on at least one of its days), {@code on(2025-10-20)} (going on that day),
 * {@code before(2025)}, {@code after(2025)}, {@code between(2024-07, 2025-06)}.
 */
final class Timing extends Condition<Event> {
  /** The relations of an event's span to a period. */
  enum Relation {
    DURING("during"),
    OVERLAPPING("overlapping"),
    ON("on"),
    BEFORE("before"),
    AFTER("after"),
    BETWEEN("between");

    final String methodName;

    Relation(String methodName) {
      this.methodName = methodName;
    }
  }

  private final Relation relation;
  private final FuzzyDate date;
  private final Optional<FuzzyDate> until;

  Timing(Relation relation, FuzzyDate date, Optional<FuzzyDate> until) {
    this.relation = requireNonNull(relation, "relation");
    this.date = requireNonNull(date, "date");
    this.until = requireNonNull(until, "until");
    if ((relation == Relation.BETWEEN) != until.isPresent()) {
      throw new IllegalArgumentException("between takes two dates, " + relation.methodName + " one");
    }
  }

  Relation relation() {
    return relation;
  }

  FuzzyDate date() {
    return date;
  }

  Optional<FuzzyDate> until() {
    return until;
  }

  @Override
  Truth evaluate(Event event, Atlas atlas) {
    switch (relation) {
      case DURING:
        return event.span().within(date.earliestOrMin(), date.latestOrMax());
      case BETWEEN:
        return event.span().within(date.earliestOrMin(), until.orElseThrow().latestOrMax());
      case OVERLAPPING:
        return event.span().intersects(date.earliestOrMin(), date.latestOrMax());
      case ON:
        return event.span().includes(date);
      case BEFORE:
        return event.span().end().map(end -> end.isBefore(date)).orElse(Truth.FALSE);
      case AFTER:
        return event.span().start().isAfter(date);
      default:
        throw new AssertionError(relation);
    }
  }

  @Override
  Class<?> rowType() {
    return Event.class;
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitTiming(this);
  }

  @Override
  public String toString() {
    return relation.methodName + "(" + date + until.map(u -> ", " + u).orElse("") + ")";
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Timing)) {
      return false;
    }
    Timing that = (Timing) other;
    return relation == that.relation && date.equals(that.date) && until.equals(that.until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(relation, date, until);
  }
}
