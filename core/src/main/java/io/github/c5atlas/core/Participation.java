package io.github.c5atlas.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A party at an event, its role and its delegation. A party is usually a state (by its code, {@code UZ}) but can be
 * an organisation taking part as such (by its forum id, {@code eu}); an organisation is external to any group of
 * states.
 *
 * <pre>{@code
 * Participation.of("AZ", Role.GUEST);   // Azerbaijan as guest of honour
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipation.class)
@JsonDeserialize(as = ImmutableParticipation.class)
@JsonPropertyOrder({"party", "role", "delegation"})
public interface Participation {
  /** Returns the party: a state code or the id of an organisation. */
  String party();

  /** Returns the party's role. */
  Role role();

  /** Returns who attended for the party and at what level, where known. */
  ImmutableList<Delegate> delegation();

  /** Obtains a participation without a known delegation. */
  static Participation of(String party, Role role) {
    return builder().party(party).role(role).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Participation}; {@code build()} checks it. */
  final class Builder extends ImmutableParticipation.Builder {}

  @Value.Check
  default void check() {
    Checks.notBlank("party", party());
  }
}
