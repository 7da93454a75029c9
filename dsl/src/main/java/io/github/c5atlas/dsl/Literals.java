package io.github.c5atlas.dsl;

/** How values print in the text syntax: strings in double quotes with {@code \"} and {@code \\} escaped. */
final class Literals {
  private Literals() {}

  static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          quoted.append("\\\"");
          break;
        case '\\':
          quoted.append("\\\\");
          break;
        case '\n':
          quoted.append("\\n");
          break;
        case '\t':
          quoted.append("\\t");
          break;
        case '\r':
          quoted.append("\\r");
          break;
        default:
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
      }
    }
    return quoted.append('"').toString();
  }
}
