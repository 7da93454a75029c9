package io.github.c5atlas.bench;

import io.github.c5atlas.core.Agreement;
import io.github.c5atlas.core.AgreementKind;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Exercise;
import io.github.c5atlas.core.ExerciseKind;
import io.github.c5atlas.core.Forum;
import io.github.c5atlas.core.ForumKind;
import io.github.c5atlas.core.Level;
import io.github.c5atlas.core.Meeting;
import io.github.c5atlas.core.Office;
import io.github.c5atlas.core.Participation;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.Place;
import io.github.c5atlas.core.Role;
import io.github.c5atlas.core.Source;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.StateGroup;
import io.github.c5atlas.core.Tenure;
import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.core.time.FuzzySpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic generator of synthetic atlases: the same size and seed always give the same atlas.
 *
 * <p>About 200 states (the 14 of the bundled atlas and generated codes {@code AA}, {@code AB}, ...) fall into
 * regions of about ten; the five Central Asian states are a region of their own. An event has a home region and 2 to
 * 12 parties, each drawn from the home region with probability 0.8 and from anywhere otherwise, so that events of
 * exactly the five exist but are rare (about 0.15%). Dates run from 1991 to 2025; a tenth of the events and tenures
 * are known only to the month or the year. Every event is held, cites a source and has its host among its parties.
 * People hold offices in tenures: every state has a chain of heads of state, heads of government, defence and
 * foreign ministers and chiefs of staff since 1991, and further people (a tenth as many as events, at least 2,000)
 * hold deputy and service offices.
 */
public final class AtlasGenerator {
  /** The states of the bundled atlas, which the DSL's constants name. */
  static final List<String> REAL = List.of("KZ", "KG", "TJ", "TM", "UZ", "AZ", "RU", "BY", "CN", "AM", "IN", "PK",
      "IR", "US");
  /** The five. */
  static final List<String> C5 = List.of("KZ", "KG", "TJ", "TM", "UZ");

  private static final int STATES = 200;
  private static final int REGION_SIZE = 10;
  private static final int SOURCES = 100;
  private static final LocalDate FIRST = LocalDate.of(1991, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2025, 12, 31);
  private static final Office[] CHAIN_OFFICES = {Office.HEAD_OF_STATE, Office.HEAD_OF_GOVERNMENT,
    Office.DEFENCE_MINISTER, Office.FOREIGN_MINISTER, Office.CHIEF_OF_GENERAL_STAFF};
  private static final Office[] OTHER_OFFICES = {Office.DEPUTY_DEFENCE_MINISTER, Office.SERVICE_COMMANDER,
    Office.SECURITY_COUNCIL_SECRETARY, Office.PARLIAMENT_SPEAKER};

  private final SplittableRandom random;
  private final List<String> codes = new ArrayList<>();
  private final List<List<String>> regions = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();
  private final List<Forum> forums = new ArrayList<>();

  private AtlasGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Returns the atlas with this many events generated from this seed. */
  public static Atlas generate(int events, long seed) {
    if (events < 1) {
      throw new IllegalArgumentException("events must be positive: " + events);
    }
    return new AtlasGenerator(seed).atlas(events);
  }

  private Atlas atlas(int eventCount) {
    Atlas.Builder atlas = Atlas.builder().origin("synthetic atlas of " + eventCount + " events");
    for (int i = 0; i < SOURCES; i++) {
      String id = String.format("src-%03d", i);
      sources.add(id);
      atlas.addSource(Source.builder().id(id).publisher("Publisher " + i).language(i % 3 == 0 ? "ru" : "en")
          .build());
    }
    states(atlas);
    atlas.addGroup(StateGroup.CENTRAL_ASIA);
    forums(atlas);
    people(atlas, Math.max(2_000, eventCount / 10));
    List<Event> events = new ArrayList<>(eventCount);
    for (int i = 0; i < eventCount; i++) {
      events.add(event(i));
    }
    atlas.addAllEvents(events);
    return atlas.build();
  }

  private void states(Atlas.Builder atlas) {
    List<State> real = List.of(State.KZ, State.KG, State.TJ, State.TM, State.UZ, State.AZ, State.RU, State.BY,
        State.CN, State.AM, State.IN, State.PK, State.IR, State.US);
    real.forEach(atlas::addState);
    codes.addAll(REAL);
    regions.add(new ArrayList<>(C5));
    List<String> neighbours = new ArrayList<>(REAL.subList(5, REAL.size()));
    regions.add(neighbours);
    List<String> current = null;
    for (char a = 'A'; a <= 'Z' && codes.size() < STATES; a++) {
      for (char b = 'A'; b <= 'Z' && codes.size() < STATES; b++) {
        String code = "" + a + b;
        if (REAL.contains(code)) {
          continue;
        }
        atlas.addState(State.builder().code(code).putName("en", "State " + code).build());
        codes.add(code);
        if (current == null || current.size() == REGION_SIZE) {
          current = new ArrayList<>();
          regions.add(current);
        }
        current.add(code);
      }
    }
  }

  private void forums(Atlas.Builder atlas) {
    ForumKind[] kinds = ForumKind.values();
    for (int i = 0; i < 40; i++) {
      Forum forum = Forum.builder().id(String.format("forum-%02d", i)).kind(kinds[i % kinds.length])
          .putName("en", "Forum " + i).addSources(source()).build();
      forums.add(forum);
      atlas.addForum(forum);
    }
  }

  private void people(Atlas.Builder atlas, int count) {
    List<Person> people = new ArrayList<>();
    for (String state : codes) {
      for (Office office : CHAIN_OFFICES) {
        LocalDate start = FIRST.plusDays(random.nextInt(365));
        String predecessor = null;
        while (!start.isAfter(LAST)) {
          LocalDate end = start.plusDays(365 + random.nextInt(7 * 365));
          String id = String.format("p-%06d", people.size());
          Tenure.Builder tenure = Tenure.builder().office(office).state(state).addSources(source());
          if (predecessor != null) {
            tenure.predecessor(predecessor);
          }
          tenure.span(end.isAfter(LAST) ? FuzzySpan.ongoing(fuzzy(start)) : FuzzySpan.of(fuzzy(start),
              FuzzyDate.ofDay(end)));
          people.add(person(id, tenure.build()));
          predecessor = id;
          start = end.plusDays(1);
        }
      }
    }
    while (people.size() < count) {
      String id = String.format("p-%06d", people.size());
      int tenures = 1 + random.nextInt(2);
      Person.Builder person = Person.builder().id(id).putName("en", "Person " + id.substring(2));
      LocalDate start = day(FIRST, LAST.minusYears(1));
      for (int t = 0; t < tenures && !start.isAfter(LAST); t++) {
        LocalDate end = start.plusDays(180 + random.nextInt(6 * 365));
        Tenure.Builder tenure = Tenure.builder().office(OTHER_OFFICES[random.nextInt(OTHER_OFFICES.length)])
            .state(codes.get(random.nextInt(codes.size()))).addSources(source());
        tenure.span(end.isAfter(LAST) ? FuzzySpan.ongoing(fuzzy(start)) : FuzzySpan.of(fuzzy(start),
            FuzzyDate.ofDay(end)));
        person.addTenures(tenure.build());
        start = end.plusDays(1);
      }
      people.add(person.build());
    }
    people.forEach(atlas::addPerson);
  }

  private static Person person(String id, Tenure tenure) {
    return Person.builder().id(id).putName("en", "Person " + id.substring(2)).addTenures(tenure).build();
  }

  private Event event(int index) {
    List<String> home = regions.get(random.nextInt(regions.size()));
    int size = 2 + random.nextInt(11);
    Set<String> parties = new LinkedHashSet<>();
    while (parties.size() < size) {
      boolean local = random.nextInt(10) < 8;
      List<String> from = local && !parties.containsAll(home) ? home : codes;
      parties.add(from.get(random.nextInt(from.size())));
    }
    String host = parties.iterator().next();
    List<Participation> participations = new ArrayList<>(size);
    for (String party : parties) {
      Role role = party.equals(host) ? Role.HOST
          : random.nextInt(10) == 0 ? (random.nextBoolean() ? Role.GUEST : Role.OBSERVER) : Role.PARTICIPANT;
      participations.add(Participation.of(party, role));
    }
    String id = String.format("ev-%07d", index);
    int kind = random.nextInt(10);
    FuzzySpan span = span(kind < 6 ? 3 : kind < 9 ? 20 : 1);
    String forum = random.nextBoolean() ? forums.get(random.nextInt(forums.size())).id() : null;
    Place place = Place.builder().state(host).build();
    if (kind < 6) {
      Meeting.Builder meeting = Meeting.builder();
      meeting.id(id).putName("en", "Meeting " + index).span(span).host(host).addPlaces(place)
          .addAllParticipations(participations).addSources(source())
          .level(Level.values()[random.nextInt(Level.values().length)]);
      if (forum != null) {
        meeting.forum(forum);
      }
      return meeting.build();
    } else if (kind < 9) {
      Exercise.Builder exercise = Exercise.builder();
      exercise.id(id).putName("en", "Exercise " + index).span(span).host(host).addPlaces(place)
          .addAllParticipations(participations).addSources(source())
          .addExerciseKinds(ExerciseKind.values()[random.nextInt(ExerciseKind.values().length)]);
      if (forum != null) {
        exercise.forum(forum);
      }
      return exercise.build();
    } else {
      Agreement.Builder agreement = Agreement.builder();
      agreement.id(id).putName("en", "Agreement " + index).span(span).host(host).addPlaces(place)
          .addAllParticipations(participations).addSources(source())
          .agreementKind(AgreementKind.values()[random.nextInt(AgreementKind.values().length)]);
      if (forum != null) {
        agreement.forum(forum);
      }
      return agreement.build();
    }
  }

  /** A span starting on a random day, up to {@code maxDays} long; a tenth known only to the month or year. */
  private FuzzySpan span(int maxDays) {
    LocalDate start = day(FIRST, LAST);
    int fuzz = random.nextInt(100);
    if (fuzz < 7) {
      return FuzzySpan.on(FuzzyDate.ofMonth(start.getYear(), start.getMonthValue()));
    }
    if (fuzz < 10) {
      return FuzzySpan.on(FuzzyDate.ofYear(start.getYear()));
    }
    int days = random.nextInt(maxDays);
    return days == 0 ? FuzzySpan.on(FuzzyDate.ofDay(start))
        : FuzzySpan.of(FuzzyDate.ofDay(start), FuzzyDate.ofDay(start.plusDays(days)));
  }

  /** The day, or a tenth of the time only its month or year. */
  private FuzzyDate fuzzy(LocalDate day) {
    int fuzz = random.nextInt(100);
    if (fuzz < 7) {
      return FuzzyDate.ofMonth(day.getYear(), day.getMonthValue());
    }
    if (fuzz < 10) {
      return FuzzyDate.ofYear(day.getYear());
    }
    return FuzzyDate.ofDay(day);
  }

  private LocalDate day(LocalDate from, LocalDate to) {
    return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
  }

  private String source() {
    return sources.get(random.nextInt(sources.size()));
  }
}
