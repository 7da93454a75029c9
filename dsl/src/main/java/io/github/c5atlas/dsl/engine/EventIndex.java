package io.github.c5atlas.dsl.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.c5atlas.core.Agreement;
import io.github.c5atlas.core.AgreementSubject;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.EventKind;
import io.github.c5atlas.core.EventStatus;
import io.github.c5atlas.core.Exercise;
import io.github.c5atlas.core.ExerciseKind;
import io.github.c5atlas.core.Meeting;
import io.github.c5atlas.core.Participation;
import io.github.c5atlas.core.Place;
import io.github.c5atlas.core.Role;
import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.core.time.FuzzySpan;
import io.github.c5atlas.core.time.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * The indexes of an atlas's events: for each event, by its ordinal (its position in {@link Atlas#events()}), the
 * bitmaps it belongs to: its status, its kind, each party (by role), each {@link Facet} value, and each calendar
 * year its fuzzy span may touch; and the earliest and latest day the span may touch, for range searches.
 *
 * <pre>{@code
 * EventIndex index = EventIndex.of(atlas);
 * RoaringBitmap held = index.withStatus(Set.of(EventStatus.HELD));
 * RoaringBitmap c5 = index.attendedByAll(StateGroup.CENTRAL_ASIA.members(), Set.of(), held);
 * RoaringBitmap october = index.reaching(LocalDate.of(2025, 10, 31), LocalDate.of(2025, 10, 1), c5);
 * }</pre>
 *
 * <p>Every method that answers with a bitmap takes the bitmap of the events to look among ({@code within}) and
 * returns a new bitmap, a subset of it, that the caller may change; the index itself never changes after it is
 * built. An index is built once per atlas (compared by identity), on the first call of {@link #of(Atlas)}, and
 * forgotten when the atlas is. Instances are immutable and thread-safe.
 */
public final class EventIndex {
  private static final LoadingCache<Atlas, EventIndex> CACHE = CacheBuilder.newBuilder().weakKeys()
      .build(CacheLoader.from(atlas -> new EventIndex(atlas.events())));
  private static final AtomicLong BUILDS = new AtomicLong();
  private static final RoaringBitmap EMPTY = new RoaringBitmap();
  private static final Role[] ROLES = Role.values();
  /** The cost of checking one event's participations directly, in bitmap elements merged. */
  private static final int DIRECT_CHECK_COST = 50;
  /** How many sets of parties keep their attendedOnlyBy bitmap; past that, each query computes its own. */
  private static final int MOST_PARTY_SETS_KEPT = 64;

  private final ImmutableList<Event> events;
  private final Map<EventStatus, RoaringBitmap> byStatus = new EnumMap<>(EventStatus.class);
  private final Map<EventKind, RoaringBitmap> byKind = new EnumMap<>(EventKind.class);
  private final Map<Facet, Map<String, RoaringBitmap>> byFacet = new EnumMap<>(Facet.class);
  private final Map<String, RoaringBitmap> byParty = new HashMap<>();
  private final Map<String, RoaringBitmap[]> byPartyRole = new HashMap<>();
  private final ImmutableSortedSet<String> parties;
  private final SpanIndex spans;
  /**
   * For each set of parties asked about (in any role), the events with no party outside it, over the whole index:
   * built on first use, once, and kept for the few sets a workload names (a group such as the five).
   */
  private final ConcurrentHashMap<ImmutableSet<String>, RoaringBitmap> onlyWithin = new ConcurrentHashMap<>();

  private EventIndex(ImmutableList<Event> events) {
    BUILDS.incrementAndGet();
    this.events = events;
    int n = events.size();
    Appenders<EventStatus> statuses = new Appenders<>();
    Appenders<EventKind> kinds = new Appenders<>();
    Appenders<String> partyAppenders = new Appenders<>();
    List<Appenders<String>> partyRoles = new ArrayList<>();
    for (int r = 0; r < ROLES.length; r++) {
      partyRoles.add(new Appenders<>());
    }
    Map<Facet, Appenders<String>> facets = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      facets.put(facet, new Appenders<>());
    }
    for (int i = 0; i < n; i++) {
      Event event = events.get(i);
      statuses.add(event.status(), i);
      kinds.add(event.kind(), i);
      indexFacets(event, i, facets);
      for (Participation participation : event.participations()) {
        partyAppenders.add(participation.party(), i);
        partyRoles.get(participation.role().ordinal()).add(participation.party(), i);
      }
    }
    spans = new SpanIndex(events);
    byStatus.putAll(statuses.build());
    byKind.putAll(kinds.build());
    facets.forEach((facet, values) -> byFacet.put(facet, values.build()));
    byParty.putAll(partyAppenders.build());
    for (int r = 0; r < ROLES.length; r++) {
      int role = r;
      partyRoles.get(r).build().forEach((party, bitmap) ->
          byPartyRole.computeIfAbsent(party, p -> new RoaringBitmap[ROLES.length])[role] = bitmap);
    }
    parties = ImmutableSortedSet.copyOf(byParty.keySet());
    forEachBitmap(bitmap -> {
      bitmap.runOptimize();
      bitmap.trim();
    });
  }

  private static void indexFacets(Event event, int i, Map<Facet, Appenders<String>> facets) {
    event.forum().ifPresent(forum -> appenders(facets, Facet.FORUM).add(forum, i));
    event.host().ifPresent(host -> appenders(facets, Facet.HOST).add(host, i));
    for (Place place : event.places()) {
      appenders(facets, Facet.PLACE_STATE).add(place.state(), i);
      place.city().ifPresent(city -> appenders(facets, Facet.CITY).add(city.toLowerCase(Locale.ROOT), i));
    }
    Appenders<String> tags = appenders(facets, Facet.TAG);
    event.tags().forEach(tag -> tags.add(tag, i));
    Appenders<String> sources = appenders(facets, Facet.SOURCE);
    event.sources().forEach(source -> sources.add(source, i));
    event.accept(new Event.Visitor<Void>() {
      @Override
      public Void visitMeeting(Meeting meeting) {
        appenders(facets, Facet.MEETING_LEVEL).add(meeting.level().name(), i);
        return null;
      }

      @Override
      public Void visitExercise(Exercise exercise) {
        exercise.series().ifPresent(series -> appenders(facets, Facet.SERIES).add(series, i));
        for (ExerciseKind kind : exercise.exerciseKinds()) {
          appenders(facets, Facet.EXERCISE_KIND).add(kind.name(), i);
        }
        return null;
      }

      @Override
      public Void visitAgreement(Agreement agreement) {
        for (AgreementSubject subject : agreement.subjects()) {
          appenders(facets, Facet.AGREEMENT_SUBJECT).add(subject.name(), i);
        }
        return null;
      }
    });
  }

  /** The appenders of a facet while the index is built: the map gets every facet before any event is indexed. */
  private static Appenders<String> appenders(Map<Facet, Appenders<String>> facets, Facet facet) {
    return requireNonNull(facets.get(facet), "facet");
  }

  private void forEachBitmap(java.util.function.Consumer<RoaringBitmap> action) {
    byStatus.values().forEach(action);
    byKind.values().forEach(action);
    byFacet.values().forEach(m -> m.values().forEach(action));
    byParty.values().forEach(action);
    for (RoaringBitmap[] roles : byPartyRole.values()) {
      for (RoaringBitmap bitmap : roles) {
        if (bitmap != null) {
          action.accept(bitmap);
        }
      }
    }
    spans.forEachBitmap(action);
  }

  /** Returns the index of the atlas's events, building it on the first call for this atlas. */
  public static EventIndex of(Atlas atlas) {
    return CACHE.getUnchecked(requireNonNull(atlas, "atlas"));
  }

  /** Returns how many indexes have been built in this JVM, for tests that check each atlas is indexed once. */
  static long builds() {
    return BUILDS.get();
  }

  /** Returns the number of events. */
  public int size() {
    return events.size();
  }

  /** Returns the event with this ordinal: its position in the atlas's list of events. */
  public Event event(int ordinal) {
    return events.get(ordinal);
  }

  /** Returns the events, in the atlas's order: ordinal {@code i} is {@code events().get(i)}. */
  public ImmutableList<Event> events() {
    return events;
  }

  /** Returns the ids of every party that takes part in some event, sorted. */
  public ImmutableSortedSet<String> parties() {
    return parties;
  }

  /** Returns a new bitmap of every event. */
  public RoaringBitmap all() {
    return RoaringBitmap.bitmapOfRange(0, events.size());
  }

  /** Returns a new bitmap of the events with any of these statuses. */
  public RoaringBitmap withStatus(Collection<EventStatus> statuses) {
    RoaringBitmap result = new RoaringBitmap();
    for (EventStatus status : statuses) {
      result.or(byStatus.getOrDefault(requireNonNull(status, "status"), EMPTY));
    }
    return result;
  }

  /** Returns the events of a kind among {@code within}. */
  public RoaringBitmap ofKind(EventKind kind, RoaringBitmap within) {
    return RoaringBitmap.and(byKind.getOrDefault(requireNonNull(kind, "kind"), EMPTY), within);
  }

  /** Returns the events among {@code within} that have this value of the facet. */
  public RoaringBitmap with(Facet facet, String value, RoaringBitmap within) {
    return RoaringBitmap.and(facet(facet, value), requireNonNull(within, "within"));
  }

  /** Returns the number of events that have this value of the facet. */
  public int count(Facet facet, String value) {
    return facet(facet, value).getCardinality();
  }

  private RoaringBitmap facet(Facet facet, String value) {
    requireNonNull(value, "value");
    String key = facet == Facet.CITY ? value.toLowerCase(Locale.ROOT) : value;
    // the constructor put every facet in byFacet
    return requireNonNull(byFacet.get(requireNonNull(facet, "facet")), "facet").getOrDefault(key, EMPTY);
  }

  /** Returns the number of events where the party took part in one of the roles (in any role if none are given). */
  public int count(String party, Collection<Role> roles) {
    return party(party, roles).getCardinality();
  }

  /** Returns the events among {@code within} where the party took part in one of the roles (any if none given). */
  public RoaringBitmap attendedBy(String party, Collection<Role> roles, RoaringBitmap within) {
    return RoaringBitmap.and(party(party, roles), requireNonNull(within, "within"));
  }

  /** Returns the events among {@code within} where every one of the parties took part in one of the roles. */
  public RoaringBitmap attendedByAll(Collection<String> parties, Collection<Role> roles, RoaringBitmap within) {
    List<RoaringBitmap> each = new ArrayList<>();
    for (String party : parties) {
      each.add(party(party, roles));
    }
    each.sort((a, b) -> Integer.compare(a.getCardinality(), b.getCardinality()));
    RoaringBitmap result = requireNonNull(within, "within").clone();
    for (RoaringBitmap bitmap : each) {
      if (result.isEmpty()) {
        break;
      }
      result.and(bitmap);
    }
    return result;
  }

  /** Returns the events among {@code within} where at least one of the parties took part in one of the roles. */
  public RoaringBitmap attendedByAny(Collection<String> parties, Collection<Role> roles, RoaringBitmap within) {
    List<RoaringBitmap> each = new ArrayList<>();
    for (String party : parties) {
      each.add(party(party, roles));
    }
    return RoaringBitmap.and(FastAggregation.or(each.iterator()), requireNonNull(within, "within"));
  }

  /**
   * Returns the events among {@code within} where no party outside {@code parties} took part in one of the roles
   * (in any role, if none are given). Computed from the bitmaps of every other party, or, when {@code within} is
   * small, by looking at the participations of each event in it, whichever is less work.
   */
  public RoaringBitmap attendedOnlyBy(Set<String> parties, Collection<Role> roles, RoaringBitmap within) {
    requireNonNull(within, "within");
    if (roles.isEmpty()) {
      ImmutableSet<String> key = ImmutableSet.copyOf(parties);
      RoaringBitmap all = onlyWithin.get(key);
      if (all == null && onlyWithin.size() < MOST_PARTY_SETS_KEPT) {
        all = onlyWithin.computeIfAbsent(key, k -> outsideNone(k, roles, allEvents()));
      }
      if (all != null) {
        return RoaringBitmap.and(within, all);
      }
    }
    return outsideNone(parties, roles, within);
  }

  private RoaringBitmap allEvents() {
    RoaringBitmap all = new RoaringBitmap();
    all.add(0L, (long) events.size());
    return all;
  }

  private RoaringBitmap outsideNone(Set<String> parties, Collection<Role> roles, RoaringBitmap within) {
    List<RoaringBitmap> outside = new ArrayList<>();
    long bitmapCost = 0;
    for (String party : this.parties) {
      if (!parties.contains(party)) {
        RoaringBitmap bitmap = party(party, roles);
        outside.add(bitmap);
        bitmapCost += bitmap.getCardinality();
      }
    }
    if ((long) within.getCardinality() * DIRECT_CHECK_COST >= bitmapCost) {
      return RoaringBitmap.andNot(within, FastAggregation.or(outside.iterator()));
    }
    RoaringBitmapWriter<RoaringBitmap> result = RoaringBitmapWriter.writer().get();
    IntIterator it = within.getIntIterator();
    while (it.hasNext()) {
      int i = it.next();
      if (onlyBy(events.get(i), parties, roles)) {
        result.add(i);
      }
    }
    return result.get();
  }

  private static boolean onlyBy(Event event, Set<String> parties, Collection<Role> roles) {
    for (Participation participation : event.participations()) {
      if (!parties.contains(participation.party()) && (roles.isEmpty() || roles.contains(participation.role()))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the bitmap of the events where the party took part in one of the roles; not to be changed. */
  private RoaringBitmap party(String party, Collection<Role> roles) {
    requireNonNull(party, "party");
    if (roles.isEmpty() || roles.containsAll(Set.of(ROLES))) {
      return byParty.getOrDefault(party, EMPTY);
    }
    RoaringBitmap[] byRole = byPartyRole.get(party);
    if (byRole == null) {
      return EMPTY;
    }
    RoaringBitmap result = new RoaringBitmap();
    for (Role role : roles) {
      RoaringBitmap bitmap = byRole[role.ordinal()];
      if (bitmap != null) {
        result.or(bitmap);
      }
    }
    return result;
  }

  /**
   * Returns the events among {@code within} whose span may touch a day on or before {@code onOrBefore} and a day
   * on or after {@code onOrAfter}: every event that may share a day with the period from {@code onOrAfter} to
   * {@code onOrBefore}, or, when {@code onOrAfter} is the later day, that may cover the period between the two.
   * {@link LocalDate#MIN} and {@link LocalDate#MAX} stand for no limit. An event may touch the days from the
   * earliest day its start or end may be to the latest day either may be (or for ever, if it is ongoing or open).
   */
  public RoaringBitmap reaching(LocalDate onOrBefore, LocalDate onOrAfter, RoaringBitmap within) {
    return spans.reaching(onOrBefore, onOrAfter, within);
  }

  /** Returns an upper bound of the number of events {@link #reaching} finds, from the year bitmaps alone. */
  public long estimateReaching(LocalDate onOrBefore, LocalDate onOrAfter) {
    return spans.estimateReaching(onOrBefore, onOrAfter);
  }

  /**
   * Returns, among {@code within}, the events whose span is within the period from {@code from} to {@code to}:
   * possibly and certainly, as {@link FuzzySpan#within(LocalDate, LocalDate) span().within(from, to)} answers.
   *
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public Matches spanWithin(LocalDate from, LocalDate to, RoaringBitmap within) {
    checkPeriod(from, to);
    return spans.matches(to, from, within, span -> span.within(from, to));
  }

  /**
   * Returns, among {@code within}, the events whose span shares a day with the period from {@code from} to
   * {@code to}, as {@link FuzzySpan#intersects(LocalDate, LocalDate) span().intersects(from, to)} answers.
   *
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public Matches spanIntersects(LocalDate from, LocalDate to, RoaringBitmap within) {
    checkPeriod(from, to);
    return spans.matches(to, from, within, span -> span.intersects(from, to));
  }

  /**
   * Returns, among {@code within}, the events whose span includes the date, as
   * {@link FuzzySpan#includes(FuzzyDate) span().includes(date)} answers.
   */
  public Matches spanIncludes(FuzzyDate date, RoaringBitmap within) {
    requireNonNull(date, "date");
    return spans.matches(date.latestOrMax(), date.earliestOrMin(), within, span -> span.includes(date));
  }

  /**
   * Returns, among {@code within}, the events whose span has an end that is before the date, as
   * {@code span().end().map(end -> end.isBefore(date)).orElse(FALSE)} answers: an ongoing span never ends before.
   */
  public Matches endBefore(FuzzyDate date, RoaringBitmap within) {
    requireNonNull(date, "date");
    LocalDate last = date.latestOrMax().equals(LocalDate.MAX) ? LocalDate.MAX : date.latestOrMax().minusDays(1);
    return spans.matches(last, LocalDate.MIN, within,
        span -> span.end().map(end -> end.isBefore(date)).orElse(Truth.FALSE));
  }

  /**
   * Returns, among {@code within}, the events whose span starts after the date, as
   * {@code span().start().isAfter(date)} answers.
   */
  public Matches startAfter(FuzzyDate date, RoaringBitmap within) {
    requireNonNull(date, "date");
    LocalDate first = date.earliestOrMin().equals(LocalDate.MIN) ? LocalDate.MIN : date.earliestOrMin().plusDays(1);
    return spans.matches(LocalDate.MAX, first, within, span -> span.start().isAfter(date));
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    if (requireNonNull(from, "from").isAfter(requireNonNull(to, "to"))) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /** Returns roughly how many bytes the index takes, not counting the events it refers to. */
  public long sizeInBytes() {
    long[] bytes = {8L * events.size() + 16L * spans.years()};
    forEachBitmap(bitmap -> bytes[0] += bitmap.getLongSizeInBytes() + 48);
    bytes[0] += 64L * (byParty.size() * 2 + byFacet.values().stream().mapToInt(Map::size).sum());
    return bytes[0];
  }

  /** Returns a summary such as {@code EventIndex[1000000 events, 200 parties, 30 years, 12.5 MB]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "EventIndex[%d events, %d parties, %d years, %.1f MB]", events.size(),
        parties.size(), spans.years(), sizeInBytes() / 1e6);
  }
}
