package io.github.c5atlas.core.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A span of days from a fuzzy start date to a fuzzy end date, both inclusive, or from a fuzzy start onwards
 * (ongoing).
 *
 * <p><b>Readings.</b> A reading of a span picks one day {@code s} for the start and one day {@code e} for the end
 * from their ranges, with {@code s <= e}: a span never ends before it starts. A span whose start certainly comes
 * after its end (the start's earliest day is after the end's latest day) cannot be made. An ongoing span has no end
 * day: its end is taken as plus infinity.
 *
 * <p><b>Bounds.</b> {@link #earliestStart()}, {@link #latestStart()}, {@link #earliestEnd()} and {@link
 * #latestEnd()} bound the start and end days over all readings; since {@code s <= e}, the latest start is at most
 * the end's latest day and the earliest end is at least the start's earliest day. An open side is {@link
 * LocalDate#MIN} (minus infinity) or {@link LocalDate#MAX} (plus infinity); the end of an ongoing span is
 * {@code LocalDate.MAX}.
 *
 * <p><b>Relations.</b> Every relation answers with a {@link Truth}: {@code TRUE} means it certainly holds for
 * every reading of the fuzzy dates, {@code FALSE} that it holds for none, {@code UNKNOWN} anything else. The
 * relations are computed from three-valued comparisons of the endpoints combined with Kleene {@link
 * Truth#and(Truth) and}; this is a sound approximation (never {@code TRUE} or {@code FALSE} wrongly) but not always
 * the tightest answer, since the endpoints are compared independently. For Allen's interval relations a span from
 * day {@code s} to day {@code e} is the half-open interval {@code [s, e + 1)}; see {@link AllenRelation}.
 *
 * <p><b>Text.</b> {@link #toString()} writes {@code 2024-07-08 to 2024-07-17} or {@code 2024-07-08 onwards}, not the
 * EDTF interval {@code 2024-07-08/2024-07-17}, which would be ambiguous with the open forms of {@link FuzzyDate}.
 *
 * <pre>{@code
 * FuzzySpan term = FuzzySpan.of(FuzzyDate.parse("2018"), FuzzyDate.parse("2025-05"));
 * term.includes(LocalDate.of(2020, 3, 1));                                    // TRUE
 * term.includes(LocalDate.of(2018, 3, 1));                                    // UNKNOWN
 * term.before(FuzzySpan.ongoing(FuzzyDate.parse("2025-10-14")));              // TRUE
 * term.toString();                                                            // "2018 to 2025-05"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FuzzySpan {

    /** Minus infinity: an open earliest day. */
    private static final long NEG_INF = Long.MIN_VALUE / 4;
    /** Some unknown finite day later than any given: an open latest day. */
    private static final long POS_OPEN = Long.MAX_VALUE / 4 - 1;
    /** Plus infinity: the end of an ongoing span. */
    private static final long POS_INF = Long.MAX_VALUE / 4;

    private final FuzzyDate start;
    private final @Nullable FuzzyDate end;

    /** Start points: the possible first days, as epoch days. */
    private final Points starts;
    /** End points: the possible last days plus one, as epoch days (half-open intervals). */
    private final Points ends;

    private FuzzySpan(FuzzyDate start, @Nullable FuzzyDate end) {
        this.start = Objects.requireNonNull(start, "start");
        this.end = end;
        long startLo = lo(start);
        long startHi = hi(start);
        long endLo = end == null ? POS_INF : lo(end);
        long endHi = end == null ? POS_INF : hi(end);
        if (startLo > endHi) {
            throw new IllegalArgumentException(
                    "span would end before it starts: start " + start + " is after end " + end);
        }
        this.starts = new Points(startLo, Math.min(startHi, endHi));
        this.ends = new Points(plusOne(Math.max(endLo, startLo)), plusOne(endHi));
    }

    /**
     * Returns the span from {@code start} to {@code end}, both inclusive.
     *
     * @param start the first day
     * @param end the last day
     * @return the span
     * @throws NullPointerException if either argument is null
     * @throws IllegalArgumentException if the span certainly ends before it starts: the earliest day of
     *     {@code start} is after the latest day of {@code end}
     */
    public static FuzzySpan of(FuzzyDate start, FuzzyDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        return new FuzzySpan(start, end);
    }

    /**
     * Returns the span from {@code start} onwards, with no end.
     *
     * @param start the first day
     * @return the ongoing span
     * @throws NullPointerException if {@code start} is null
     */
    public static FuzzySpan ongoing(FuzzyDate start) {
        Objects.requireNonNull(start, "start");
        return new FuzzySpan(start, null);
    }

    /**
     * Returns the span of one day, starting and ending on {@code day}.
     *
     * @param day the day
     * @return the one-day span
     * @throws NullPointerException if {@code day} is null
     */
    public static FuzzySpan on(FuzzyDate day) {
        Objects.requireNonNull(day, "day");
        return new FuzzySpan(day, day);
    }

    // ---------------------------------------------------------------------------------------------- accessors

    /**
     * Returns the first day of the span.
     *
     * @return the start date
     */
    public FuzzyDate start() {
        return start;
    }

    /**
     * Returns the last day of the span, or empty if the span is ongoing.
     *
     * @return the end date, if any
     */
    public Optional<FuzzyDate> end() {
        return Optional.ofNullable(end);
    }

    /**
     * Returns whether the span is ongoing: it has no end.
     *
     * @return whether there is no end
     */
    public boolean isOngoing() {
        return end == null;
    }

    /**
     * Returns the earliest day the span may start, or {@link LocalDate#MIN} if the start has no earliest day.
     *
     * @return the earliest start day
     */
    public LocalDate earliestStart() {
        return toDate(starts.lo);
    }

    /**
     * Returns the latest day the span may start: the start's latest day, but no later than the end's latest day;
     * {@link LocalDate#MAX} if neither has a latest day.
     *
     * @return the latest start day
     */
    public LocalDate latestStart() {
        return toDate(starts.hi);
    }

    /**
     * Returns the earliest day the span may end: the end's earliest day, but no earlier than the start's earliest
     * day; {@link LocalDate#MIN} if neither has an earliest day, {@link LocalDate#MAX} if the span is ongoing.
     *
     * @return the earliest end day
     */
    public LocalDate earliestEnd() {
        return toDate(minusOne(ends.lo));
    }

    /**
     * Returns the latest day the span may end, or {@link LocalDate#MAX} if the end has no latest day or the span
     * is ongoing.
     *
     * @return the latest end day
     */
    public LocalDate latestEnd() {
        return toDate(minusOne(ends.hi));
    }

    /**
     * Returns the fewest days the span may last, counting both its first and last day; at least 1, and
     * {@link Long#MAX_VALUE} for an ongoing span, whose end is plus infinity.
     *
     * @return the least inclusive number of days
     */
    public long minDays() {
        if (isOngoing()) {
            return Long.MAX_VALUE;
        }
        if (!isFinite(starts.hi) || !isFinite(ends.lo)) {
            return 1;
        }
        return Math.max(1, ends.lo - starts.hi);
    }

    /**
     * Returns the most days the span may last, counting both its first and last day; {@link Long#MAX_VALUE} if
     * the start has no earliest day, the end has no latest day or the span is ongoing.
     *
     * @return the greatest inclusive number of days
     */
    public long maxDays() {
        if (!isFinite(starts.lo) || !isFinite(ends.hi)) {
            return Long.MAX_VALUE;
        }
        return ends.hi - starts.lo;
    }

    // ------------------------------------------------------------------------------------ days and periods

    /**
     * Returns whether the span includes {@code day}: the span starts on or before it and ends on or after it.
     *
     * @param day the day
     * @return whether the span includes {@code day}
     * @throws NullPointerException if {@code day} is null
     */
    public Truth includes(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return includes(Points.of(day.toEpochDay()));
    }

    /**
     * Returns whether the span includes {@code date}: the span starts on or before it and ends on or after it,
     * whichever day the fuzzy date is.
     *
     * @param date the date
     * @return whether the span includes {@code date}
     * @throws NullPointerException if {@code date} is null
     */
    public Truth includes(FuzzyDate date) {
        Objects.requireNonNull(date, "date");
        return includes(new Points(lo(date), hi(date)));
    }

    private Truth includes(Points day) {
        return le(starts, day).and(lt(day, ends));
    }

    /**
     * Returns whether the span shares at least one day with the period from {@code from} to {@code to}, both
     * inclusive.
     *
     * @param from the first day of the period
     * @param to the last day of the period
     * @return whether the span and the period intersect
     * @throws NullPointerException if either argument is null
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    public Truth intersects(LocalDate from, LocalDate to) {
        FuzzyDate.checkPeriod(from, to);
        return lt(starts, Points.of(to.toEpochDay() + 1)).and(lt(Points.of(from.toEpochDay()), ends));
    }

    /**
     * Returns whether every day of the span is within the period from {@code from} to {@code to}, both
     * inclusive. An ongoing span is never within a period.
     *
     * @param from the first day of the period
     * @param to the last day of the period
     * @return whether the span is within the period
     * @throws NullPointerException if either argument is null
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    public Truth within(LocalDate from, LocalDate to) {
        FuzzyDate.checkPeriod(from, to);
        return le(Points.of(from.toEpochDay()), starts).and(le(ends, Points.of(to.toEpochDay() + 1)));
    }

    /**
     * Returns whether the two spans share at least one day; the disjunction of all Allen relations but
     * {@link #before(FuzzySpan) before}, {@link #after(FuzzySpan) after}, {@link #meets(FuzzySpan) meets} and
     * {@link #metBy(FuzzySpan) metBy}.
     *
     * @param other the other span
     * @return whether the spans intersect
     * @throws NullPointerException if {@code other} is null
     */
    public Truth intersects(FuzzySpan other) {
        Objects.requireNonNull(other, "other");
        return lt(starts, other.ends).and(lt(other.starts, ends));
    }

    // ------------------------------------------------------------------------------------ Allen relations

    /**
     * Returns whether the relation {@code relation} holds from this span to {@code other}; for example
     * {@code relation(AllenRelation.MEETS, other)} is {@code meets(other)}.
     *
     * @param relation the Allen relation
     * @param other the other span
     * @return whether this span is in {@code relation} to {@code other}
     * @throws NullPointerException if either argument is null
     */
    public Truth relation(AllenRelation relation, FuzzySpan other) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(other, "other");
        switch (relation) {
            case BEFORE:
                return before(other);
            case AFTER:
                return after(other);
            case MEETS:
                return meets(other);
            case MET_BY:
                return metBy(other);
            case OVERLAPS:
                return overlaps(other);
            case OVERLAPPED_BY:
                return overlappedBy(other);
            case STARTS:
                return starts(other);
            case STARTED_BY:
                return startedBy(other);
            case DURING:
                return during(other);
            case CONTAINS:
                return contains(other);
            case FINISHES:
                return finishes(other);
            case FINISHED_BY:
                return finishedBy(other);
            case EQUAL_TO:
                return equalTo(other);
            default:
                throw new AssertionError(relation);
        }
    }

    /**
     * Returns whether this span ends before {@code other} starts, with at least one day between them.
     *
     * @param other the other span
     * @return {@link AllenRelation#BEFORE}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth before(FuzzySpan other) {
        Objects.requireNonNull(other, "other");
        return lt(ends, other.starts);
    }

    /**
     * Returns whether this span starts after {@code other} ends, with at least one day between them.
     *
     * @param other the other span
     * @return {@link AllenRelation#AFTER}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth after(FuzzySpan other) {
        Objects.requireNonNull(other, "other");
        return lt(other.ends, starts);
    }

    /**
     * Returns whether {@code other} starts the day after this span ends.
     *
     * @param other the other span
     * @return {@link AllenRelation#MEETS}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth meets(FuzzySpan other) {
        Objects.requireNonNull(other, "other");
        return eq(ends, other.starts);
    }

    /**
     * Returns whether this span starts the day after {@code other} ends.
     *
     * @param other the other span
     * @return {@link AllenRelation#MET_BY}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth metBy(FuzzySpan other) {
        Objects.requireNonNull(other, "other");
        return eq(other.ends, starts);
    }

    /**
     * Returns whether this span starts before {@code other} and ends after it starts but before it ends.
     *
     * @param other the other span
     * @return {@link AllenRelation#OVERLAPS}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth overlaps(FuzzySpan other) {
        Objects.requireNonNull(other, "other");
        return lt(starts, other.starts).and(lt(other.starts, ends)).and(lt(ends, other.ends));
    }

    /**
     * Returns whether {@code other} starts before this span and ends after it starts but before it ends.
     *
     * @param other the other span
     * @return {@link AllenRelation#OVERLAPPED_BY}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth overlappedBy(FuzzySpan other) {
        Objects.requireNonNull(other, "other");
        return other.overlaps(this);
    }

    /**
     * Returns whether this span starts on the same day as {@code other} and ends before it.
     *
     * @param other the other span
     * @return {@link AllenRelation#STARTS}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth starts(FuzzySpan other) {
        Objects.requireNonNull(other, "other");
        return eq(starts, other.starts).and(lt(ends, other.ends));
    }

    /**
     * Returns whether {@code other} starts on the same day as this span and ends before it.
     *
     * @param other the other span
     * @return {@link AllenRelation#STARTED_BY}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth startedBy(FuzzySpan other) {
        Objects.requireNonNull(other, "other");
        return other.starts(this);
    }

    /**
     * Returns whether this span starts after {@code other} starts and ends before it ends.
     *
     * @param other the other span
     * @return {@link AllenRelation#DURING}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth during(FuzzySpan other) {
        Objects.requireNonNull(other, "other");
        return lt(other.starts, starts).and(lt(ends, other.ends));
    }

    /**
     * Returns whether {@code other} starts after this span starts and ends before it ends.
     *
     * @param other the other span
     * @return {@link AllenRelation#CONTAINS}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth contains(FuzzySpan other) {
        Objects.requireNonNull(other, "other");
        return other.during(this);
    }

    /**
     * Returns whether this span ends on the same day as {@code other} and starts after it.
     *
     * @param other the other span
     * @return {@link AllenRelation#FINISHES}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth finishes(FuzzySpan other) {
        Objects.requireNonNull(other, "other");
        return eq(ends, other.ends).and(lt(other.starts, starts));
    }

    /**
     * Returns whether {@code other} ends on the same day as this span and starts after it.
     *
     * @param other the other span
     * @return {@link AllenRelation#FINISHED_BY}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth finishedBy(FuzzySpan other) {
        Objects.requireNonNull(other, "other");
        return other.finishes(this);
    }

    /**
     * Returns whether this span starts and ends on the same days as {@code other}. Unlike
     * {@link #equals(Object)}, this compares days, not written forms; two ongoing spans with the same start day
     * are equal to each other.
     *
     * @param other the other span
     * @return {@link AllenRelation#EQUAL_TO}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth equalTo(FuzzySpan other) {
        Objects.requireNonNull(other, "other");
        return eq(starts, other.starts).and(eq(ends, other.ends));
    }

    // ------------------------------------------------------------------------------------------------ object

    /**
     * Returns whether {@code object} is a span with an equal start and an equal (or equally absent) end, written
     * the same way; see {@link FuzzyDate#equals(Object)}.
     *
     * @param object the object to compare with
     * @return whether both spans are written the same way
     */
    @Override
    public boolean equals(@Nullable Object object) {
        if (this == object) {
            return true;
        }
        if (!(object instanceof FuzzySpan)) {
            return false;
        }
        FuzzySpan that = (FuzzySpan) object;
        return start.equals(that.start) && Objects.equals(end, that.end);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + Objects.hashCode(end);
    }

    /**
     * Returns the span as text: {@code start + " to " + end}, like {@code 2024-07-08 to 2024-07-17}, or
     * {@code start + " onwards"} for an ongoing span, like {@code 2024-07-08 onwards}.
     *
     * @return the text of the span
     */
    @Override
    public String toString() {
        return end == null ? start + " onwards" : start + " to " + end;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static long lo(FuzzyDate date) {
        return date.earliest().map(LocalDate::toEpochDay).orElse(NEG_INF);
    }

    private static long hi(FuzzyDate date) {
        return date.latest().map(LocalDate::toEpochDay).orElse(POS_OPEN);
    }

    private static boolean isFinite(long point) {
        return point != NEG_INF && point != POS_OPEN && point != POS_INF;
    }

    private static long plusOne(long point) {
        return isFinite(point) ? point + 1 : point;
    }

    private static long minusOne(long point) {
        return isFinite(point) ? point - 1 : point;
    }

    private static LocalDate toDate(long point) {
        if (point == NEG_INF) {
            return LocalDate.MIN;
        }
        if (point == POS_OPEN || point == POS_INF) {
            return LocalDate.MAX;
        }
        return LocalDate.ofEpochDay(point);
    }

    /** Whether every point of {@code x} is before every point of {@code y}. */
    private static Truth lt(Points x, Points y) {
        return lt(x.lo, x.hi, y.lo, y.hi);
    }

    private static Truth le(Points x, Points y) {
        return lt(y, x).not();
    }

    private static Truth eq(Points x, Points y) {
        return eq(x.lo, x.hi, y.lo, y.hi);
    }

    /**
     * Returns whether every point of {@code [xLo, xHi]} is before every point of {@code [yLo, yHi]}: {@code TRUE},
     * {@code FALSE} if none is, else {@code UNKNOWN}. Shared with {@link FuzzyDate}, whose days compare the same way.
     */
    static Truth lt(long xLo, long xHi, long yLo, long yHi) {
        if (xHi < yLo) {
            return Truth.TRUE;
        }
        if (xLo >= yHi) {
            return Truth.FALSE;
        }
        return Truth.UNKNOWN;
    }

    /**
     * Returns whether a point of {@code [xLo, xHi]} and one of {@code [yLo, yHi]} are the same: {@code TRUE} only if
     * both ranges are that one point, {@code FALSE} if they share none, else {@code UNKNOWN}. Shared with
     * {@link FuzzyDate}.
     */
    static Truth eq(long xLo, long xHi, long yLo, long yHi) {
        if (xLo == xHi && yLo == yHi && xLo == yLo) {
            return Truth.TRUE;
        }
        if (xHi < yLo || yHi < xLo) {
            return Truth.FALSE;
        }
        return Truth.UNKNOWN;
    }

    /**
     * The closed interval of points an endpoint may be: epoch days, or the sentinels {@code NEG_INF},
     * {@code POS_OPEN} (an unknown finite point after every given one) and {@code POS_INF}.
     */
    private static final class Points {
        final long lo;
        final long hi;

        Points(long lo, long hi) {
            this.lo = lo;
            this.hi = hi;
        }

        static Points of(long point) {
            return new Points(point, point);
        }
    }
}
