package io.github.c5atlas.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.time.FuzzySpan;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A state's membership in a forum, with its status over a span: "Uzbekistan, suspended in the CSTO from
 * 2012-12-19". A state whose status changed has one membership per status, and they do not overlap.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMembership.class)
@JsonDeserialize(as = ImmutableMembership.class)
@JsonPropertyOrder({"state", "status", "span", "sources"})
public interface Membership {
  /** Returns the code of the member state. */
  String state();

  /** Returns the status over the span. */
  MembershipStatus status();

  /** Returns when the status held; an open end means it still holds. */
  FuzzySpan span();

  /** Returns the ids of the sources that report this membership; at least one. */
  ImmutableList<String> sources();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Membership}; {@code build()} checks it. */
  final class Builder extends ImmutableMembership.Builder {}

  @Value.Check
  default void check() {
    Checks.stateCode("member state", state());
    checkArgument(!sources().isEmpty(), "the membership of %s (%s) cites no source", state(), status());
  }
}
