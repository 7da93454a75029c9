package io.github.c5atlas.core;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Records each unknown field with its JSON pointer (under a prefix, when a part of the document is bound on its
 * own) and its line and column, skips its value, and lets binding go on.
 */
final class UnknownFields extends DeserializationProblemHandler {
  private final List<Problem> found;
  private final String prefix;

  UnknownFields(List<Problem> found, String prefix) {
    this.found = found;
    this.prefix = prefix;
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) {
    TokenStreamLocation location = p.currentTokenLocation();
    String segment = propertyName.replace("~", "~0").replace("/", "~1");
    String pointer = p.streamReadContext().pathAsPointer().toString();
    if (!pointer.endsWith("/" + segment)) {
      pointer = pointer + "/" + segment;
    }
    String message = "unknown field '" + propertyName + "'";
    found.add(location.getLineNr() > 0 && prefix.isEmpty()
        ? Problem.at(pointer, location.getLineNr(), Math.max(1, location.getColumnNr()), message)
        : Problem.at(prefix + pointer, message));
    p.skipChildren();
    return true;
  }
}
