package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.time.FuzzySpan;
import java.time.LocalDate;

/**
 * What the events of a result are grouped by, in {@link Result#countBy(GroupKey)} and in the sections of
 * {@link Timeline#toMermaid(GroupKey)}.
 *
 * <pre>{@code
 * events().where(attendedByAny(CENTRAL_ASIA)).run(atlas).countBy(GroupKey.YEAR);
 * // 2018 -> 2, 2019 -> 1, ...
 * }</pre>
 *
 * <p>The key of an event is text: a state code, a year, a forum id, a kind.
 */
public enum GroupKey {
  /**
   * Each state that took part, in any role: an event counts once for each of its parties that is a state of the
   * atlas. Organisations taking part as such (the EU, the GCC) are not states and are not counted.
   */
  STATE,
  /**
   * The year of the earliest day the event may have started: an event "in 2020" or "about 1 January 2021" counts
   * in the first year its start allows. A start open into the past ({@code ../2025-05-28}) has no such year; it
   * counts under {@code ..} and the year of its latest possible start, such as {@code ../2025}.
   */
  YEAR,
  /** The id of the forum the event belongs to, or {@code (none)}. */
  FORUM,
  /** The kind of event: {@code meeting}, {@code exercise} or {@code agreement}. */
  KIND;

  /** The key of events that belong to no forum. */
  static final String NO_FORUM = "(none)";

  /** Returns the keys of an event: one for every key but {@link #STATE}, one per state party for that. */
  ImmutableList<String> keys(Event event, Atlas atlas) {
    switch (this) {
      case STATE:
        return event.parties().stream().filter(party -> isState(party, atlas))
            .collect(ImmutableList.toImmutableList());
      case YEAR:
        return ImmutableList.of(year(event.span()));
      case FORUM:
        return ImmutableList.of(event.forum().orElse(NO_FORUM));
      case KIND:
        return ImmutableList.of(event.kind().name().toLowerCase());
      default:
        throw new AssertionError(this);
    }
  }

  /** Returns whether a party is a state of the atlas, not an organisation taking part as such. */
  static boolean isState(String party, Atlas atlas) {
    return atlas.state(party).filter(s -> s.code().equals(party)).isPresent();
  }

  /** Returns the year key of a span: the year of its earliest start, or {@code ../year} of its latest start. */
  static String year(FuzzySpan span) {
    LocalDate earliest = span.earliestStart();
    if (earliest.equals(LocalDate.MIN)) {
      LocalDate latest = span.latestStart();
      return latest.equals(LocalDate.MAX) ? ".." : "../" + latest.getYear();
    }
    return String.valueOf(earliest.getYear());
  }
}
