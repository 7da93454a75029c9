package io.github.c5atlas.dsl;

/** How text is made safe for Mermaid: task names, section names and node labels. */
final class Mermaid {
  private Mermaid() {}

  /**
   * Returns text fit for a Gantt task or section name: no colon (which ends a task's name), semicolon (which ends a
   * statement and closes an entity code such as {@code #35;}), comment mark {@code %%} or line break; colons become
   * dashes, semicolons commas, and spaces are collapsed.
   */
  static String name(String text) {
    String safe = text.replace(": ", " - ").replace(':', '-').replace(';', ',').replace("%%", "%").replaceAll("[\\r\\n\\t]", " ").replaceAll(" {2,}", " ").trim();
    return safe.isEmpty() ? "-" : safe;
  }

  /** Returns text fit for a quoted node label: no double quote, and what {@link #name} removes. */
  static String label(String text) {
    return name(text).replace('"', '\'');
  }
}
