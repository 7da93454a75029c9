package io.github.c5atlas.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * An atlas that could not be built or read, with every problem found, each with its JSON pointer and, when read
 * from text, its line and column. No atlas exists when this is thrown: reading and building are all-or-nothing.
 *
 * <pre>{@code
 * try {
 *   Atlas.read(Path.of("mine.json"));
 * } catch (InvalidAtlasException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class InvalidAtlasException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED_IN_MESSAGE = 20;

  private final ImmutableList<Problem> problems;
  private final String origin;

  /** Creates the exception for the given problems (at least one) found in the named origin. */
  public InvalidAtlasException(String origin, Iterable<Problem> problems) {
    super(message(origin, ImmutableList.copyOf(problems)));
    this.problems = ImmutableList.copyOf(problems);
    this.origin = requireNonNull(origin, "origin");
    checkArgument(!this.problems.isEmpty(), "an InvalidAtlasException needs at least one problem");
  }

  /** Returns every problem found, in document order where the atlas was read from text. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** Returns what was read (a file name, "bundled atlas", "input stream") or built. */
  public String origin() {
    return origin;
  }

  /** Returns the first problem. */
  public Problem first() {
    return problems.get(0);
  }

  /** Returns the problem at a JSON pointer, if any. */
  public Optional<Problem> at(String pointer) {
    requireNonNull(pointer, "pointer");
    return problems.stream().filter(p -> p.pointer().equals(pointer)).findFirst();
  }

  private static String message(String origin, ImmutableList<Problem> problems) {
    StringBuilder text = new StringBuilder();
    text.append(origin).append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    problems.stream().limit(LISTED_IN_MESSAGE).forEach(p -> text.append("\n  ").append(p));
    if (problems.size() > LISTED_IN_MESSAGE) {
      text.append("\n  ... and ").append(problems.size() - LISTED_IN_MESSAGE).append(" more");
    }
    return text.toString();
  }
}
