package io.github.c5atlas.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Something said at an event: who said it, on whose behalf, the text, its language and its source. "A message of
 * Mirziyoyev, read by Makhmudov on his behalf" has speaker {@code makhmudov} and onBehalfOf {@code mirziyoyev}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatement.class)
@JsonDeserialize(as = ImmutableStatement.class)
@JsonPropertyOrder({"speaker", "onBehalfOf", "text", "language", "source"})
public interface Statement {
  /** Returns the id of the person who spoke. */
  String speaker();

  /** Returns the id of the person on whose behalf the text was read, if not the speaker's own. */
  Optional<String> onBehalfOf();

  /** Returns the text, as the source gives it. */
  String text();

  /** Returns the language of the text, as a BCP 47 tag. */
  String language();

  /** Returns the id of the source. */
  String source();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Statement}; {@code build()} checks it. */
  final class Builder extends ImmutableStatement.Builder {}

  @Value.Check
  default void check() {
    Checks.notBlank("text of a statement by " + speaker(), text());
    Checks.language("language of a statement by " + speaker(), language());
  }
}
