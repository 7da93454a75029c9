package io.github.c5atlas.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.c5atlas.core.time.FuzzyDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a fact was reported: publisher, title, address, date and language. Every event and tenure cites at least
 * one source by its id.
 *
 * <pre>{@code
 * Source.builder().id("kun-uz-2024-07-08").publisher("Kun.uz").language("en")
 *     .url("https://kun.uz/en/news/2024/07/08").date(FuzzyDate.parse("2024-07-08")).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
@JsonPropertyOrder({"id", "publisher", "title", "url", "date", "language"})
public interface Source {
  /** Returns the id by which events, tenures and reports cite this source. */
  String id();

  /** Returns who published it, for example {@code TASS}. */
  String publisher();

  /** Returns the title, where known. */
  Optional<String> title();

  /** Returns the address, where there is one. */
  Optional<String> url();

  /** Returns the date of publication, where known. */
  Optional<FuzzyDate> date();

  /** Returns the language the source is written in, as a BCP 47 tag. */
  String language();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}; {@code build()} checks it. */
  final class Builder extends ImmutableSource.Builder {}

  @Value.Check
  default void check() {
    Checks.id("source", id());
    Checks.notBlank("publisher of source " + id(), publisher());
    Checks.language("language of source " + id(), language());
    url().ifPresent(u -> Checks.url("url of source " + id(), u));
  }
}
