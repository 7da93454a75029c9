package io.github.c5atlas.core;

/**
 * The kind of office a {@link Tenure} is held in.
 */
public enum Office {
  /** President or monarch. */
  HEAD_OF_STATE,
  /** Prime minister or chair of the cabinet. */
  HEAD_OF_GOVERNMENT,
  /** Minister of defence. */
  DEFENCE_MINISTER,
  /** Deputy or first deputy minister of defence. */
  DEPUTY_DEFENCE_MINISTER,
  /** Chief of the general staff. */
  CHIEF_OF_GENERAL_STAFF,
  /** Minister of foreign affairs. */
  FOREIGN_MINISTER,
  /** Secretary of the national security council. */
  SECURITY_COUNCIL_SECRETARY,
  /** Speaker or chair of the parliament. */
  PARLIAMENT_SPEAKER,
  /** Commander of a service or branch (navy, air defence, ...). */
  SERVICE_COMMANDER,
  /** Secretary-general or president of an organisation. */
  HEAD_OF_ORGANISATION,
  /** Any other office; say which in the tenure's title. */
  OTHER
}
