package io.github.c5atlas.dsl.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableList;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
  private static final int NEG = Integer.MIN_VALUE;
  private static final int OPEN = Integer.MAX_VALUE - 1;
  private static final int ONGOING = Integer.MAX_VALUE;
  private static final int FALSE = 0;
  private static final int UNKNOWN = 1;
  private static final int TRUE = 2;
  private static final Role[] ROLES = Role.values();
  /** An event whose days may stretch over more calendar years than this goes in {@link #wide}, not in years. */
  private static final int MAX_YEARS = 3;
  /** The cost of checking one event's participations directly, in bitmap elements merged. */
  private static final int DIRECT_CHECK_COST = 50;

  private final ImmutableList<Event> events;
  private final Map<EventStatus, RoaringBitmap> byStatus = new EnumMap<>(EventStatus.class);
  private final Map<EventKind, RoaringBitmap> byKind = new EnumMap<>(EventKind.class);
  private final Map<Facet, Map<String, RoaringBitmap>> byFacet = new EnumMap<>(Facet.class);
  private final Map<String, RoaringBitmap> byParty = new HashMap<>();
  private final Map<String, RoaringBitmap[]> byPartyRole = new HashMap<>();
  private final ImmutableSortedSet<String> parties;
  /*
   * Per event, the earliest and latest day of its start and of its end, as epoch days; an open earliest day is
   * NEG, an open latest day OPEN, and both days of the end of an ongoing span are ONGOING. The span may touch the
   * days from the least to the greatest of the four.
   */
  private final int[] startLo;
  private final int[] startHi;
  private final int[] endLo;
  private final int[] endHi;
  private final int firstYear;
  /** The events each year may touch, from {@link #firstYear}; the wide events are in none of them. */
  private final RoaringBitmap[] byYear;
  /** The events whose span is open, ongoing, or may touch more than {@link #MAX_YEARS} calendar years. */
  private final RoaringBitmap wide = new RoaringBitmap();

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
    startLo = new int[n];
    startHi = new int[n];
    endLo = new int[n];
    endHi = new int[n];
    int minYear = Integer.MAX_VALUE;
    int maxYear = Integer.MIN_VALUE;
    int[] fromYear = new int[n];
    int[] toYear = new int[n];
    for (int i = 0; i < n; i++) {
      Event event = events.get(i);
      statuses.add(event.status(), i);
      kinds.add(event.kind(), i);
      indexFacets(event, i, facets);
      for (Participation participation : event.participations()) {
        partyAppenders.add(participation.party(), i);
        partyRoles.get(participation.role().ordinal()).add(participation.party(), i);
      }
      FuzzySpan span = event.span();
      // earliestOrMin and latestOrMax are LocalDate.MIN and MAX where open, which day() makes NEG and OPEN
      LocalDate first = span.start().earliestOrMin();
      LocalDate last = span.start().latestOrMax();
      startLo[i] = day(first);
      startHi[i] = day(last);
      if (span.isOngoing()) {
        endLo[i] = ONGOING;
        endHi[i] = ONGOING;
        last = LocalDate.MAX;
      } else {
        FuzzyDate end = span.end().orElseThrow();
        endLo[i] = day(end.earliestOrMin());
        endHi[i] = day(end.latestOrMax());
        first = endLo[i] < startLo[i] ? end.earliestOrMin() : first;
        last = endHi[i] > startHi[i] ? end.latestOrMax() : last;
      }
      if (first.equals(LocalDate.MIN) || last.equals(LocalDate.MAX) || last.getYear() - first.getYear() >= MAX_YEARS) {
        wide.add(i);
        fromYear[i] = 1;
        toYear[i] = 0;
      } else {
        fromYear[i] = first.getYear();
        toYear[i] = last.getYear();
        minYear = Math.min(minYear, fromYear[i]);
        maxYear = Math.max(maxYear, toYear[i]);
      }
    }
    firstYear = minYear;
    Appenders<Integer> years = new Appenders<>();
    for (int i = 0; i < n; i++) {
      for (int y = fromYear[i]; y <= toYear[i]; y++) {
        years.add(y, i);
      }
    }
    byYear = new RoaringBitmap[maxYear < minYear ? 0 : maxYear - minYear + 1];
    Map<Integer, RoaringBitmap> yearBitmaps = years.build();
    for (int y = 0; y < byYear.length; y++) {
      byYear[y] = yearBitmaps.getOrDefault(firstYear + y, new RoaringBitmap());
    }
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

  /** Bitmaps by key while the index is built: each appended to in ascending order of events. */
  private static final class Appenders<K> {
    private final Map<K, RoaringBitmapWriter<RoaringBitmap>> writers = new HashMap<>();

    void add(K key, int event) {
      writers.computeIfAbsent(key, k -> RoaringBitmapWriter.writer().get()).add(event);
    }

    Map<K, RoaringBitmap> build() {
      Map<K, RoaringBitmap> bitmaps = new HashMap<>();
      writers.forEach((key, writer) -> bitmaps.put(key, writer.get()));
      return bitmaps;
    }
  }

  private static void indexFacets(Event event, int i, Map<Facet, Appenders<String>> facets) {
    event.forum().ifPresent(forum -> facets.get(Facet.FORUM).add(forum, i));
    event.host().ifPresent(host -> facets.get(Facet.HOST).add(host, i));
    for (Place place : event.places()) {
      facets.get(Facet.PLACE_STATE).add(place.state(), i);
      place.city().ifPresent(city -> facets.get(Facet.CITY).add(city.toLowerCase(Locale.ROOT), i));
    }
    Appenders<String> tags = facets.get(Facet.TAG);
    event.tags().forEach(tag -> tags.add(tag, i));
    Appenders<String> sources = facets.get(Facet.SOURCE);
    event.sources().forEach(source -> sources.add(source, i));
    event.accept(new Event.Visitor<Void>() {
      @Override
      public Void visitMeeting(Meeting meeting) {
        facets.get(Facet.MEETING_LEVEL).add(meeting.level().name(), i);
        return null;
      }

      @Override
      public Void visitExercise(Exercise exercise) {
        exercise.series().ifPresent(series -> facets.get(Facet.SERIES).add(series, i));
        for (ExerciseKind kind : exercise.exerciseKinds()) {
          facets.get(Facet.EXERCISE_KIND).add(kind.name(), i);
        }
        return null;
      }

      @Override
      public Void visitAgreement(Agreement agreement) {
        for (AgreementSubject subject : agreement.subjects()) {
          facets.get(Facet.AGREEMENT_SUBJECT).add(subject.name(), i);
        }
        return null;
      }
    });
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
    for (RoaringBitmap bitmap : byYear) {
      action.accept(bitmap);
    }
    action.accept(wide);
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
    return byFacet.get(requireNonNull(facet, "facet")).getOrDefault(key, EMPTY);
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
    requireNonNull(within, "within");
    int last = day(requireNonNull(onOrBefore, "onOrBefore"));
    int first = day(requireNonNull(onOrAfter, "onOrAfter"));
    RoaringBitmap candidates = within;
    if (within.getCardinality() > estimateReaching(onOrBefore, onOrAfter)) {
      List<RoaringBitmap> years = new ArrayList<>(yearsReaching(onOrBefore, onOrAfter));
      years.add(wide);
      candidates = RoaringBitmap.and(FastAggregation.or(years.iterator()), within);
    }
    RoaringBitmapWriter<RoaringBitmap> result = RoaringBitmapWriter.writer().get();
    IntIterator it = candidates.getIntIterator();
    while (it.hasNext()) {
      int i = it.next();
      if (Math.min(startLo[i], endLo[i]) <= last && Math.max(startHi[i], endHi[i]) >= first) {
        result.add(i);
      }
    }
    return result.get();
  }

  /** Returns an upper bound of the number of events {@link #reaching} finds, from the year bitmaps alone. */
  public long estimateReaching(LocalDate onOrBefore, LocalDate onOrAfter) {
    long estimate = wide.getLongCardinality();
    for (RoaringBitmap year : yearsReaching(onOrBefore, onOrAfter)) {
      estimate += year.getLongCardinality();
    }
    return Math.min(estimate, events.size());
  }

  /** Returns the bitmaps of the years in which an event that is not wide must be to reach both days. */
  private List<RoaringBitmap> yearsReaching(LocalDate onOrBefore, LocalDate onOrAfter) {
    // lo <= onOrBefore and hi >= onOrAfter: the event's years meet those from the earlier of the two to onOrBefore
    LocalDate from = min(onOrBefore, onOrAfter);
    int fromYear = from.equals(LocalDate.MIN) ? firstYear : Math.max(firstYear, from.getYear());
    int toYear = onOrBefore.equals(LocalDate.MAX) ? firstYear + byYear.length - 1
        : Math.min(firstYear + byYear.length - 1, onOrBefore.getYear());
    List<RoaringBitmap> years = new ArrayList<>();
    for (int y = fromYear; y <= toYear; y++) {
      years.add(byYear[y - firstYear]);
    }
    return years;
  }

  /**
   * Returns, among {@code within}, the events whose span is within the period from {@code from} to {@code to}:
   * possibly and certainly, as {@link FuzzySpan#within(LocalDate, LocalDate) span().within(from, to)} answers.
   */
  public Matches spanWithin(LocalDate from, LocalDate to, RoaringBitmap within) {
    long first = from.toEpochDay();
    long next = to.toEpochDay() + 1;
    return matches(to, from, within, i -> and(not(lt(startsLo(i), startsHi(i), first, first)),
        not(lt(next, next, endsLo(i), endsHi(i)))));
  }

  /**
   * Returns, among {@code within}, the events whose span shares a day with the period from {@code from} to
   * {@code to}, as {@link FuzzySpan#intersects(LocalDate, LocalDate) span().intersects(from, to)} answers.
   */
  public Matches spanIntersects(LocalDate from, LocalDate to, RoaringBitmap within) {
    long first = from.toEpochDay();
    long next = to.toEpochDay() + 1;
    return matches(to, from, within, i -> and(lt(startsLo(i), startsHi(i), next, next),
        lt(first, first, endsLo(i), endsHi(i))));
  }

  /**
   * Returns, among {@code within}, the events whose span includes the date, as
   * {@link FuzzySpan#includes(FuzzyDate) span().includes(date)} answers.
   */
  public Matches spanIncludes(FuzzyDate date, RoaringBitmap within) {
    long lo = date.earliest().map(LocalDate::toEpochDay).orElse(NEG_INF);
    long hi = date.latest().map(LocalDate::toEpochDay).orElse(POS_OPEN);
    return matches(date.latestOrMax(), date.earliestOrMin(), within,
        i -> and(not(lt(lo, hi, startsLo(i), startsHi(i))), lt(lo, hi, endsLo(i), endsHi(i))));
  }

  /**
   * Returns, among {@code within}, the events whose span has an end that is before the date, as
   * {@code span().end().map(end -> end.isBefore(date)).orElse(FALSE)} answers: an ongoing span never ends before.
   */
  public Matches endBefore(FuzzyDate date, RoaringBitmap within) {
    long lo = date.earliestOrMin().toEpochDay();
    long hi = date.latestOrMax().toEpochDay();
    LocalDate last = date.latestOrMax().equals(LocalDate.MAX) ? LocalDate.MAX : date.latestOrMax().minusDays(1);
    return matches(last, LocalDate.MIN, within, i -> endLo[i] == ONGOING ? FALSE
        : before(minMax(endLo[i]), minMax(endHi[i]), lo, hi));
  }

  /**
   * Returns, among {@code within}, the events whose span starts after the date, as
   * {@code span().start().isAfter(date)} answers.
   */
  public Matches startAfter(FuzzyDate date, RoaringBitmap within) {
    long lo = date.earliestOrMin().toEpochDay();
    long hi = date.latestOrMax().toEpochDay();
    LocalDate first = date.earliestOrMin().equals(LocalDate.MIN) ? LocalDate.MIN : date.earliestOrMin().plusDays(1);
    return matches(LocalDate.MAX, first, within, i -> before(lo, hi, minMax(startLo[i]), minMax(startHi[i])));
  }

  /** A three-valued question on one event, by its ordinal: FALSE, UNKNOWN or TRUE as 0, 1 or 2. */
  private interface Question {
    int answer(int event);
  }

  /**
   * Answers a question on the events among {@code within} that may reach both days (a superset of those for which
   * the answer is not FALSE), and sorts them by the answer.
   */
  private Matches matches(LocalDate onOrBefore, LocalDate onOrAfter, RoaringBitmap within, Question question) {
    RoaringBitmap candidates = reaching(onOrBefore, onOrAfter, requireNonNull(within, "within"));
    RoaringBitmapWriter<RoaringBitmap> possible = RoaringBitmapWriter.writer().get();
    RoaringBitmapWriter<RoaringBitmap> certain = RoaringBitmapWriter.writer().get();
    IntIterator it = candidates.getIntIterator();
    while (it.hasNext()) {
      int i = it.next();
      int answer = question.answer(i);
      if (answer != FALSE) {
        possible.add(i);
        if (answer == TRUE) {
          certain.add(i);
        }
      }
    }
    return new Matches(possible.get(), certain.get());
  }

  // The points of a span as FuzzySpan computes them: the first days it may start on, and the days after the last
  // days it may end on (half-open), with the same infinities, so that the comparisons answer exactly as it does.

  private static final long NEG_INF = Long.MIN_VALUE / 4;
  private static final long POS_OPEN = Long.MAX_VALUE / 4 - 1;
  private static final long POS_INF = Long.MAX_VALUE / 4;

  private static long point(int day) {
    return day == NEG ? NEG_INF : day == OPEN ? POS_OPEN : day == ONGOING ? POS_INF : day;
  }

  private static long plusOne(long point) {
    return point == NEG_INF || point == POS_OPEN || point == POS_INF ? point : point + 1;
  }

  private long startsLo(int i) {
    return point(startLo[i]);
  }

  private long startsHi(int i) {
    return Math.min(point(startHi[i]), point(endHi[i]));
  }

  private long endsLo(int i) {
    return plusOne(Math.max(point(endLo[i]), point(startLo[i])));
  }

  private long endsHi(int i) {
    return plusOne(point(endHi[i]));
  }

  /** Whether x is before y, for points that may be any of [xLo, xHi] and [yLo, yHi]. */
  private static int lt(long xLo, long xHi, long yLo, long yHi) {
    return xHi < yLo ? TRUE : xLo >= yHi ? FALSE : UNKNOWN;
  }

  private static int and(int a, int b) {
    return Math.min(a, b);
  }

  private static int not(int a) {
    return TRUE - a;
  }

  /** A day of a fuzzy date as FuzzyDate compares them: open days are LocalDate.MIN and LocalDate.MAX. */
  private static long minMax(int day) {
    return day == NEG ? LocalDate.MIN.toEpochDay() : day >= OPEN ? LocalDate.MAX.toEpochDay() : day;
  }

  /** Whether every day of [a1, a2] is before every day of [b1, b2], as FuzzyDate answers it. */
  private static int before(long a1, long a2, long b1, long b2) {
    return a2 < b1 ? TRUE : a1 >= b2 ? FALSE : UNKNOWN;
  }

  /** Returns roughly how many bytes the index takes, not counting the events it refers to. */
  public long sizeInBytes() {
    long[] bytes = {8L * events.size() + 16L * byYear.length};
    forEachBitmap(bitmap -> bytes[0] += bitmap.getLongSizeInBytes() + 48);
    bytes[0] += 64L * (byParty.size() * 2 + byFacet.values().stream().mapToInt(Map::size).sum());
    return bytes[0];
  }

  /** Returns a summary such as {@code EventIndex[1000000 events, 200 parties, 30 years, 12.5 MB]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "EventIndex[%d events, %d parties, %d years, %.1f MB]", events.size(),
        parties.size(), byYear.length, sizeInBytes() / 1e6);
  }

  /** Returns a day as an epoch day: NEG for {@link LocalDate#MIN}, OPEN for {@link LocalDate#MAX}. */
  private static int day(LocalDate date) {
    if (date.equals(LocalDate.MIN)) {
      return NEG;
    }
    if (date.equals(LocalDate.MAX)) {
      return OPEN;
    }
    // the model's dates are years 1 to 9999; anything further out compares the same once clamped
    return (int) Math.max(NEG + 1L, Math.min(OPEN - 1L, date.toEpochDay()));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
