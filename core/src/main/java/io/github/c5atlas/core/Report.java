package io.github.c5atlas.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.time.FuzzySpan;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What one source claims about an event (or a forum) where it differs from the curated view. Only what the source
 * claims is set: an absent span, empty participations or empty places mean the source says nothing different
 * there. Claims that fit no field are kept as notes.
 *
 * <pre>{@code
 * // the seed article: Birlik 2025 from 21 October, with Uzbekistan, Kazakhstan and Azerbaijan
 * Report.builder().source("seed-article").about("birlik-2025")
 *     .span(FuzzySpan.ongoing(FuzzyDate.parse("2025-10-21")))
 *     .addParticipation(Participation.of("UZ", Role.HOST)) ...
 *     .addNote("Azerbaijan replaced Turkmenistan").build();
 * }</pre>
 *
 * <p>{@link Atlas#asReportedBy(String)} applies every report of a source; {@link Atlas#discrepancies()} lists
 * where each differs. Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReport.class)
@JsonDeserialize(as = ImmutableReport.class)
@JsonPropertyOrder({"source", "about", "status", "span", "places", "participations", "statements", "notes"})
public interface Report {
  /** Returns the id of the source that makes these claims. */
  String source();

  /** Returns the id of the event (or forum) the claims are about. */
  String about();

  /** Returns the status the source gives, if it differs. */
  Optional<EventStatus> status();

  /** Returns the span the source gives, if it differs. */
  Optional<FuzzySpan> span();

  /** Returns the places the source gives; empty if it says nothing different. */
  ImmutableList<Place> places();

  /** Returns the parties the source lists; empty if it says nothing different. */
  ImmutableList<Participation> participations();

  /** Returns statements only this source reports. */
  ImmutableList<Statement> statements();

  /** Returns the source's other claims, in words. */
  ImmutableList<String> notes();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Report}; {@code build()} checks it. */
  final class Builder extends ImmutableReport.Builder {}

  @Value.Check
  default void check() {
    Checks.notBlank("source of a report", source());
    Checks.notBlank("subject of a report", about());
  }
}
