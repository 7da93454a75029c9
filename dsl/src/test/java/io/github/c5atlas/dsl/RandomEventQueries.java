package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableSortedSet;
import io.github.c5atlas.core.AgreementSubject;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.EventStatus;
import io.github.c5atlas.core.ExerciseKind;
import io.github.c5atlas.core.Level;
import io.github.c5atlas.core.Report;
import io.github.c5atlas.core.Role;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.StateGroup;
import io.github.c5atlas.core.time.AllenRelation;
import io.github.c5atlas.core.time.FuzzyDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * Random event queries on an atlas, for the engine's tests: every kind of condition on events, nested in and, or
 * and not, naming the atlas's own states, groups, forums and events (and now and then something it lacks), with
 * random statuses, sources, order and limit. Only queries valid on the atlas are made: a group or event it names
 * exists, and a {@code between} does not end before it begins.
 */
final class RandomEventQueries {
  private final Random random;
  private final Atlas atlas;
  private final AtlasGenerator dates;
  private final List<String> states = new ArrayList<>();
  private final List<String> groups = new ArrayList<>();
  private final List<String> parties = new ArrayList<>();
  private final List<String> forums = new ArrayList<>();
  private final List<String> eventIds = new ArrayList<>();
  private final List<String> reportSources = new ArrayList<>();

  RandomEventQueries(Atlas atlas, Random random) {
    this.atlas = atlas;
    this.random = random;
    this.dates = AtlasGenerator.dates(random);
    atlas.states().forEach(s -> states.add(s.code()));
    atlas.groups().forEach(g -> groups.add(g.id()));
    groups.add(StateGroup.CENTRAL_ASIA.id());
    parties.addAll(states);
    atlas.forums().forEach(f -> forums.add(f.id()));
    parties.addAll(forums);
    parties.add("ZZ");
    atlas.events().forEach(e -> eventIds.add(e.id()));
    new TreeSet<>(atlas.reports().stream().map(Report::source).collect(java.util.stream.Collectors.toSet()))
        .forEach(reportSources::add);
  }

  /** Returns a random query of events, meetings, exercises or agreements. */
  Query<? extends Event> query() {
    Query<? extends Event> query;
    switch (random.nextInt(6)) {
      case 0:
        query = Dsl.meetings().where(condition(3));
        break;
      case 1:
        query = Dsl.exercises().where(condition(3));
        break;
      case 2:
        query = Dsl.agreements().where(condition(3));
        break;
      default:
        query = Dsl.events().where(condition(3));
    }
    return shape(query);
  }

  private <T extends Event> Query<T> shape(Query<T> query) {
    if (random.nextInt(4) == 0) {
      List<EventStatus> statuses = new ArrayList<>();
      for (EventStatus status : EventStatus.values()) {
        if (random.nextBoolean()) {
          statuses.add(status);
        }
      }
      if (!statuses.isEmpty()) {
        query = query.withStatus(statuses.toArray(new EventStatus[0]));
      }
    }
    if (!reportSources.isEmpty() && random.nextInt(5) == 0) {
      query = query.accordingTo(pick(reportSources));
    }
    if (random.nextBoolean()) {
      query = query.includingUncertain();
    }
    if (random.nextInt(3) == 0) {
      OrderKey key = pick(List.of(OrderKey.values()));
      query = random.nextBoolean() ? query.orderBy(key) : query.orderByDescending(key);
    }
    if (random.nextInt(4) == 0) {
      query = query.limit(random.nextInt(20));
    }
    return query;
  }

  /** Returns a random condition on events, nested at most {@code depth} deep. */
  Condition<Event> condition(int depth) {
    int choice = random.nextInt(depth > 0 ? 10 : 6);
    switch (choice) {
      case 0:
      case 1:
        return attendance();
      case 2:
        return timing();
      case 3:
        return related();
      case 4:
        return has();
      case 5:
        return random.nextInt(8) == 0 ? named() : random.nextInt(8) == 0 ? Dsl.always() : has();
      case 6:
      case 7:
        return Dsl.and(conditions(depth));
      case 8:
        return Dsl.or(conditions(depth));
      default:
        return Dsl.not(condition(depth - 1));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Condition<Event>[] conditions(int depth) {
    Condition<Event>[] operands = new Condition[2 + random.nextInt(2)];
    for (int i = 0; i < operands.length; i++) {
      operands[i] = condition(depth - 1);
    }
    return operands;
  }

  Attendance attendance() {
    Attendance.Quantifier quantifier = pick(List.of(Attendance.Quantifier.values()));
    Parties named;
    if (random.nextInt(3) == 0) {
      named = Parties.group(pick(groups));
    } else {
      List<String> codes = new ArrayList<>();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        codes.add(pick(parties));
      }
      named = Parties.states(codes);
    }
    List<Role> roles = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      for (Role role : Role.values()) {
        if (random.nextBoolean()) {
          roles.add(role);
        }
      }
    }
    Optional<Level> level = random.nextInt(4) == 0 ? Optional.of(pick(List.of(Level.values()))) : Optional.empty();
    return new Attendance(quantifier, named, ImmutableSortedSet.copyOf(roles), level);
  }

  Condition<Event> timing() {
    FuzzyDate date = dates.date();
    switch (random.nextInt(6)) {
      case 0:
        return Dsl.during(date);
      case 1:
        return Dsl.overlapping(date);
      case 2:
        return Dsl.on(date);
      case 3:
        return Dsl.before(date);
      case 4:
        return Dsl.after(date);
      default:
        FuzzyDate until = dates.date();
        if (date.earliestOrMin().isAfter(until.latestOrMax())) {
          FuzzyDate swap = date;
          date = until;
          until = swap;
        }
        return date.earliestOrMin().isAfter(until.latestOrMax()) ? Dsl.during(date) : Dsl.between(date, until);
    }
  }

  Condition<Event> related() {
    EventRef other = Dsl.event(pick(eventIds));
    if (random.nextInt(14) == 0) {
      return Dsl.concurrentWith(other);
    }
    return new Related(Optional.of(pick(List.of(AllenRelation.values()))), other.id());
  }

  Condition<Event> has() {
    List<Event> events = atlas.events();
    Event sample = events.get(random.nextInt(events.size()));
    switch (random.nextInt(10)) {
      case 0:
        return Dsl.forum(random.nextInt(5) == 0 ? "no-such-forum" : pick(forums));
      case 1:
        return Dsl.hostedBy(state(pick(states)));
      case 2:
        return Dsl.heldIn(state(pick(states)));
      case 3: {
        String city = pick(AtlasGenerator.CITIES);
        return Dsl.inCity(random.nextBoolean() ? city.toUpperCase() : city);
      }
      case 4:
        return Dsl.series(pick(AtlasGenerator.SERIES));
      case 5:
        return Dsl.tagged(random.nextInt(5) == 0 ? "no-such-tag" : pick(AtlasGenerator.TAGS));
      case 6:
        return Dsl.citedBy(sample.sources().get(0));
      case 7:
        return Dsl.level(pick(List.of(Level.values())));
      case 8:
        return Dsl.exerciseKind(pick(List.of(ExerciseKind.values())));
      default:
        return Dsl.subject(pick(List.of(AgreementSubject.values())));
    }
  }

  Condition<Event> named() {
    String id = pick(eventIds);
    return Dsl.<Event>and(new NameMatch(id.substring(random.nextInt(id.length() - 1))));
  }

  private static State state(String code) {
    return State.builder().code(code).putName("en", code).build();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
