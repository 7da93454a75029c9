package io.github.c5atlas.dsl.engine;

/**
 * A structural property of events that {@link EventIndex} keeps a bitmap of, per value: which events belong to a
 * forum, are hosted by a state, are tagged so, and so on. Values are the ids and codes the model uses
 * ({@code csto}, {@code UZ}), enum constant names for the enum-valued properties ({@code HEAD_OF_STATE}), and city
 * names ignoring case.
 *
 * <pre>{@code
 * index.with(Facet.FORUM, "csto", index.all());   // the events of the CSTO
 * }</pre>
 */
public enum Facet {
  /** The forum an event belongs to, by the forum's id. */
  FORUM,
  /** The host state, by its code. */
  HOST,
  /** A state an event took place in (the state of one of its places), by its code. */
  PLACE_STATE,
  /** A city an event took place in, by its name, ignoring case. */
  CITY,
  /** The series of an exercise, by its id. */
  SERIES,
  /** A tag. */
  TAG,
  /** A source the curated view cites, by its id. */
  SOURCE,
  /** The level of a meeting, by the {@link io.github.c5atlas.core.Level} constant's name. */
  MEETING_LEVEL,
  /** A kind of an exercise, by the {@link io.github.c5atlas.core.ExerciseKind} constant's name. */
  EXERCISE_KIND,
  /** A subject of an agreement, by the {@link io.github.c5atlas.core.AgreementSubject} constant's name. */
  AGREEMENT_SUBJECT
}
