package io.github.c5atlas.core;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * One place where a source's report differs from the curated view: which event (or forum), which field, both
 * values as text, and both sources.
 *
 * <pre>{@code
 * atlas.discrepancies();
 * // birlik-2025 span: curated 2025-10-14 to 2025-10-21~ [azertag-az, news-day-az], seed-article says 2025-10-21 onwards
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Discrepancy {
  /** The fields in which a report can differ from the curated view. */
  enum Field {
    /** Whether the event took place. */
    STATUS,
    /** When. */
    SPAN,
    /** Where. */
    PLACES,
    /** Who took part. */
    PARTICIPANTS,
    /** What was said: statements only the report has. */
    STATEMENTS,
    /** A claim in words that fits no field. */
    NOTE
  }

  /** Returns the id of the event or forum. */
  String about();

  /** Returns the field that differs. */
  Field field();

  /** Returns the curated value as text; empty when the curated view has nothing there. */
  String curated();

  /** Returns the reported value as text. */
  String reported();

  /** Returns the sources of the curated view. */
  ImmutableList<String> curatedSources();

  /** Returns the source of the report. */
  String reportSource();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Discrepancy}. */
  final class Builder extends ImmutableDiscrepancy.Builder {}
}
