package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A query text that is not a query: where (the offset, from 0), what was expected, what was found, and for a
 * misspelt name the nearest valid one.
 *
 * <pre>{@code
 * Query.parse("events where atendedByAll(CENTRAL_ASIA)");
 * // QuerySyntaxException: at 13: expected a condition, found 'atendedByAll'; did you mean 'attendedByAll'?
 * //   events where atendedByAll(CENTRAL_ASIA)
 * //                ^
 * }</pre>
 */
public final class QuerySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final int position;
  private final String expected;
  private final String found;
  // null for none: an exception is Serializable and Optional is not
  private final @Nullable String suggestion;

  /** Creates the exception for the text at a position (0 to the text's length). */
  public QuerySyntaxException(String text, int position, String expected, String found,
      Optional<String> suggestion) {
    super(message(text, position, expected, found, suggestion));
    this.text = requireNonNull(text, "text");
    this.position = position;
    this.expected = requireNonNull(expected, "expected");
    this.found = requireNonNull(found, "found");
    this.suggestion = suggestion.orElse(null);
  }

  /** Returns the text that was read. */
  public String text() {
    return text;
  }

  /** Returns the offset in the text (from 0) where the problem is. */
  public int position() {
    return position;
  }

  /** Returns what was expected there. */
  public String expected() {
    return expected;
  }

  /** Returns what was found there. */
  public String found() {
    return found;
  }

  /** Returns the nearest valid name, for a misspelt one. */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }

  private static String message(String text, int position, String expected, String found,
      Optional<String> suggestion) {
    String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
    StringBuilder message = new StringBuilder("at ").append(position).append(": expected ").append(expected)
        .append(", found ").append(found);
    suggestion.ifPresent(s -> message.append("; did you mean '").append(s).append("'?"));
    if (position <= 200 && shown.indexOf('\n') < 0) {
      message.append("\n  ").append(shown).append("\n  ").append(" ".repeat(position)).append('^');
    }
    return message.toString();
  }
}
