package io.github.c5atlas.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;
import java.util.regex.Pattern;

/** The checks that several value types share, each with a message that names the bad value. */
final class Checks {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
  private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{2}");
  private static final Pattern GROUP_ID = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private Checks() {}

  static void id(String what, String id) {
    checkArgument(ID.matcher(id).matches(),
        "%s id '%s' must be 1 to 80 lowercase letters, digits or hyphens, starting with a letter or digit", what, id);
  }

  static void stateCode(String what, String code) {
    checkArgument(STATE_CODE.matcher(code).matches(),
        "%s '%s' must be an ISO 3166-1 alpha-2 code: two uppercase letters", what, code);
  }

  static void groupId(String id) {
    checkArgument(GROUP_ID.matcher(id).matches(),
        "group id '%s' must be an uppercase constant name such as CENTRAL_ASIA", id);
  }

  static void language(String what, String language) {
    checkArgument(LANGUAGE.matcher(language).matches(),
        "%s '%s' must be a BCP 47 language tag such as en, ru or ar", what, language);
  }

  static void names(String what, Map<String, String> names) {
    checkArgument(names.containsKey("en"), "%s must have an English name (key 'en'), has %s", what, names.keySet());
    names.forEach((language, name) -> {
      language("language of a name of " + what, language);
      notBlank("name of " + what + " in '" + language + "'", name);
    });
  }

  static void url(String what, String url) {
    checkArgument(url.startsWith("https://") || url.startsWith("http://"),
        "%s '%s' must be an http or https address", what, url);
  }

  static void notBlank(String what, String text) {
    checkArgument(!text.isBlank(), "%s must not be blank", what);
  }
}
