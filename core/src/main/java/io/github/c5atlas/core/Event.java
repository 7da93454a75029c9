package io.github.c5atlas.core;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.c5atlas.core.time.FuzzySpan;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event of the record: a {@link Meeting}, an {@link Exercise} or an {@link Agreement}. Every event has an id,
 * names, a fuzzy span, places, a host, a forum where there is one, participations, tags, statements, sources and a
 * status; an event that was postponed or cancelled stays in the record.
 *
 * <pre>{@code
 * Event samarkand = atlas.event("samarkand-2025").orElseThrow();
 * samarkand.parties();                  // [KG, KZ, TJ, TM, UZ]
 * samarkand.accept(new Event.Visitor<String>() { ... });
 * }</pre>
 *
 * <p>Code that handles each kind differently uses {@link #accept(Visitor)}. Instances are immutable and
 * thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ImmutableMeeting.class, name = "meeting"),
  @JsonSubTypes.Type(value = ImmutableExercise.class, name = "exercise"),
  @JsonSubTypes.Type(value = ImmutableAgreement.class, name = "agreement")
})
public sealed interface Event extends Named permits Meeting, Exercise, Agreement {
  @Override
  String id();

  @Override
  ImmutableMap<String, String> names();

  @Override
  ImmutableList<String> aliases();

  /** Returns whether the event took place; {@link EventStatus#HELD} unless the atlas says otherwise. */
  @Value.Default
  default EventStatus status() {
    return EventStatus.HELD;
  }

  /** Returns when it took place (or is planned). */
  FuzzySpan span();

  /** Returns where it took place; empty for a virtual event. */
  ImmutableList<Place> places();

  /** Returns the code of the host state, where there is one. */
  Optional<String> host();

  /** Returns the id of the forum the event belongs to, where there is one. */
  Optional<String> forum();

  /** Returns the parties and their roles. */
  ImmutableList<Participation> participations();

  /** Returns free tags, for example {@code first-of-its-kind}. */
  @Value.NaturalOrder
  ImmutableSortedSet<String> tags();

  /** Returns what was said. */
  ImmutableList<Statement> statements();

  /** Returns the ids of the sources of the curated view; at least one. */
  ImmutableList<String> sources();

  /** Returns which member of the family this is. */
  EventKind kind();

  /** Returns the ids of all parties, in the order of the participations. */
  default ImmutableSet<String> parties() {
    return participations().stream().map(Participation::party).collect(ImmutableSet.toImmutableSet());
  }

  /** Returns the participation of a party, if it took part. */
  default Optional<Participation> participation(String party) {
    Objects.requireNonNull(party, "party");
    return participations().stream().filter(p -> p.party().equals(party)).findFirst();
  }

  /** Calls the visitor's method for this kind of event and returns its result. */
  <R> R accept(Visitor<R> visitor);

  /**
   * Handles each kind of event in its own method.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /** Handles a meeting. */
    R visitMeeting(Meeting meeting);

    /** Handles an exercise. */
    R visitExercise(Exercise exercise);

    /** Handles an agreement. */
    R visitAgreement(Agreement agreement);
  }
}
