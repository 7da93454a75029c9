package io.github.c5atlas.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks every member of the {@link Event} family makes when it is built. */
final class EventChecks {
  /** Up to this many parties, duplicates are found by comparing each pair. */
  private static final int SMALL = 16;

  private EventChecks() {}

  static void check(Event event) {
    String id = event.id();
    Checks.id("event", id);
    Checks.names("event", id, event.names());
    checkArgument(!event.sources().isEmpty(), "event %s cites no source", id);
    List<Participation> participations = event.participations();
    if (participations.size() <= SMALL) {
      // the common case, checked without a set: a few parties compared pairwise
      for (int i = 0; i < participations.size(); i++) {
        String party = participations.get(i).party();
        for (int j = 0; j < i; j++) {
          checkArgument(!participations.get(j).party().equals(party), "event %s lists party %s twice", id, party);
        }
      }
    } else {
      Set<String> parties = new HashSet<>();
      for (Participation participation : participations) {
        checkArgument(parties.add(participation.party()), "event %s lists party %s twice", id,
            participation.party());
      }
    }
    event.host().ifPresent(host -> {
      if (!participations.isEmpty() && participations.stream().noneMatch(p -> p.party().equals(host))) {
        // the parties in the order the event lists them, so that the message is the same on every run
        throw new IllegalArgumentException(
            "event " + id + " names host " + host + ", which is not among its parties " + event.parties());
      }
    });
  }
}
