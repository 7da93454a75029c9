package io.github.c5atlas.consumer;

import static io.github.c5atlas.dsl.Dsl.CENTRAL_ASIA;
import static io.github.c5atlas.dsl.Dsl.attendedByAll;
import static io.github.c5atlas.dsl.Dsl.attendedOnlyBy;
import static io.github.c5atlas.dsl.Dsl.events;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.dsl.Result;
import java.util.List;
import java.util.stream.Collectors;

/** Asks the bundled atlas which events the five Central Asian states attended with no external party. */
public final class App {
  private App() {}

  /** Returns the answer from the atlas bundled in the c5atlas-core jar. */
  public static Result<Event> c5Only() {
    return events().where(attendedByAll(CENTRAL_ASIA).and(attendedOnlyBy(CENTRAL_ASIA))).run(Atlas.bundled());
  }

  /** Returns the ids of the answer's events. */
  public static List<String> c5OnlyIds() {
    return c5Only().stream().map(Event::id).collect(Collectors.toList());
  }

  /** Prints the answer. */
  public static void main(String[] args) {
    System.out.println(c5Only());
  }
}
