package io.github.c5atlas.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;

/**
 * Anything in an atlas that has an id and names: states, groups, people, forums and events.
 *
 * <p>Names are keyed by BCP 47 language tag ({@code en}, {@code ru}, {@code ar}); every named thing has an English
 * name. Aliases hold the other spellings that sources use (transliterations differ), and lookups by name in
 * {@link Atlas} accept any of them.
 */
public interface Named {
  /** Returns the short, stable id of this thing, for example {@code UZ}, {@code csto} or {@code birlik-2025}. */
  String id();

  /** Returns the names by language tag; always has {@code en}. */
  ImmutableMap<String, String> names();

  /** Returns other spellings of the name, in any language. */
  ImmutableList<String> aliases();

  /** Returns the English name. */
  default String name() {
    // every built Named has an English name: Checks.names rejects a value without one
    return Objects.requireNonNull(names().get("en"), "English name");
  }

  /** Returns the name in the given language, if the atlas has one. */
  default Optional<String> name(String language) {
    return Optional.ofNullable(names().get(Objects.requireNonNull(language, "language")));
  }
}
