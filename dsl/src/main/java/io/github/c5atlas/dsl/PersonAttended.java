package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Participation;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.time.Truth;

/** A person who was in a delegation at an event, or chaired it. Prints as {@code attended("samarkand-2025")}. */
final class PersonAttended extends Condition<Person> {
  private final String eventId;

  PersonAttended(String eventId) {
    this.eventId = requireNonNull(eventId, "eventId");
  }

  String eventId() {
    return eventId;
  }

  @Override
  Truth evaluate(Person person, Atlas atlas) {
    Event event = atlas.event(eventId).filter(e -> e.id().equals(eventId))
        .orElseThrow(() -> new IllegalArgumentException("the atlas has no event '" + eventId + "'"));
    for (Participation participation : event.participations()) {
      if (participation.delegation().stream().anyMatch(d -> d.person().filter(person.id()::equals).isPresent())) {
        return Truth.TRUE;
      }
    }
    return Truth.FALSE;
  }

  @Override
  Class<?> rowType() {
    return Person.class;
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitPersonAttended(this);
  }

  @Override
  public String toString() {
    return "attended(event(" + Literals.quote(eventId) + "))";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PersonAttended && ((PersonAttended) other).eventId.equals(eventId);
  }

  @Override
  public int hashCode() {
    return eventId.hashCode() * 31 + 5;
  }
}
