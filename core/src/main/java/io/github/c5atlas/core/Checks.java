package io.github.c5atlas.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import java.util.Map;

/**
 * The checks that several value types share, each with a message that names the bad value. They run for every value
 * built, a million times when a big atlas is read, so the syntax checks match characters with Guava's CharMatcher
 * rather than regular expressions (equal to the expressions in their comments, which ChecksTest holds them to), and a
 * message is only written when a check fails.
 */
final class Checks {
  private static final CharMatcher LOWER = CharMatcher.inRange('a', 'z');
  private static final CharMatcher UPPER = CharMatcher.inRange('A', 'Z');
  private static final CharMatcher DIGIT = CharMatcher.inRange('0', '9');
  private static final CharMatcher ID_CHARS = LOWER.or(DIGIT).or(CharMatcher.is('-')).precomputed();
  private static final CharMatcher GROUP_ID_CHARS = UPPER.or(DIGIT).or(CharMatcher.is('_')).precomputed();
  private static final CharMatcher SUBTAG_CHARS = LOWER.or(UPPER).or(DIGIT).precomputed();

  private Checks() {}

  static void id(String what, String id) {
    checkArgument(isId(id),
        "%s id '%s' must be 1 to 80 lowercase letters, digits or hyphens, starting with a letter or digit", what, id);
  }

  static void stateCode(String what, String code) {
    checkArgument(isStateCode(code),
        "%s '%s' must be an ISO 3166-1 alpha-2 code: two uppercase letters", what, code);
  }

  static void groupId(String id) {
    checkArgument(isGroupId(id),
        "group id '%s' must be an uppercase constant name such as CENTRAL_ASIA", id);
  }

  static void language(String what, String language) {
    checkArgument(isLanguage(language),
        "%s '%s' must be a BCP 47 language tag such as en, ru or ar", what, language);
  }

  /** Checks the names of the {@code kind} (event, person, ...) of this id: an English one, each in a language. */
  static void names(String kind, String id, Map<String, String> names) {
    checkArgument(names.containsKey("en"), "%s %s must have an English name (key 'en'), has %s", kind, id,
        names.keySet());
    names.forEach((language, name) -> {
      if (!isLanguage(language)) {
        language("language of a name of " + kind + " " + id, language);
      }
      if (name.isBlank()) {
        notBlank("name of " + kind + " " + id + " in '" + language + "'", name);
      }
    });
  }

  static void url(String what, String url) {
    checkArgument(url.startsWith("https://") || url.startsWith("http://"),
        "%s '%s' must be an http or https address", what, url);
  }

  static void notBlank(String what, String text) {
    checkArgument(!text.isBlank(), "%s must not be blank", what);
  }

  /** {@code [a-z0-9][a-z0-9-]{0,79}}. */
  static boolean isId(String text) {
    return !text.isEmpty() && text.length() <= 80 && text.charAt(0) != '-' && ID_CHARS.matchesAllOf(text);
  }

  /** {@code [A-Z]{2}}. */
  static boolean isStateCode(String text) {
    return text.length() == 2 && UPPER.matches(text.charAt(0)) && UPPER.matches(text.charAt(1));
  }

  /** {@code [A-Z][A-Z0-9_]{0,39}}. */
  static boolean isGroupId(String text) {
    return !text.isEmpty() && text.length() <= 40 && UPPER.matches(text.charAt(0)) && GROUP_ID_CHARS.matchesAllOf(text);
  }

  /** {@code [a-z]{2,3}(-[A-Za-z0-9]{2,8})*}. */
  static boolean isLanguage(String text) {
    int length = text.length();
    int i = 0;
    while (i < length && LOWER.matches(text.charAt(i))) {
      i++;
    }
    if (i < 2 || i > 3) {
      return false;
    }
    while (i < length) {
      if (text.charAt(i) != '-') {
        return false;
      }
      int start = ++i;
      while (i < length && SUBTAG_CHARS.matches(text.charAt(i))) {
        i++;
      }
      if (i - start < 2 || i - start > 8) {
        return false;
      }
    }
    return true;
  }
}
