package io.github.c5atlas.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A meeting or summit: its level, its chair and its outcomes, beside what every {@link Event} has.
 *
 * <pre>{@code
 * Meeting.builder().id("samarkand-2025").putName("en", "Meeting of the defence ministers of Central Asia")
 *     .span(FuzzySpan.on(FuzzyDate.parse("2025-10-20"))).level(Level.MINISTER).chair("khalmukhamedov")
 *     .addParticipation(Participation.of("UZ", Role.HOST)).addSource("qazinform-2025-10-20").build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeeting.class)
@JsonDeserialize(as = ImmutableMeeting.class)
@JsonPropertyOrder({"type", "id", "names", "aliases", "status", "span", "places", "host", "forum", "level", "chair",
  "participations", "outcomes", "statements", "tags", "sources"})
public non-sealed interface Meeting extends Event {
  /** Returns the level at which the meeting was held. */
  Level level();

  /** Returns the id of the person who chaired it, where known. */
  Optional<String> chair();

  /** Returns what it produced: documents signed, decisions, topics agreed. */
  ImmutableList<String> outcomes();

  @Override
  default EventKind kind() {
    return EventKind.MEETING;
  }

  @Override
  default <R> R accept(Visitor<R> visitor) {
    return visitor.visitMeeting(this);
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meeting}; {@code build()} checks it. */
  final class Builder extends ImmutableMeeting.Builder implements EventBuilder<Builder> {}

  @Value.Check
  default void check() {
    EventChecks.check(this);
  }
}
