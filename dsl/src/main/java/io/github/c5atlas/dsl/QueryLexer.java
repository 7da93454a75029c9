package io.github.c5atlas.dsl;

import java.util.Optional;

/**
 * Splits query text into tokens, one at a time, so that the first error reported is the leftmost one. Each token
 * carries its offsets in the text. Linear in the length of the text.
 */
final class QueryLexer {
  /** The kinds of token. */
  enum Kind {
    /** A name: a source, keyword, method, constant or period such as {@code P1Y}. */
    NAME,
    /** A double-quoted string; {@link Token#value} holds it unescaped. */
    STRING,
    /** A bare literal of digits and EDTF punctuation: a date such as {@code 2025-10~} or a number. */
    LITERAL,
    LPAREN,
    RPAREN,
    COMMA,
    DOT,
    END
  }

  /** A token: its kind, its text as written, its value (unescaped, for strings) and where it starts and ends. */
  static final class Token {
    final Kind kind;
    final String text;
    final String value;
    final int start;
    final int end;

    Token(Kind kind, String text, String value, int start, int end) {
      this.kind = kind;
      this.text = text;
      this.value = value;
      this.start = start;
      this.end = end;
    }

    boolean is(Kind kind, String name) {
      return this.kind == kind && text.equals(name);
    }

    boolean isName(String name) {
      return is(Kind.NAME, name);
    }

    /** Returns how the token is described in an error message: quoted and shortened, or "end of text". */
    String describe() {
      if (kind == Kind.END) {
        return "end of text";
      }
      return "'" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "'";
    }
  }

  private final String text;
  private int position;

  QueryLexer(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  /** Returns the next token, {@link Kind#END} at the end of the text (and again after that). */
  Token next() {
    while (position < text.length() && isSpace(text.charAt(position))) {
      position++;
    }
    int start = position;
    if (start >= text.length()) {
      return new Token(Kind.END, "", "", start, start);
    }
    char c = text.charAt(start);
    switch (c) {
      case '(':
        return single(Kind.LPAREN);
      case ')':
        return single(Kind.RPAREN);
      case ',':
        return single(Kind.COMMA);
      case '"':
        return string();
      case '.':
        if (start + 1 < text.length() && text.charAt(start + 1) == '.') {
          return literal();
        }
        return single(Kind.DOT);
      default:
        break;
    }
    if (isNameStart(c)) {
      position++;
      while (position < text.length() && isNamePart(text.charAt(position))) {
        position++;
      }
      String name = text.substring(start, position);
      return new Token(Kind.NAME, name, name, start, position);
    }
    if (isLiteralPart(c)) {
      return literal();
    }
    throw new QuerySyntaxException(text, start, "a name, a string, a date, a number or one of ( ) , .",
        describeChar(start), Optional.empty());
  }

  private Token single(Kind kind) {
    position++;
    return new Token(kind, text.substring(position - 1, position), "", position - 1, position);
  }

  /** A run of digits and {@code - ~ / . [ ]}, ending after a {@code ]}: dates and numbers, checked by the parser. */
  private Token literal() {
    int start = position;
    while (position < text.length() && isLiteralPart(text.charAt(position))) {
      position++;
      if (text.charAt(position - 1) == ']') {
        break;
      }
    }
    String literal = text.substring(start, position);
    return new Token(Kind.LITERAL, literal, literal, start, position);
  }

  private Token string() {
    int start = position;
    StringBuilder value = new StringBuilder();
    position++;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '"') {
        position++;
        return new Token(Kind.STRING, text.substring(start, position), value.toString(), start, position);
      }
      if (c != '\\') {
        value.append(c);
        position++;
        continue;
      }
      int escape = position;
      if (escape + 1 >= text.length()) {
        break;
      }
      char e = text.charAt(escape + 1);
      position += 2;
      switch (e) {
        case '"':
          value.append('"');
          break;
        case '\\':
          value.append('\\');
          break;
        case 'n':
          value.append('\n');
          break;
        case 't':
          value.append('\t');
          break;
        case 'r':
          value.append('\r');
          break;
        case 'u':
          value.append(unicodeEscape(escape));
          break;
        default:
          throw new QuerySyntaxException(text, escape, "an escape: \\\" \\\\ \\n \\t \\r or \\uXXXX",
              "'\\" + e + "'", Optional.empty());
      }
    }
    throw new QuerySyntaxException(text, start, "a string closed by '\"'", "an unclosed string",
        Optional.empty());
  }

  private char unicodeEscape(int escape) {
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = position < text.length() ? Character.digit(text.charAt(position), 16) : -1;
      if (digit < 0) {
        throw new QuerySyntaxException(text, escape, "\\u and four hexadecimal digits",
            "'" + text.substring(escape, Math.min(position + 1, text.length())) + "'", Optional.empty());
      }
      code = code * 16 + digit;
      position++;
    }
    return (char) code;
  }

  private String describeChar(int at) {
    int code = text.codePointAt(at);
    if (code > 0x20 && code < 0x7f) {
      return "'" + (char) code + "'";
    }
    String unicode = String.format("U+%04X", code);
    return Character.isLetterOrDigit(code) ? "'" + new String(Character.toChars(code)) + "' (" + unicode + ")"
        : "the character " + unicode;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }

  private static boolean isLiteralPart(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '~' || c == '/' || c == '.' || c == '[' || c == ']';
  }
}
