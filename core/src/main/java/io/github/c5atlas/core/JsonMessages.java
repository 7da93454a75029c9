package io.github.c5atlas.core;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's messages into the library's: the cause of a failed check, without Java class names. */
final class JsonMessages {
  private JsonMessages() {}

  static String clean(JacksonException e) {
    Throwable cause = e.getCause();
    if (e instanceof ValueInstantiationException && cause != null && cause.getMessage() != null) {
      return tidy(cause.getMessage());
    }
    if (e instanceof StreamConstraintsException) {
      return "document exceeds a limit: " + tidy(e.getOriginalMessage());
    }
    String message = e.getOriginalMessage();
    return tidy(message == null ? e.getClass().getSimpleName() : message);
  }

  private static String tidy(String message) {
    return message
        .replaceAll("^Cannot deserialize value of type \\S+ from String (\"[^\"]*\"): (Text '[^']*' could not be parsed as a fuzzy date at index \\d+: )?",
            "invalid value $1: ")
        .replaceAll("`?io\\.github\\.c5atlas\\.core\\.(time\\.)?(Immutable)?([A-Za-z]+)(\\$Json)?(\\$Builder)?`?", "$3")
        .replaceAll("`?(java\\.lang|com\\.google\\.common\\.collect)\\.([A-Za-z]+)`?", "$2")
        .replace("Cannot build ", "incomplete ")
        .replace("some of required attributes are not set", "missing required fields")
        .replaceAll("\\s*\\(for Object starting at \\[.*?\\]\\)", "")
        .replaceAll("\\s+at \\[Source:.*$", "")
        .replaceAll(": enable `[A-Za-z_.]+` to allow", "")
        .replaceAll("\\s*\\(but could if coercion was enabled using `CoercionConfig`\\)", "")
        .replace("`", "")
        .replaceAll("\\[simple type, class ([A-Za-z.$]+)\\]", "$1")
        .replaceAll(", from `?StreamReadConstraints\\.[A-Za-z]+\\(\\)`?", "")
        .trim();
  }
}
