package io.github.c5atlas.core;

/**
 * The level at which a party attends an event or a meeting is held.
 */
public enum Level {
  /** Heads of state. */
  HEAD_OF_STATE,
  /** Heads of government. */
  HEAD_OF_GOVERNMENT,
  /** Ministers. */
  MINISTER,
  /** Deputy ministers. */
  DEPUTY_MINISTER,
  /** Speakers of parliament. */
  PARLIAMENT_SPEAKER,
  /** Secretaries of security councils. */
  SECURITY_COUNCIL_SECRETARY,
  /** Military commanders and staff. */
  MILITARY,
  /** Envoys, ambassadors and other representatives. */
  ENVOY,
  /** Leaders of an organisation (the EU's presidents, a secretary-general). */
  HEAD_OF_ORGANISATION,
  /** Experts and officials. */
  EXPERT
}
