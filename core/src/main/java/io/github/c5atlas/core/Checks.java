package io.github.c5atlas.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;

/**
 * The checks that several value types share, each with a message that names the bad value. They run for every value
 * built, a million times when a big atlas is read, so the syntax checks are plain loops over the characters (equal
 * to the regular expressions in their comments, which ChecksTest holds them to) and a message is only written when a
 * check fails.
 */
final class Checks {
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
    int length = text.length();
    if (length < 1 || length > 80 || text.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!isLower(c) && !isDigit(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code [A-Z]{2}}. */
  static boolean isStateCode(String text) {
    return text.length() == 2 && isUpper(text.charAt(0)) && isUpper(text.charAt(1));
  }

  /** {@code [A-Z][A-Z0-9_]{0,39}}. */
  static boolean isGroupId(String text) {
    int length = text.length();
    if (length < 1 || length > 40 || !isUpper(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (!isUpper(c) && !isDigit(c) && c != '_') {
        return false;
      }
    }
    return true;
  }

  /** {@code [a-z]{2,3}(-[A-Za-z0-9]{2,8})*}. */
  static boolean isLanguage(String text) {
    int length = text.length();
    int i = 0;
    while (i < length && isLower(text.charAt(i))) {
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
      while (i < length && (isLower(text.charAt(i)) || isUpper(text.charAt(i)) || isDigit(text.charAt(i)))) {
        i++;
      }
      if (i - start < 2 || i - start > 8) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
