package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

/**
 * A reference to an event by its id, resolved in the atlas a query runs on: the argument of the interval relations,
 * {@code concurrentWith(event("samarkand-2025"))}. Prints as {@code event("samarkand-2025")}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EventRef {
  private final String id;

  EventRef(String id) {
    this.id = requireNonNull(id, "id");
  }

  /** Returns the id of the event. */
  public String id() {
    return id;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventRef && ((EventRef) other).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "event(" + Literals.quote(id) + ")";
  }
}
