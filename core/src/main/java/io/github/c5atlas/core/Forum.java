package io.github.c5atlas.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.c5atlas.core.time.FuzzyDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An organisation or a regular format where states meet: the CSTO, the SCO, the Consultative Meeting of the Heads
 * of State of Central Asia, the C5 defence ministers' meeting, an exercise series. An organisation can also take
 * part in an event as a party of its own (the EU at the EU-Central Asia summit); it is then external to any group
 * of states.
 *
 * <pre>{@code
 * Forum csto = atlas.forum("csto").orElseThrow();
 * csto.memberships();   // each state's status over time
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableForum.class)
@JsonDeserialize(as = ImmutableForum.class)
@JsonPropertyOrder({"id", "kind", "names", "aliases", "founded", "memberships", "sources"})
public interface Forum extends Named {
  @Override
  String id();

  /** Returns what kind of forum this is. */
  ForumKind kind();

  @Override
  ImmutableMap<String, String> names();

  @Override
  ImmutableList<String> aliases();

  /** Returns when it was founded or first met, where known. */
  Optional<FuzzyDate> founded();

  /** Returns the memberships of states over time; empty for formats without formal membership. */
  ImmutableList<Membership> memberships();

  /** Returns the ids of the sources about the forum itself. */
  ImmutableList<String> sources();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Forum}; {@code build()} checks it. */
  final class Builder extends ImmutableForum.Builder {}

  @Value.Check
  default void check() {
    Checks.id("forum", id());
    Checks.names("forum", id(), names());
  }
}
