package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import java.util.Optional;

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

  /** Returns the event of the atlas with exactly this id (not an alias), if there is one. */
  static Optional<Event> find(Atlas atlas, String id) {
    return atlas.event(id).filter(e -> e.id().equals(id));
  }

  /**
   * Returns the event of the atlas with exactly this id.
   *
   * @throws IllegalArgumentException if the atlas has no such event
   */
  static Event resolve(Atlas atlas, String id) {
    return find(atlas, id).orElseThrow(() -> new IllegalArgumentException("the atlas has no event '" + id + "'"));
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
