package io.github.c5atlas.dsl;

import io.github.c5atlas.core.Agreement;
import io.github.c5atlas.core.AgreementKind;
import io.github.c5atlas.core.AgreementSubject;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Delegate;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.EventStatus;
import io.github.c5atlas.core.Exercise;
import io.github.c5atlas.core.ExerciseKind;
import io.github.c5atlas.core.Forum;
import io.github.c5atlas.core.ForumKind;
import io.github.c5atlas.core.Level;
import io.github.c5atlas.core.Meeting;
import io.github.c5atlas.core.Membership;
import io.github.c5atlas.core.MembershipStatus;
import io.github.c5atlas.core.Office;
import io.github.c5atlas.core.Participation;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.Place;
import io.github.c5atlas.core.Report;
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
import java.util.Random;
import java.util.Set;

/**
 * Random atlases for property tests, from a seed: the same seed gives the same atlas, so a failure names its seed
 * and replays. A small atlas has 20 to 300 events among 5 to 30 states, with every EDTF form of date (open and
 * approximate ones too), ongoing spans, forums (organisations among the parties), series, tags, delegations with
 * and without people, every status, people with tenures, groups and source reports that differ from the curated
 * view. {@link #large} makes the synthetic atlases of the scale measurements.
 *
 * <pre>{@code
 * Atlas atlas = AtlasGenerator.small(42);
 * Atlas big = AtlasGenerator.large(1_000_000, 200, 7);
 * }</pre>
 */
public final class AtlasGenerator {
  /** The five Central Asian states, present in most generated atlases. */
  static final List<String> CENTRAL_ASIA = List.of("KZ", "KG", "TJ", "TM", "UZ");
  static final List<String> TAGS = List.of("first-of-its-kind", "annual", "border", "water", "c5", "virtual");
  static final List<String> SERIES = List.of("birlik", "peace-mission", "rubezh");
  static final List<String> CITIES = List.of("Tashkent", "Astana", "Bishkek", "Dushanbe", "Ashgabat", "Samarkand");
  static final List<String> SOURCES = List.of("tass", "kabar", "akipress", "seed-article");

  private final Random random;
  private final int firstYear;
  private final int years;
  /** One event in this many is a Central Asian one, with all five states and perhaps guests. */
  private final int centralAsianOneIn;

  private AtlasGenerator(Random random, int firstYear, int years, int centralAsianOneIn) {
    this.random = random;
    this.firstYear = firstYear;
    this.years = years;
    this.centralAsianOneIn = centralAsianOneIn;
  }

  /** Returns a small random atlas: 20 to 300 events among 5 to 30 states, between 2015 and 2026. */
  public static Atlas small(long seed) {
    Random random = new Random(seed);
    return new AtlasGenerator(random, 2015, 12, 3).atlas(5 + random.nextInt(26), 20 + random.nextInt(281), true);
  }

  /**
   * Returns a large synthetic atlas of the given numbers of events and states over 30 years, without reports, as
   * event data derived from news would be: one to six parties per event, a few of them far more often than most,
   * one event in 2,000 of all five Central Asian states; spans of exact days nearly always (see {@code newsSpan}).
   */
  public static Atlas large(int events, int states, long seed) {
    return new AtlasGenerator(new Random(seed), 1996, 30, 2000).atlas(states, events, false);
  }

  private Atlas atlas(int stateCount, int eventCount, boolean reports) {
    Atlas.Builder atlas = Atlas.builder().origin("generated atlas");
    for (String id : SOURCES) {
      atlas.addSource(Source.builder().id(id).publisher(id.toUpperCase()).language("en").build());
    }
    List<String> states = states(stateCount);
    for (String code : states) {
      atlas.addState(State.builder().code(code).putName("en", "State " + code).build());
    }
    List<String> groups = new ArrayList<>();
    if (states.containsAll(CENTRAL_ASIA) && random.nextInt(4) > 0) {
      atlas.addGroup(StateGroup.CENTRAL_ASIA);
      groups.add(StateGroup.CENTRAL_ASIA.id());
    }
    for (int g = 0; g < 2; g++) {
      Set<String> members = new LinkedHashSet<>();
      for (int k = 1 + random.nextInt(4); k > 0; k--) {
        members.add(pick(states));
      }
      String id = "GROUP_" + g;
      atlas.addGroup(StateGroup.builder().id(id).putName("en", "Group " + g).addAllMembers(members).build());
      groups.add(id);
    }
    List<String> organisations = new ArrayList<>();
    List<String> forums = new ArrayList<>();
    for (int f = 0; f < 2 + random.nextInt(4); f++) {
      ForumKind kind = f == 0 ? ForumKind.ORGANISATION : pick(List.of(ForumKind.values()));
      String id = "forum-" + f;
      Forum.Builder forum = Forum.builder().id(id).kind(kind).putName("en", "Forum " + f).addSources(pick(SOURCES));
      for (String state : states) {
        if (random.nextInt(3) == 0) {
          forum.addMemberships(Membership.builder().state(state).status(pick(List.of(MembershipStatus.values())))
              .span(span(false)).addSources(pick(SOURCES)).build());
        }
      }
      atlas.addForum(forum.build());
      forums.add(id);
      if (kind == ForumKind.ORGANISATION) {
        organisations.add(id);
      }
    }
    List<String> people = new ArrayList<>();
    for (int p = 0; p < 3 + random.nextInt(8); p++) {
      String id = "person-" + p;
      Person.Builder person = Person.builder().id(id).putName("en", "Person " + p);
      List<Office> offices = new ArrayList<>(List.of(Office.DEFENCE_MINISTER, Office.HEAD_OF_STATE,
          Office.FOREIGN_MINISTER, Office.CHIEF_OF_GENERAL_STAFF));
      for (int t = random.nextInt(3); t > 0; t--) {
        person.addTenures(Tenure.builder().office(offices.remove(random.nextInt(offices.size()))).state(pick(states))
            .span(span(true)).addSources(pick(SOURCES)).build());
      }
      atlas.addPerson(person.build());
      people.add(id);
    }
    List<String> parties = new ArrayList<>(states);
    parties.addAll(organisations);
    if (!reports) {
      java.util.Collections.shuffle(parties, random);
    }
    List<Event> events = new ArrayList<>(eventCount);
    for (int i = 0; i < eventCount; i++) {
      events.add(event("event-" + i, states, parties, forums, people));
    }
    atlas.addAllEvents(events);
    if (reports) {
      for (int r = random.nextInt(8); r > 0; r--) {
        Event about = pick(events);
        Report.Builder report = Report.builder().source(pick(SOURCES)).about(about.id());
        if (random.nextBoolean()) {
          report.status(pick(List.of(EventStatus.values())));
        }
        if (random.nextBoolean()) {
          report.span(span(true));
        }
        if (random.nextBoolean()) {
          report.participations(participations(parties, people));
        }
        if (random.nextBoolean()) {
          report.addPlaces(Place.of(pick(states), pick(CITIES)));
        }
        atlas.addReport(report.build());
      }
    }
    return atlas.build();
  }

  private List<String> states(int count) {
    Set<String> codes = new LinkedHashSet<>();
    if (random.nextInt(5) > 0) {
      codes.addAll(CENTRAL_ASIA);
    }
    codes.addAll(List.of("RU", "CN"));
    while (codes.size() < count) {
      codes.add("" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)));
    }
    return new ArrayList<>(codes);
  }

  private Event event(String id, List<String> states, List<String> parties, List<String> forums,
      List<String> people) {
    List<Participation> participations = participations(parties, people);
    String host = participations.stream().filter(p -> p.role() == Role.HOST).map(Participation::party)
        .findFirst().orElse(null);
    List<Place> places = new ArrayList<>();
    for (int k = random.nextInt(3); k > 0; k--) {
      String city = pick(CITIES);
      places.add(Place.of(pick(states), random.nextInt(4) == 0 ? city.toLowerCase() : city));
    }
    List<String> tags = new ArrayList<>();
    for (String tag : TAGS) {
      if (random.nextInt(4) == 0) {
        tags.add(tag);
      }
    }
    EventStatus status = random.nextInt(10) < 7 ? EventStatus.HELD : pick(List.of(EventStatus.values()));
    String forum = random.nextInt(3) == 0 ? null : pick(forums);
    List<String> sources = List.of(pick(SOURCES), pick(SOURCES)).subList(0, 1 + random.nextInt(2));
    sources = new ArrayList<>(new LinkedHashSet<>(sources));
    FuzzySpan span = centralAsianOneIn < 10 ? span(true) : newsSpan();
    switch (random.nextInt(3)) {
      case 0: {
        Meeting.Builder meeting = Meeting.builder().id(id).putName("en", "Meeting " + id).status(status).span(span)
            .places(places).participations(participations).tags(tags).sources(sources)
            .level(pick(List.of(Level.values())));
        if (host != null) {
          meeting.host(host);
        }
        if (forum != null) {
          meeting.forum(forum);
        }
        if (random.nextInt(4) == 0) {
          meeting.chair(pick(people));
        }
        return meeting.build();
      }
      case 1: {
        Exercise.Builder exercise = Exercise.builder().id(id).putName("en", "Exercise " + id).status(status)
            .span(span).places(places).participations(participations).tags(tags).sources(sources);
        if (host != null) {
          exercise.host(host);
        }
        if (forum != null) {
          exercise.forum(forum);
        }
        if (random.nextInt(3) > 0) {
          exercise.series(pick(SERIES));
        }
        for (ExerciseKind kind : ExerciseKind.values()) {
          if (random.nextInt(4) == 0) {
            exercise.addExerciseKinds(kind);
          }
        }
        return exercise.build();
      }
      default: {
        Agreement.Builder agreement = Agreement.builder().id(id).putName("en", "Agreement " + id).status(status)
            .span(span).places(places).participations(participations).tags(tags).sources(sources)
            .agreementKind(pick(List.of(AgreementKind.values())));
        if (host != null) {
          agreement.host(host);
        }
        if (forum != null) {
          agreement.forum(forum);
        }
        for (AgreementSubject subject : AgreementSubject.values()) {
          if (random.nextInt(4) == 0) {
            agreement.addSubjects(subject);
          }
        }
        return agreement.build();
      }
    }
  }

  private List<Participation> participations(List<String> parties, List<String> people) {
    Set<String> chosen = new LinkedHashSet<>();
    int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(Math.min(6, parties.size()));
    if (random.nextInt(centralAsianOneIn) == 0) {
      // Central Asian events, some with guests: what the group queries look for
      CENTRAL_ASIA.stream().filter(parties::contains).forEach(chosen::add);
    }
    while (chosen.size() < count) {
      // a few parties take part far more often than most, as in the record
      double skew = random.nextDouble();
      chosen.add(centralAsianOneIn < 10 && random.nextInt(3) == 0 ? pick(CENTRAL_ASIA.stream().filter(parties::contains)
          .collect(java.util.stream.Collectors.toList()), parties) : parties.get((int) (skew * skew * parties.size())));
    }
    List<Participation> participations = new ArrayList<>();
    boolean hosted = false;
    for (String party : chosen) {
      Role role = !hosted && party.length() == 2 && random.nextInt(3) == 0 ? Role.HOST
          : random.nextInt(3) > 0 ? Role.PARTICIPANT : pick(List.of(Role.GUEST, Role.OBSERVER));
      hosted |= role == Role.HOST;
      Participation.Builder participation = Participation.builder().party(party).role(role);
      for (int d = random.nextInt(2) == 0 ? 0 : 1 + random.nextInt(2); d > 0; d--) {
        Delegate.Builder delegate = Delegate.builder().level(pick(List.of(Level.values())));
        if (random.nextBoolean() && !people.isEmpty()) {
          delegate.person(pick(people));
        } else {
          delegate.name("Delegate " + random.nextInt(100));
        }
        participation.addDelegation(delegate.build());
      }
      participations.add(participation.build());
    }
    return participations;
  }

  /**
   * Returns a span as news reports give them: nearly always exact days, a few days long; now and then only the
   * month, an approximate day, a span of years or an ongoing one.
   */
  private FuzzySpan newsSpan() {
    LocalDate day = LocalDate.of(firstYear, 1, 1).plusDays(random.nextInt(years * 365));
    int kind = random.nextInt(1000);
    if (kind < 3) {
      return FuzzySpan.ongoing(FuzzyDate.ofDay(day));
    }
    if (kind < 5) {
      return FuzzySpan.of(FuzzyDate.ofYear(day.getYear()), FuzzyDate.ofYear(day.getYear() + 1 + random.nextInt(3)));
    }
    if (kind < 25) {
      return FuzzySpan.on(FuzzyDate.ofMonth(day.getYear(), day.getMonthValue()));
    }
    if (kind < 30) {
      return FuzzySpan.on(FuzzyDate.ofDay(day).approximately());
    }
    return FuzzySpan.of(FuzzyDate.ofDay(day), FuzzyDate.ofDay(day.plusDays(random.nextInt(5))));
  }

  /** Returns a span: mostly short and precise, sometimes long, open, approximate or ongoing. */
  FuzzySpan span(boolean mayBeOngoing) {
    FuzzyDate start = date();
    if (mayBeOngoing && random.nextInt(10) == 0) {
      return FuzzySpan.ongoing(start);
    }
    LocalDate from = start.earliest().orElse(LocalDate.of(firstYear, 1, 1));
    for (int attempt = 0; attempt < 5; attempt++) {
      LocalDate to = random.nextInt(8) == 0 ? from.plusDays(random.nextInt(4 * 365)) : from.plusDays(random.nextInt(12));
      FuzzyDate end = random.nextInt(3) == 0 ? date(to) : FuzzyDate.ofDay(to);
      try {
        return FuzzySpan.of(start, end);
      } catch (IllegalArgumentException e) {
        // the end drawn may be certainly before the start: draw again
      }
    }
    return FuzzySpan.on(start);
  }

  /** Returns a random date of any form in the generator's years. */
  FuzzyDate date() {
    return date(LocalDate.of(firstYear, 1, 1).plusDays(random.nextInt(years * 365)));
  }

  /** Returns a random date of any form around a day. */
  FuzzyDate date(LocalDate day) {
    FuzzyDate plain;
    switch (random.nextInt(3)) {
      case 0:
        plain = FuzzyDate.ofYear(day.getYear());
        break;
      case 1:
        plain = FuzzyDate.ofMonth(day.getYear(), day.getMonthValue());
        break;
      default:
        plain = FuzzyDate.ofDay(day);
    }
    switch (random.nextInt(10)) {
      case 0:
        return plain.approximately();
      case 1:
        return FuzzyDate.onOrBefore(plain);
      case 2:
        return FuzzyDate.onOrAfter(plain);
      case 3:
        return FuzzyDate.between(plain, FuzzyDate.ofDay(day.plusDays(random.nextInt(40))));
      default:
        return random.nextInt(3) == 0 ? plain : FuzzyDate.ofDay(day);
    }
  }

  /** Returns a generator of dates and spans in the years of small atlases, for random conditions. */
  static AtlasGenerator dates(Random random) {
    return new AtlasGenerator(random, 2015, 12, 3);
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> T pick(List<T> values, List<T> otherwise) {
    return values.isEmpty() ? pick(otherwise) : pick(values);
  }
}
