package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.time.AllenRelation;
import io.github.c5atlas.core.time.Truth;
import java.util.Objects;
import java.util.Optional;

/**
 * How an event's span relates to another event's: one of Allen's thirteen interval relations
 * ({@code during("samarkand-2025")}, {@code meets(..)}, ...), or {@code concurrentWith(..)}: sharing at least one
 * day. The other event is looked up in the atlas the query runs on.
 */
final class Related extends Condition<Event> {
  static final String CONCURRENT = "concurrentWith";

  private final Optional<AllenRelation> relation;
  private final String eventId;

  Related(Optional<AllenRelation> relation, String eventId) {
    this.relation = requireNonNull(relation, "relation");
    this.eventId = requireNonNull(eventId, "eventId");
  }

  Optional<AllenRelation> relation() {
    return relation;
  }

  String eventId() {
    return eventId;
  }

  String methodName() {
    return relation.map(AllenRelation::methodName).orElse(CONCURRENT);
  }

  @Override
  Truth evaluate(Event event, Atlas atlas) {
    Event other = atlas.event(eventId).filter(e -> e.id().equals(eventId))
        .orElseThrow(() -> new IllegalArgumentException("the atlas has no event '" + eventId + "'"));
    return relation.isPresent() ? event.span().relation(relation.get(), other.span())
        : event.span().intersects(other.span());
  }

  @Override
  Class<?> rowType() {
    return Event.class;
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitRelated(this);
  }

  @Override
  public String toString() {
    return methodName() + "(event(" + Literals.quote(eventId) + "))";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Related && ((Related) other).relation.equals(relation)
        && ((Related) other).eventId.equals(eventId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(relation, eventId);
  }
}
