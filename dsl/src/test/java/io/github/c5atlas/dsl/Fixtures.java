package io.github.c5atlas.dsl;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Exercise;
import io.github.c5atlas.core.Forum;
import io.github.c5atlas.core.ForumKind;
import io.github.c5atlas.core.Level;
import io.github.c5atlas.core.Meeting;
import io.github.c5atlas.core.Participation;
import io.github.c5atlas.core.Place;
import io.github.c5atlas.core.Role;
import io.github.c5atlas.core.Source;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.StateGroup;
import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.core.time.FuzzySpan;

/** A small atlas for the golden tests of the analyses, independent of the curated data. */
final class Fixtures {
  private Fixtures() {}

  static final Atlas SMALL = Atlas.builder().origin("fixture")
      .addSource(Source.builder().id("s1").publisher("Example News").language("en").url("https://example.org/1")
          .build())
      .addSource(Source.builder().id("s2").publisher("Example Wire").language("en").build())
      .addState(State.KZ, State.KG, State.TJ, State.TM, State.UZ, State.AZ, State.RU)
      .addGroup(StateGroup.CENTRAL_ASIA)
      .addForum(Forum.builder().id("forum-a").kind(ForumKind.SUMMIT_FORMAT).putName("en", "Forum A").build())
      .addEvent(Meeting.builder().id("m-2024").putName("en", "Summit: the first; in Astana")
          .span(FuzzySpan.on(FuzzyDate.parse("2024-03-01"))).level(Level.HEAD_OF_STATE).host("KZ")
          .forum("forum-a").addPlace(Place.of("KZ", "Astana"))
          .addParticipations(Participation.of("KZ", Role.HOST), Participation.of("KG", Role.PARTICIPANT),
              Participation.of("UZ", Role.PARTICIPANT), Participation.of("AZ", Role.GUEST))
          .addSource("s1").build())
      .addEvent(Exercise.builder().id("x-2024").putName("en", "Exercise #1")
          .span(FuzzySpan.of(FuzzyDate.parse("2024-06-10"), FuzzyDate.parse("2024-06-14"))).host("UZ")
          .series("x").edition("2024").addPlace(Place.of("UZ", "Termez"))
          .addParticipations(Participation.of("UZ", Role.HOST), Participation.of("KZ", Role.PARTICIPANT),
              Participation.of("RU", Role.PARTICIPANT))
          .addSources("s1", "s2").build())
      .addEvent(Exercise.builder().id("x-2025").putName("en", "Exercise #2")
          .span(FuzzySpan.of(FuzzyDate.parse("2025-06"), FuzzyDate.parse("2025-06"))).host("KG")
          .series("x").edition("2025").addPlace(Place.of("KG", "Bishkek"))
          .addParticipations(Participation.of("KG", Role.HOST), Participation.of("KZ", Role.PARTICIPANT),
              Participation.of("TJ", Role.PARTICIPANT))
          .addSource("s2").build())
      .build();
}
