package io.github.c5atlas.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableSet;
import io.github.c5atlas.core.time.FuzzyDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A treaty, agreement or declaration: its kind, its subjects, and its ratification, beside what every
 * {@link Event} has. The span is the signing; the parties are the participations.
 *
 * <pre>{@code
 * Agreement treaty = (Agreement) atlas.event("kg-tj-border-treaty-2025").orElseThrow();
 * treaty.subjects();   // [BORDER_DELIMITATION]
 * treaty.signed();     // 2025-03-13
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgreement.class)
@JsonDeserialize(as = ImmutableAgreement.class)
@JsonPropertyOrder({"type", "id", "names", "aliases", "status", "agreementKind", "subjects", "span", "places", "host",
  "forum", "participations", "ratified", "inForce", "statements", "tags", "sources"})
public non-sealed interface Agreement extends Event {
  /** Returns the legal form. */
  AgreementKind agreementKind();

  /** Returns what it is about. */
  ImmutableSet<AgreementSubject> subjects();

  /** Returns when it was ratified (by the last party to ratify), where known. */
  Optional<FuzzyDate> ratified();

  /** Returns when it entered into force (for example the exchange of instruments), where known. */
  Optional<FuzzyDate> inForce();

  /** Returns when it was signed: the start of its span. */
  default FuzzyDate signed() {
    return span().start();
  }

  @Override
  default EventKind kind() {
    return EventKind.AGREEMENT;
  }

  @Override
  default <R> R accept(Visitor<R> visitor) {
    return visitor.visitAgreement(this);
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agreement}; {@code build()} checks it. */
  final class Builder extends ImmutableAgreement.Builder implements EventBuilder<Builder> {}

  @Value.Check
  default void check() {
    EventChecks.check(this);
  }
}
