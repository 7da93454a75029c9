package io.github.c5atlas.core;

/**
 * The kind of a military {@link Exercise}.
 */
public enum ExerciseKind {
  /** Peacekeeping. */
  PEACEKEEPING,
  /** Counter-terrorism. */
  COUNTER_TERRORISM,
  /** Special forces. */
  SPECIAL_FORCES,
  /** Chemical, biological, radiological and medical protection. */
  CBRN,
  /** Command and staff. */
  COMMAND_STAFF,
  /** Combined arms or joint field exercise. */
  COMBINED_ARMS,
  /** Border security and counter-narcotics. */
  BORDER_SECURITY,
  /** Disaster response and humanitarian aid. */
  DISASTER_RESPONSE
}
