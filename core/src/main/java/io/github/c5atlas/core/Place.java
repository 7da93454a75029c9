package io.github.c5atlas.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where an event took place: a state, and where known a region, a city and a venue.
 *
 * <pre>{@code
 * Place.builder().state("UZ").region("Samarkand Region").city("Samarkand").venue("Silk Road Samarkand").build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlace.class)
@JsonDeserialize(as = ImmutablePlace.class)
@JsonPropertyOrder({"state", "region", "city", "venue"})
public interface Place {
  /** Returns the code of the state. */
  String state();

  /** Returns the region, where known. */
  Optional<String> region();

  /** Returns the city, where known. */
  Optional<String> city();

  /** Returns the venue (a range, a hall, a base), where known. */
  Optional<String> venue();

  /** Obtains a place in a city of a state. */
  static Place of(String state, String city) {
    return builder().state(state).city(city).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Place}; {@code build()} checks it. */
  final class Builder extends ImmutablePlace.Builder {}

  @Value.Check
  default void check() {
    Checks.stateCode("state of a place", state());
  }
}
