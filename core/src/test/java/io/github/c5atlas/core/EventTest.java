package io.github.c5atlas.core;

import static io.github.c5atlas.core.Fixtures.agreement;
import static io.github.c5atlas.core.Fixtures.exercise;
import static io.github.c5atlas.core.Fixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every member of the sealed family shares: the checks of {@code EventChecks}, parties, the visitor. */
class EventTest {
  /** Builds an event of one kind from an id and the participations, host and sources to give it. */
  interface Kind {
    Event build(String id, List<Participation> participations, String host, List<String> sources);
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("meeting", (Kind) (id, parties, host, sources) -> {
          Meeting.Builder b = meeting(id).participations(parties).sources(sources);
          return host == null ? b.build() : b.host(host).build();
        }),
        Arguments.of("exercise", (Kind) (id, parties, host, sources) -> {
          Exercise.Builder b = exercise(id).participations(parties).sources(sources);
          return host == null ? b.build() : b.host(host).build();
        }),
        Arguments.of("agreement", (Kind) (id, parties, host, sources) -> {
          Agreement.Builder b = agreement(id).participations(parties).sources(sources);
          return host == null ? b.build() : b.host(host).build();
        }));
  }

  private static final List<Participation> TWO = List.of(Participation.of("UZ", Role.HOST),
      Participation.of("KZ", Role.PARTICIPANT));

  @Nested
  class Checks {
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.c5atlas.core.EventTest#kinds")
    void idIsLowercase(String name, Kind kind) {
      assertThatIllegalArgumentException().isThrownBy(() -> kind.build("Birlik 2025", TWO, null, List.of("s")))
          .withMessageContaining("event id 'Birlik 2025'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.c5atlas.core.EventTest#kinds")
    void citesASource(String name, Kind kind) {
      assertThatIllegalArgumentException().isThrownBy(() -> kind.build("e", TWO, null, List.of()))
          .withMessageContaining("event e cites no source");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.c5atlas.core.EventTest#kinds")
    void listsEachPartyOnce(String name, Kind kind) {
      assertThatIllegalArgumentException().isThrownBy(() -> kind.build("e", List.of(Participation.of("UZ", Role.HOST),
          Participation.of("UZ", Role.PARTICIPANT)), null, List.of("s")))
          .withMessageContaining("event e lists party UZ twice");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.c5atlas.core.EventTest#kinds")
    void hostIsAmongTheParties(String name, Kind kind) {
      assertThatIllegalArgumentException().isThrownBy(() -> kind.build("e", TWO, "TJ", List.of("s")))
          .withMessageContaining("event e names host TJ, which is not among its parties [UZ, KZ]");
      assertThat(kind.build("e", TWO, "KZ", List.of("s")).host()).contains("KZ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.c5atlas.core.EventTest#kinds")
    void aHostWithoutKnownPartiesIsAccepted(String name, Kind kind) {
      assertThat(kind.build("e", List.of(), "TJ", List.of("s")).host()).contains("TJ");
    }
  }

  @Test
  void statusIsHeldUnlessSaidOtherwise() {
    assertThat(meeting("m").build().status()).isEqualTo(EventStatus.HELD);
    assertThat(meeting("m").status(EventStatus.POSTPONED).build().status()).isEqualTo(EventStatus.POSTPONED);
  }

  @Test
  void partiesKeepTheOrderOfTheParticipations() {
    Meeting m = meeting("m").participations(List.of(Participation.of("UZ", Role.HOST),
        Participation.of("AZ", Role.GUEST), Participation.of("KZ", Role.PARTICIPANT))).build();
    assertThat(m.parties()).containsExactly("UZ", "AZ", "KZ");
    assertThat(m.participation("AZ")).contains(Participation.of("AZ", Role.GUEST));
    assertThat(m.participation("TM")).isEmpty();
  }

  @Test
  void tagsAreSorted() {
    assertThat(meeting("m").addTags("second", "first-of-its-kind").build().tags())
        .containsExactly("first-of-its-kind", "second");
  }

  @Test
  void theVisitorCallsTheMethodOfTheKind() {
    Event.Visitor<String> names = new Event.Visitor<>() {
      @Override
      public String visitMeeting(Meeting meeting) {
        return "meeting " + meeting.level();
      }

      @Override
      public String visitExercise(Exercise exercise) {
        return "exercise " + exercise.series().orElse("-");
      }

      @Override
      public String visitAgreement(Agreement agreement) {
        return "agreement " + agreement.agreementKind();
      }
    };
    Function<Event, String> visit = e -> e.accept(names);
    assertThat(visit.apply(meeting("m").build())).isEqualTo("meeting MINISTER");
    assertThat(visit.apply(exercise("e").series("birlik").build())).isEqualTo("exercise birlik");
    assertThat(visit.apply(agreement("a").build())).isEqualTo("agreement TREATY");
    assertThat(meeting("m").build().kind()).isEqualTo(EventKind.MEETING);
    assertThat(exercise("e").build().kind()).isEqualTo(EventKind.EXERCISE);
    assertThat(agreement("a").build().kind()).isEqualTo(EventKind.AGREEMENT);
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(meeting("m").build());
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(exercise("e").build());
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(agreement("a").build());
  }
}
