package io.github.c5atlas.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A member of a delegation: a person of the atlas (by id) or a named person the atlas does not hold, and the
 * level at which they attended.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDelegate.class)
@JsonDeserialize(as = ImmutableDelegate.class)
@JsonPropertyOrder({"person", "name", "level"})
public interface Delegate {
  /** Returns the id of the person, where the atlas holds them. */
  Optional<String> person();

  /** Returns the person's name as sources give it, where the atlas does not hold them. */
  Optional<String> name();

  /** Returns the level at which they attended. */
  Level level();

  /** Obtains a delegate who is a person of the atlas. */
  static Delegate of(String personId, Level level) {
    return builder().person(personId).level(level).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Delegate}; {@code build()} checks it. */
  final class Builder extends ImmutableDelegate.Builder {}

  @Value.Check
  default void check() {
    checkArgument(person().isPresent() || name().isPresent(), "a delegate needs a person id or a name");
  }
}
