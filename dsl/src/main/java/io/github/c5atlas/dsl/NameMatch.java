package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Named;
import io.github.c5atlas.core.time.Truth;
import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Anything whose id, name in any language or alias contains the text, ignoring case and diacritics. Prints as
 * {@code named("Birlik")}.
 */
final class NameMatch extends Condition<Named> {
  private final String text;
  private final String key;

  NameMatch(String text) {
    this.text = requireNonNull(text, "text");
    this.key = fold(text);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("named() needs some letters or digits, not " + Literals.quote(text));
    }
  }

  String text() {
    return text;
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
  }

  @Override
  Truth evaluate(Named row, Atlas atlas) {
    return Truth.of(Stream.concat(Stream.of(row.id()), Stream.concat(row.names().values().stream(),
        row.aliases().stream())).anyMatch(name -> fold(name).contains(key)));
  }

  @Override
  Class<?> rowType() {
    return Named.class;
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitNamed(this);
  }

  @Override
  public String toString() {
    return "named(" + Literals.quote(text) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NameMatch && ((NameMatch) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + 7;
  }
}
