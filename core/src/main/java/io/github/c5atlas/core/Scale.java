package io.github.c5atlas.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The size of an exercise: troops and pieces of equipment, usually round figures ("about 4,000 troops").
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScale.class)
@JsonDeserialize(as = ImmutableScale.class)
@JsonPropertyOrder({"troops", "equipment", "approximate"})
public interface Scale {
  /** Returns the number of troops, where known. */
  Optional<Integer> troops();

  /** Returns the number of vehicles and pieces of equipment, where known. */
  Optional<Integer> equipment();

  /** Returns whether the figures are approximate. */
  @Value.Default
  default boolean approximate() {
    return false;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scale}; {@code build()} checks it. */
  final class Builder extends ImmutableScale.Builder {}

  @Value.Check
  default void check() {
    troops().ifPresent(n -> checkArgument(n > 0, "troops must be positive, is %s", n));
    equipment().ifPresent(n -> checkArgument(n > 0, "equipment must be positive, is %s", n));
  }
}
