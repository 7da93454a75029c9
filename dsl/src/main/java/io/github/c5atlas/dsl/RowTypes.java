package io.github.c5atlas.dsl;

import java.util.List;

/** The row types of conditions: the narrowest of several, and whether a source's rows fit a condition. */
final class RowTypes {
  private RowTypes() {}

  static Class<?> narrowest(List<? extends Condition<?>> conditions) {
    Class<?> narrowest = Object.class;
    for (Condition<?> condition : conditions) {
      Class<?> type = condition.rowType();
      if (narrowest.isAssignableFrom(type)) {
        narrowest = type;
      } else if (!type.isAssignableFrom(narrowest)) {
        throw new IllegalArgumentException("cannot combine a condition on " + plural(type) + " with one on "
            + plural(narrowest) + ": " + condition);
      }
    }
    return narrowest;
  }

  static String plural(Class<?> type) {
    switch (type.getSimpleName()) {
      case "Person":
        return "people";
      case "Named":
        return "named things";
      case "Object":
        return "anything";
      default:
        return type.getSimpleName().toLowerCase() + "s";
    }
  }
}
