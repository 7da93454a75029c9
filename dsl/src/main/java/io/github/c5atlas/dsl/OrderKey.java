package io.github.c5atlas.dsl;

import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Named;
import java.util.Comparator;

/**
 * What query results are ordered by: {@code START} or {@code END} of an event's span (earliest possible day first),
 * {@code NAME} (English name) or {@code ID}. Events in the atlas's order otherwise.
 */
public enum OrderKey {
  /** The start of an event's span; other rows by name. */
  START,
  /** The end of an event's span (ongoing last); other rows by name. */
  END,
  /** The English name. */
  NAME,
  /** The id. */
  ID;

  Comparator<Object> comparator() {
    Comparator<Object> byName = Comparator.comparing(row -> row instanceof Named ? ((Named) row).name() : "");
    Comparator<Object> byId = Comparator.comparing(row -> row instanceof Named ? ((Named) row).id() : "");
    switch (this) {
      case START:
        return Comparator.<Object, Boolean>comparing(row -> !(row instanceof Event))
            .thenComparing(row -> row instanceof Event ? ((Event) row).span().earliestStart() : null,
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(byName).thenComparing(byId);
      case END:
        return Comparator.<Object, Boolean>comparing(row -> !(row instanceof Event))
            .thenComparing(row -> row instanceof Event ? ((Event) row).span().latestEnd() : null,
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(byName).thenComparing(byId);
      case NAME:
        return byName.thenComparing(byId);
      case ID:
        return byId;
      default:
        throw new AssertionError(this);
    }
  }
}
