package io.github.c5atlas.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A person with names by language, the other spellings sources use, and the offices held.
 *
 * <pre>{@code
 * Person khalmukhamedov = atlas.person("Kholmukhamedov").orElseThrow();   // found by an alias
 * khalmukhamedov.tenures().get(0).office();                               // DEFENCE_MINISTER
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
@JsonPropertyOrder({"id", "names", "aliases", "tenures"})
public interface Person extends Named {
  @Override
  String id();

  @Override
  ImmutableMap<String, String> names();

  @Override
  ImmutableList<String> aliases();

  /** Returns the offices held, in the order the atlas gives. */
  ImmutableList<Tenure> tenures();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}; {@code build()} checks it. */
  final class Builder extends ImmutablePerson.Builder {}

  @Value.Check
  default void check() {
    Checks.id("person", id());
    Checks.names("person", id(), names());
  }
}
