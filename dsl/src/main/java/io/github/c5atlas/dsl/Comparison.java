package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import io.github.c5atlas.core.Atlas;
import java.util.Objects;
import java.util.Optional;

/**
 * A comparison of two editions of a series, as a value that prints as the call that builds it and runs on any
 * atlas, like a {@link Query}: {@code compare(event("birlik-2024"), event("birlik-2025"))}.
 *
 * <pre>{@code
 * Comparison c = compare(event("birlik-2024"), event("birlik-2025")).accordingTo("seed-article");
 * c.toString();          // compare(event("birlik-2024"), event("birlik-2025")) accordingTo("seed-article")
 * c.run(atlas).left();   // [KG, TJ]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Comparison {
  private final EventRef from;
  private final EventRef to;
  private final Optional<String> accordingTo;

  Comparison(EventRef from, EventRef to, Optional<String> accordingTo) {
    this.from = requireNonNull(from, "from");
    this.to = requireNonNull(to, "to");
    this.accordingTo = requireNonNull(accordingTo, "accordingTo");
  }

  /** Returns the earlier edition. */
  public EventRef from() {
    return from;
  }

  /** Returns the later edition. */
  public EventRef to() {
    return to;
  }

  /** Returns the source whose version of the atlas the comparison runs on, if not the curated view. */
  public Optional<String> sourceVersion() {
    return accordingTo;
  }

  /** Returns a copy of this comparison that runs on the atlas as the source with this id tells it. */
  public Comparison accordingTo(String sourceId) {
    return new Comparison(from, to, Optional.of(requireNonNull(sourceId, "sourceId")));
  }

  /**
   * Compares the two editions in an atlas (or in the source's version of it).
   *
   * @throws IllegalArgumentException if the atlas has no event with one of the ids, or no such source
   */
  public EditionDiff run(Atlas atlas) {
    requireNonNull(atlas, "atlas");
    return EditionDiff.of(this, accordingTo.map(atlas::asReportedBy).orElse(atlas));
  }

  /** Returns the call that builds this comparison. */
  @Override
  public String toString() {
    return "compare(" + from + ", " + to + ")"
        + accordingTo.map(s -> " accordingTo(" + Literals.quote(s) + ")").orElse("");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Comparison && ((Comparison) other).from.equals(from)
        && ((Comparison) other).to.equals(to) && ((Comparison) other).accordingTo.equals(accordingTo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, accordingTo);
  }
}
