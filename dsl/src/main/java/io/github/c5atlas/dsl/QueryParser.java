package io.github.c5atlas.dsl;

import java.util.Optional;

/** Reads the text syntax into a {@link Query}. */
final class QueryParser {
  private QueryParser() {}

  static Query<?> parse(String text) {
    throw new QuerySyntaxException(text, 0, "a query", "text (the parser is not written yet)", Optional.empty());
  }
}
