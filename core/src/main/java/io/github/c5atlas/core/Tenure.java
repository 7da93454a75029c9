package io.github.c5atlas.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.time.FuzzySpan;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An office held by a person for a state over a span: "defence minister of Kazakhstan from 2025-06-08, replacing
 * Zhaksylykov". The start may be fuzzy ("since 2018", "in office by 28 May 2025"); an open end means the person
 * still holds the office.
 *
 * <pre>{@code
 * Tenure.builder().office(Office.DEFENCE_MINISTER).state("KZ")
 *     .span(FuzzySpan.ongoing(FuzzyDate.parse("2025-06-08"))).predecessor("zhaksylykov")
 *     .addSource("eadaily-2025-06-08").build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTenure.class)
@JsonDeserialize(as = ImmutableTenure.class)
@JsonPropertyOrder({"office", "title", "state", "span", "rank", "predecessor", "sources"})
public interface Tenure {
  /** Returns the kind of office. */
  Office office();

  /** Returns the office's own title, where the kind alone does not say it (for example "Navy commander"). */
  Optional<String> title();

  /** Returns the code of the state (or the id of the organisation) the office belongs to. */
  String state();

  /** Returns when the office was held; an open end means ongoing. */
  FuzzySpan span();

  /** Returns the rank held during the tenure, where known, for example "Lieutenant General". */
  Optional<String> rank();

  /** Returns the id of the person replaced, where known. */
  Optional<String> predecessor();

  /** Returns the ids of the sources that report this tenure; at least one. */
  ImmutableList<String> sources();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Tenure}; {@code build()} checks it. */
  final class Builder extends ImmutableTenure.Builder {}

  @Value.Check
  default void check() {
    checkArgument(!sources().isEmpty(), "a tenure as %s of %s cites no source", office(), state());
    Checks.notBlank("state of a tenure", state());
  }
}
