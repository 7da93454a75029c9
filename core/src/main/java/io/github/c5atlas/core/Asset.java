package io.github.c5atlas.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Equipment used in an exercise and the state that owns it: "fighter jets of the Uzbek air force".
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAsset.class)
@JsonDeserialize(as = ImmutableAsset.class)
@JsonPropertyOrder({"description", "state", "count"})
public interface Asset {
  /** Returns what it is, for example "fighter jets". */
  String description();

  /** Returns the code of the owning state. */
  String state();

  /** Returns how many, where known. */
  Optional<Integer> count();

  /** Obtains an asset of a state without a count. */
  static Asset of(String description, String state) {
    return builder().description(description).state(state).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Asset}; {@code build()} checks it. */
  final class Builder extends ImmutableAsset.Builder {}

  @Value.Check
  default void check() {
    Checks.notBlank("description of an asset", description());
    Checks.stateCode("owner of asset '" + description() + "'", state());
    count().ifPresent(n -> checkArgument(n > 0, "count of asset '%s' must be positive, is %s", description(), n));
  }
}
