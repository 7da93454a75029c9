package io.github.c5atlas.core;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One thing wrong with an atlas: where it is (a JSON pointer such as {@code /events/3/span}, and the line and
 * column when the atlas was read from text) and what is wrong.
 *
 * <pre>{@code
 * /events/3/participations/1/party: unknown party 'XX' (line 120, column 20)
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Problem {
  private final String pointer;
  private final int line;
  private final int column;
  private final String message;

  private Problem(String pointer, int line, int column, String message) {
    this.pointer = requireNonNull(pointer, "pointer");
    this.message = requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative: " + line + ", " + column);
    }
    this.line = line;
    this.column = column;
  }

  /** Obtains a problem at a JSON pointer, without a line. */
  public static Problem at(String pointer, String message) {
    return new Problem(pointer, 0, 0, message);
  }

  /** Obtains a problem at a JSON pointer and a line and column (both from 1). */
  public static Problem at(String pointer, int line, int column, String message) {
    return new Problem(pointer, line, column, message);
  }

  /** Returns a copy of this problem at the given line and column. */
  public Problem withLocation(int line, int column) {
    return new Problem(pointer, line, column, message);
  }

  /** Returns the JSON pointer of the offending value ({@code ""} for the whole document). */
  public String pointer() {
    return pointer;
  }

  /** Returns the line (from 1) of the offending value, if the atlas was read from text. */
  public OptionalInt line() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** Returns the column (from 1) of the offending value, if the atlas was read from text. */
  public OptionalInt column() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /** Returns what is wrong. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem
        && ((Problem) other).pointer.equals(pointer)
        && ((Problem) other).line == line
        && ((Problem) other).column == column
        && ((Problem) other).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, line, column, message);
  }

  /** Returns {@code pointer: message (line L, column C)}. */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    return line == 0 ? where + ": " + message : where + ": " + message + " (line " + line + ", column " + column + ")";
  }
}
