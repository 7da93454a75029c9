package io.github.c5atlas.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Random fuzzy dates and spans for the seeded property tests. Each case gets its own seed, derived from a base seed
 * and the case number and printed on failure, so that one failing case can be replayed with
 * {@code new RandomDates(new Random(seed))}.
 */
final class RandomDates {

    /** Base seed of every property test; override with {@code -Dc5atlas.seed=...} to explore other cases. */
    static final long BASE_SEED = Long.getLong("c5atlas.seed", 20251020L);

    /** A narrow window of days, so that random dates often touch, overlap or coincide. */
    private static final LocalDate WINDOW_START = LocalDate.of(2023, 11, 1);
    private static final int WINDOW_DAYS = 90;

    final Random random;
    private final boolean narrow;

    RandomDates(Random random, boolean narrow) {
        this.random = random;
        this.narrow = narrow;
    }

    /** Runs {@code cases} cases, each with its own seed; a failure names the seed to replay it. */
    static void forEachCase(int cases, Consumer<Long> body) {
        for (int i = 0; i < cases; i++) {
            long seed = caseSeed(i);
            try {
                body.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("case " + i + " failed; replay with seed " + seed + "L (base seed "
                        + BASE_SEED + "L): " + e.getMessage(), e);
            }
        }
    }

    static long caseSeed(int caseNumber) {
        return BASE_SEED * 31 + caseNumber * 0x9E3779B97F4A7C15L;
    }

    /** A day: in the narrow window, or anywhere in 0001..9999 with bias to edges and leap days. */
    LocalDate day() {
        if (narrow) {
            return WINDOW_START.plusDays(random.nextInt(WINDOW_DAYS));
        }
        switch (random.nextInt(6)) {
            case 0:
                return LocalDate.of(random.nextBoolean() ? 1 : 9999, 1 + random.nextInt(12), 1)
                        .plusDays(random.nextInt(28));
            case 1:
                int leapYear = 4 * (1 + random.nextInt(2499));
                return YearMonth.of(leapYear, 2).isValidDay(29) ? LocalDate.of(leapYear, 2, 29)
                        : LocalDate.of(leapYear, 2, 28);
            case 2:
                YearMonth month = YearMonth.of(1 + random.nextInt(9999), 1 + random.nextInt(12));
                return month.atEndOfMonth();
            default:
                return LocalDate.ofEpochDay(LocalDate.of(1, 1, 1).toEpochDay()
                        + random.nextInt((int) (LocalDate.of(9999, 12, 31).toEpochDay()
                                - LocalDate.of(1, 1, 1).toEpochDay() + 1)));
        }
    }

    /** A plain day, month or year, mostly days in the narrow setting. */
    FuzzyDate plain() {
        LocalDate day = day();
        int kind = random.nextInt(narrow ? 8 : 3);
        if (kind == 1) {
            return FuzzyDate.ofMonth(YearMonth.from(day));
        }
        if (kind == 2) {
            return FuzzyDate.ofYear(day.getYear());
        }
        return FuzzyDate.ofDay(day);
    }

    /** A fuzzy date of any form. */
    FuzzyDate any() {
        switch (random.nextInt(narrow ? 10 : 5)) {
            case 0:
                return plain().approximately();
            case 1:
                return FuzzyDate.onOrBefore(plain());
            case 2:
                return FuzzyDate.onOrAfter(plain());
            case 3:
                FuzzyDate a = plain();
                FuzzyDate b = plain();
                return a.earliestOrMin().isAfter(b.latestOrMax()) ? FuzzyDate.between(b, a) : FuzzyDate.between(a, b);
            default:
                return plain();
        }
    }

    /** A span whose start and end are exact days, or ongoing now and then. */
    FuzzySpan exactSpan() {
        LocalDate a = day();
        if (random.nextInt(10) == 0) {
            return FuzzySpan.ongoing(FuzzyDate.ofDay(a));
        }
        LocalDate b = random.nextInt(8) == 0 ? a : day();
        return a.isAfter(b) ? FuzzySpan.of(FuzzyDate.ofDay(b), FuzzyDate.ofDay(a))
                : FuzzySpan.of(FuzzyDate.ofDay(a), FuzzyDate.ofDay(b));
    }

    /** A span of fuzzy dates of any form, or ongoing now and then. */
    FuzzySpan fuzzySpan() {
        while (true) {
            FuzzyDate start = random.nextInt(3) == 0 ? FuzzyDate.ofDay(day()) : any();
            if (random.nextInt(10) == 0) {
                return FuzzySpan.ongoing(start);
            }
            if (random.nextInt(10) == 0) {
                return FuzzySpan.on(start);
            }
            FuzzyDate end = random.nextInt(3) == 0 ? FuzzyDate.ofDay(day()) : any();
            if (!start.earliestOrMin().isAfter(end.latestOrMax())) {
                return FuzzySpan.of(start, end);
            }
        }
    }

    /**
     * A reading of the span: exact start and end days within its bounds, with start on or before end. Open sides
     * are clipped to a year around the window.
     */
    FuzzySpan reading(FuzzySpan span) {
        LocalDate lowest = WINDOW_START.minusYears(3);
        LocalDate highest = WINDOW_START.plusYears(3);
        LocalDate s = between(max(span.earliestStart(), lowest), min(span.latestStart(), highest));
        if (span.isOngoing()) {
            return FuzzySpan.ongoing(FuzzyDate.ofDay(s));
        }
        LocalDate e = between(max(max(span.earliestEnd(), s), lowest), min(span.latestEnd(), highest));
        return FuzzySpan.of(FuzzyDate.ofDay(s), FuzzyDate.ofDay(e));
    }

    /** A day of the fuzzy date, clipped like {@link #reading(FuzzySpan)}. */
    LocalDate reading(FuzzyDate date) {
        return between(max(date.earliestOrMin(), WINDOW_START.minusYears(3)),
                min(date.latestOrMax(), WINDOW_START.plusYears(3)));
    }

    /** A day from {@code from} to {@code to}, often one of the two. */
    LocalDate between(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalStateException("empty reading range " + from + ".." + to);
        }
        switch (random.nextInt(4)) {
            case 0:
                return from;
            case 1:
                return to;
            default:
                return from.plusDays((long) (random.nextDouble() * (to.toEpochDay() - from.toEpochDay() + 1)));
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
