package io.github.c5atlas.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A military exercise: its series and edition, kinds, activities, assets with their owning state, and scale,
 * beside what every {@link Event} has.
 *
 * <pre>{@code
 * Exercise birlik = (Exercise) atlas.event("birlik-2025").orElseThrow();
 * birlik.series();    // Optional[birlik]
 * birlik.edition();   // Optional[2025]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExercise.class)
@JsonDeserialize(as = ImmutableExercise.class)
@JsonPropertyOrder({"type", "id", "names", "aliases", "status", "span", "places", "host", "forum", "series",
  "edition", "exerciseKinds", "participations", "activities", "assets", "scale", "statements", "tags", "sources"})
public non-sealed interface Exercise extends Event {
  /** Returns the id of the series, for example {@code birlik}, where the exercise belongs to one. */
  Optional<String> series();

  /** Returns the edition within the series, for example {@code 2025}. */
  Optional<String> edition();

  /** Returns what kinds of exercise it was (a joint exercise can be peacekeeping and CBRN at once). */
  ImmutableSet<ExerciseKind> exerciseKinds();

  /** Returns what was practised. */
  ImmutableList<String> activities();

  /** Returns the equipment used, with the owning state. */
  ImmutableList<Asset> assets();

  /** Returns the size, where known. */
  Optional<Scale> scale();

  @Override
  default EventKind kind() {
    return EventKind.EXERCISE;
  }

  @Override
  default <R> R accept(Visitor<R> visitor) {
    return visitor.visitExercise(this);
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Exercise}; {@code build()} checks it. */
  final class Builder extends ImmutableExercise.Builder implements EventBuilder<Builder> {}

  @Value.Check
  default void check() {
    EventChecks.check(this);
    series().ifPresent(s -> Checks.id("series of exercise " + id(), s));
  }
}
