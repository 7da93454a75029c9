package io.github.c5atlas.dsl.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.core.time.FuzzySpan;
import io.github.c5atlas.core.time.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * The time part of an {@link EventIndex}: for each event, the first and the last day its fuzzy span may touch, and
 * bitmaps of the events by the calendar years they may touch. It narrows the events down to those that may reach
 * two days; the three-valued questions on spans are then asked of the candidates' own {@link FuzzySpan} and
 * {@link FuzzyDate}, so that the index answers exactly as they do, with no arithmetic of its own.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class SpanIndex {
  /** An open first day ({@link LocalDate#MIN}). */
  private static final int NEG = Integer.MIN_VALUE;
  /** An open last day ({@link LocalDate#MAX}), or the end of an ongoing span. */
  private static final int OPEN = Integer.MAX_VALUE - 1;
  /** An event whose days may stretch over more calendar years than this goes in {@link #wide}, not in years. */
  private static final int MAX_YEARS = 3;

  private final ImmutableList<Event> events;
  /*
   * Per event, as epoch days, the least of the earliest days of its start and end, and the greatest of their latest
   * days (NEG and OPEN where open): the span may touch the days between.
   */
  private final int[] firstDay;
  private final int[] lastDay;
  private final int firstYear;
  /** The events each year may touch, from {@link #firstYear}; the wide events are in none of them. */
  private final RoaringBitmap[] byYear;
  /** The events whose span is open, ongoing, or may touch more than {@link #MAX_YEARS} calendar years. */
  private final RoaringBitmap wide = new RoaringBitmap();

  SpanIndex(ImmutableList<Event> events) {
    this.events = events;
    int n = events.size();
    firstDay = new int[n];
    lastDay = new int[n];
    int minYear = Integer.MAX_VALUE;
    int maxYear = Integer.MIN_VALUE;
    int[] fromYear = new int[n];
    int[] toYear = new int[n];
    for (int i = 0; i < n; i++) {
      FuzzySpan span = events.get(i).span();
      // earliestOrMin and latestOrMax are LocalDate.MIN and MAX where open, which day() makes NEG and OPEN
      LocalDate first = span.start().earliestOrMin();
      LocalDate last = span.isOngoing() ? LocalDate.MAX : span.start().latestOrMax();
      if (!span.isOngoing()) {
        FuzzyDate end = span.end().orElseThrow();
        first = min(first, end.earliestOrMin());
        last = max(last, end.latestOrMax());
      }
      firstDay[i] = day(first);
      lastDay[i] = day(last);
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
  }

  /** Returns the number of calendar years with a bitmap. */
  int years() {
    return byYear.length;
  }

  void forEachBitmap(Consumer<RoaringBitmap> action) {
    for (RoaringBitmap bitmap : byYear) {
      action.accept(bitmap);
    }
    action.accept(wide);
  }

  /** See {@link EventIndex#reaching}. */
  RoaringBitmap reaching(LocalDate onOrBefore, LocalDate onOrAfter, RoaringBitmap within) {
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
      if (firstDay[i] <= last && lastDay[i] >= first) {
        result.add(i);
      }
    }
    return result.get();
  }

  /** See {@link EventIndex#estimateReaching}. */
  long estimateReaching(LocalDate onOrBefore, LocalDate onOrAfter) {
    long estimate = wide.getLongCardinality();
    for (RoaringBitmap year : yearsReaching(onOrBefore, onOrAfter)) {
      estimate += year.getLongCardinality();
    }
    return Math.min(estimate, events.size());
  }

  /** Returns the bitmaps of the years in which an event that is not wide must be to reach both days. */
  private List<RoaringBitmap> yearsReaching(LocalDate onOrBefore, LocalDate onOrAfter) {
    // first <= onOrBefore and last >= onOrAfter: the event's years meet those from the earlier of the two to
    // onOrBefore
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
   * Asks each event among {@code within} that may reach both days (a superset of those for which the answer is not
   * FALSE) the question, and sorts them by the answer.
   */
  Matches matches(LocalDate onOrBefore, LocalDate onOrAfter, RoaringBitmap within,
      Function<FuzzySpan, Truth> question) {
    RoaringBitmap candidates = reaching(onOrBefore, onOrAfter, requireNonNull(within, "within"));
    RoaringBitmapWriter<RoaringBitmap> possible = RoaringBitmapWriter.writer().get();
    RoaringBitmapWriter<RoaringBitmap> certain = RoaringBitmapWriter.writer().get();
    IntIterator it = candidates.getIntIterator();
    while (it.hasNext()) {
      int i = it.next();
      Truth answer = question.apply(events.get(i).span());
      if (answer != Truth.FALSE) {
        possible.add(i);
        if (answer == Truth.TRUE) {
          certain.add(i);
        }
      }
    }
    return new Matches(possible.get(), certain.get());
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

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
