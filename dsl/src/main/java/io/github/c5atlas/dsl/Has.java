package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import io.github.c5atlas.core.AgreementSubject;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Exercise;
import io.github.c5atlas.core.ExerciseKind;
import io.github.c5atlas.core.Level;
import io.github.c5atlas.core.Meeting;
import io.github.c5atlas.core.Place;
import io.github.c5atlas.core.Agreement;
import io.github.c5atlas.core.time.Truth;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * A structural property of an event: its forum, host, place, series, tags, sources, meeting level, exercise kind or
 * agreement subject. Prints as {@code forum("csto")}, {@code hostedBy(UZ)}, {@code level(HEAD_OF_STATE)}, ...
 */
final class Has extends Condition<Event> {
  /** The properties, each with its method name, whether its value prints quoted, and its meaning. */
  enum Field {
    FORUM("forum", true, (e, v) -> e.forum().filter(v::equals).isPresent()),
    HOSTED_BY("hostedBy", false, (e, v) -> e.host().filter(v::equals).isPresent()),
    HELD_IN("heldIn", false, (e, v) -> e.places().stream().map(Place::state).anyMatch(v::equals)),
    IN_CITY("inCity", true, (e, v) -> e.places().stream()
        .anyMatch(p -> p.city().map(c -> c.toLowerCase(Locale.ROOT).equals(v.toLowerCase(Locale.ROOT))).orElse(false))),
    SERIES("series", true, (e, v) -> e instanceof Exercise && ((Exercise) e).series().filter(v::equals).isPresent()),
    TAGGED("tagged", true, (e, v) -> e.tags().contains(v)),
    CITED_BY("citedBy", true, (e, v) -> e.sources().contains(v)),
    LEVEL("level", false, (e, v) -> e instanceof Meeting && ((Meeting) e).level().name().equals(v)),
    EXERCISE_KIND("exerciseKind", false, (e, v) -> e instanceof Exercise
        && ((Exercise) e).exerciseKinds().contains(ExerciseKind.valueOf(v))),
    SUBJECT("subject", false, (e, v) -> e instanceof Agreement
        && ((Agreement) e).subjects().contains(AgreementSubject.valueOf(v)));

    final String methodName;
    final boolean quoted;
    private final BiPredicate<Event, String> holds;

    Field(String methodName, boolean quoted, BiPredicate<Event, String> holds) {
      this.methodName = methodName;
      this.quoted = quoted;
      this.holds = holds;
    }
  }

  private final Field field;
  private final String value;

  Has(Field field, String value) {
    this.field = requireNonNull(field, "field");
    this.value = requireNonNull(value, "value");
    switch (field) {
      case LEVEL:
        Level.valueOf(value);
        break;
      case EXERCISE_KIND:
        ExerciseKind.valueOf(value);
        break;
      case SUBJECT:
        AgreementSubject.valueOf(value);
        break;
      default:
        break;
    }
  }

  Field field() {
    return field;
  }

  String value() {
    return value;
  }

  @Override
  Truth evaluate(Event event, Atlas atlas) {
    return Truth.of(field.holds.test(event, value));
  }

  @Override
  Class<?> rowType() {
    return Event.class;
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitHas(this);
  }

  @Override
  public String toString() {
    return field.methodName + "(" + (field.quoted ? Literals.quote(value) : value) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Has && ((Has) other).field == field && ((Has) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, value);
  }
}
