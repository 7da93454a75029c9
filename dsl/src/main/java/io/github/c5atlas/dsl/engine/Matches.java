package io.github.c5atlas.dsl.engine;

import static java.util.Objects.requireNonNull;

import org.roaringbitmap.RoaringBitmap;

/**
 * The events for which a three-valued question is possibly true (TRUE or UNKNOWN) and those for which it is
 * certainly TRUE, as two bitmaps of event ordinals: the answer of {@link EventIndex} to the questions on fuzzy
 * spans. The certain events are among the possible ones; the rest of the possible ones are UNKNOWN.
 *
 * <pre>{@code
 * Matches may = index.spanIntersects(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31), index.all());
 * may.certain();    // the events certainly going on in October 2025
 * may.possible();   // ... and those that may be
 * }</pre>
 *
 * <p>The bitmaps are the caller's: new ones, made for this answer.
 */
public final class Matches {
  private final RoaringBitmap possible;
  private final RoaringBitmap certain;

  Matches(RoaringBitmap possible, RoaringBitmap certain) {
    this.possible = requireNonNull(possible, "possible");
    this.certain = requireNonNull(certain, "certain");
  }

  /** Returns the events for which the answer is TRUE or UNKNOWN. */
  public RoaringBitmap possible() {
    return possible;
  }

  /** Returns the events for which the answer is TRUE. */
  public RoaringBitmap certain() {
    return certain;
  }

  @Override
  public String toString() {
    return "Matches[" + certain.getLongCardinality() + " certain of " + possible.getLongCardinality() + " possible]";
  }
}
