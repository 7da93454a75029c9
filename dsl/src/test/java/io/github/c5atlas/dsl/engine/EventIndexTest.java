package io.github.c5atlas.dsl.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.EventKind;
import io.github.c5atlas.core.EventStatus;
import io.github.c5atlas.core.Role;
import io.github.c5atlas.core.StateGroup;
import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.core.time.Truth;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class EventIndexTest {
  private final Atlas atlas = Atlas.bundled();
  private final EventIndex index = EventIndex.of(atlas);

  private RoaringBitmap where(Predicate<Event> predicate) {
    RoaringBitmap expected = new RoaringBitmap();
    for (int i = 0; i < atlas.events().size(); i++) {
      if (predicate.test(atlas.events().get(i))) {
        expected.add(i);
      }
    }
    return expected;
  }

  @Nested
  class Building {
    @Test
    void isOncePerAtlas() {
      long before = IndexBuilds.count();
      assertThat(EventIndex.of(atlas)).isSameAs(index);
      assertThat(IndexBuilds.count()).isEqualTo(before);
      Atlas copy = atlas.toBuilder().build();
      assertThat(EventIndex.of(copy)).isNotSameAs(index);
      assertThat(IndexBuilds.count()).isEqualTo(before + 1);
    }

    @Test
    void keepsTheAtlasOrder() {
      assertThat(index.size()).isEqualTo(atlas.events().size());
      assertThat(index.event(3)).isSameAs(atlas.events().get(3));
      assertThat(index.events()).isSameAs(atlas.events());
    }

    @Test
    void ofAnEmptyAtlas() {
      EventIndex empty = EventIndex.of(Atlas.empty());
      assertThat(empty.all().isEmpty()).isTrue();
      assertThat(empty.reaching(LocalDate.MAX, LocalDate.MIN, empty.all()).isEmpty()).isTrue();
      assertThat(empty.toString()).startsWith("EventIndex[0 events, 0 parties, 0 years");
    }

    @Test
    void isSmall() {
      assertThat(index.sizeInBytes()).isPositive().isLessThan(100_000);
    }
  }

  @Nested
  class Bitmaps {
    @Test
    void byStatusAndKind() {
      assertThat(index.withStatus(Set.of(EventStatus.HELD))).isEqualTo(where(e -> e.status() == EventStatus.HELD));
      assertThat(index.ofKind(EventKind.EXERCISE, index.all())).isEqualTo(where(e -> e.kind() == EventKind.EXERCISE));
    }

    @Test
    void byFacet() {
      assertThat(index.with(Facet.FORUM, "csto", index.all()))
          .isEqualTo(where(e -> e.forum().filter("csto"::equals).isPresent()));
      assertThat(index.with(Facet.CITY, "TASHKENT", index.all())).isEqualTo(where(e -> e.places().stream()
          .anyMatch(p -> p.city().filter("Tashkent"::equalsIgnoreCase).isPresent()))).isNotEmpty();
      assertThat(index.count(Facet.TAG, "no-such-tag")).isZero();
    }

    @Test
    void withinNarrows() {
      RoaringBitmap within = RoaringBitmap.bitmapOf(0, 1, 2);
      assertThat(within.contains(index.with(Facet.FORUM, "csto", within))).isTrue();
    }

    @Test
    void byPartyAndRole() {
      Set<String> five = StateGroup.CENTRAL_ASIA.members();
      assertThat(index.attendedByAll(five, Set.of(), index.all()))
          .isEqualTo(where(e -> e.parties().containsAll(five))).isNotEmpty();
      assertThat(index.attendedByAny(List.of("RU", "CN"), Set.of(), index.all()))
          .isEqualTo(where(e -> e.parties().contains("RU") || e.parties().contains("CN")));
      assertThat(index.attendedBy("UZ", Set.of(Role.HOST), index.all()))
          .isEqualTo(where(e -> e.participation("UZ").filter(p -> p.role() == Role.HOST).isPresent()));
      assertThat(index.count("UZ", Set.of(Role.HOST))).isEqualTo(where(e -> e.participation("UZ")
          .filter(p -> p.role() == Role.HOST).isPresent()).getCardinality());
    }

    @Test
    void attendedOnlyByTheSameWhicheverWayItIsComputed() {
      Set<String> five = StateGroup.CENTRAL_ASIA.members();
      RoaringBitmap expected = where(e -> five.containsAll(e.parties()));
      // from the other parties' bitmaps, for many events
      assertThat(index.attendedOnlyBy(five, Set.of(), index.all())).isEqualTo(expected).isNotEmpty();
      // by looking at each event, for few
      RoaringBitmap few = RoaringBitmap.and(expected, RoaringBitmap.bitmapOfRange(0, 40));
      few.add(expected.isEmpty() ? 0 : 1);
      assertThat(index.attendedOnlyBy(five, Set.of(), few)).isEqualTo(RoaringBitmap.and(few, expected));
      RoaringBitmap guestsAllowed = where(e -> e.participations().stream()
          .allMatch(p -> five.contains(p.party()) || p.role() == Role.GUEST || p.role() == Role.OBSERVER));
      assertThat(index.attendedOnlyBy(five, Set.of(Role.HOST, Role.PARTICIPANT), index.all()))
          .isEqualTo(guestsAllowed);
    }
  }

  @Nested
  class Spans {
    private final LocalDate from = LocalDate.of(2025, 1, 1);
    private final LocalDate to = LocalDate.of(2025, 12, 31);

    @Test
    void answerAsTheSpansDo() {
      check(index.spanWithin(from, to, index.all()), e -> e.span().within(from, to));
      check(index.spanIntersects(from, to, index.all()), e -> e.span().intersects(from, to));
      FuzzyDate october = FuzzyDate.parse("2025-10~");
      check(index.spanIncludes(october, index.all()), e -> e.span().includes(october));
      FuzzyDate open = FuzzyDate.parse("../2010");
      check(index.endBefore(open, index.all()), e -> e.span().end().map(d -> d.isBefore(open)).orElse(Truth.FALSE));
      check(index.startAfter(open, index.all()), e -> e.span().start().isAfter(open));
    }

    @Test
    void reachingKeepsEveryEventThatMayTouchThePeriod() {
      RoaringBitmap reaching = index.reaching(to, from, index.all());
      assertThat(reaching.contains(index.spanIntersects(from, to, index.all()).possible())).isTrue();
      assertThat(index.estimateReaching(to, from)).isGreaterThanOrEqualTo(reaching.getLongCardinality());
      assertThat(index.reaching(LocalDate.MAX, LocalDate.MIN, index.all())).isEqualTo(index.all());
    }

    private void check(Matches matches, java.util.function.Function<Event, Truth> truth) {
      assertThat(matches.possible()).isEqualTo(where(e -> truth.apply(e) != Truth.FALSE));
      assertThat(matches.certain()).isEqualTo(where(e -> truth.apply(e) == Truth.TRUE));
    }
  }
}
