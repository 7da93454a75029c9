package io.github.c5atlas.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.Set;

/** The checks every member of the {@link Event} family makes when it is built. */
final class EventChecks {
  private EventChecks() {}

  static void check(Event event) {
    String id = event.id();
    Checks.id("event", id);
    Checks.names("event " + id, event.names());
    checkArgument(!event.sources().isEmpty(), "event %s cites no source", id);
    Set<String> parties = new HashSet<>();
    for (Participation participation : event.participations()) {
      checkArgument(parties.add(participation.party()), "event %s lists party %s twice", id, participation.party());
    }
    event.host().ifPresent(host -> checkArgument(parties.isEmpty() || parties.contains(host),
        "event %s names host %s, which is not among its parties %s", id, host, parties));
  }
}
