package io.github.c5atlas.core.time;

import com.google.common.collect.Range;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date known only as a closed range of days, written in EDTF (ISO 8601-2, Extended Date/Time Format).
 *
 * <p>A fuzzy date is one day, but which day may be known only to the month or the year, approximately, or only
 * from one side. The accepted forms, which {@link #parse(CharSequence)} reads and {@link #toString()} writes back
 * exactly, and the range of days each stands for:
 *
 * <table class="striped">
 * <caption>Forms of fuzzy dates</caption>
 * <thead><tr><th>Form</th><th>Example</th><th>Days</th></tr></thead>
 * <tbody>
 * <tr><td>day</td><td>{@code 2025-06-08}</td><td>that day</td></tr>
 * <tr><td>month</td><td>{@code 2025-06}</td><td>2025-06-01 to 2025-06-30</td></tr>
 * <tr><td>year</td><td>{@code 2018}</td><td>2018-01-01 to 2018-12-31</td></tr>
 * <tr><td>approximate day</td><td>{@code 2025-10-21~}</td><td>three days either side: 2025-10-18 to
 *     2025-10-24</td></tr>
 * <tr><td>approximate month</td><td>{@code 2025-10~}</td><td>one month either side: 2025-09-01 to
 *     2025-11-30</td></tr>
 * <tr><td>approximate year</td><td>{@code 2018~}</td><td>one year either side: 2017-01-01 to 2019-12-31</td></tr>
 * <tr><td>on or before</td><td>{@code ../2025-05-28}, {@code ../2025-05}, {@code ../2025}</td><td>no earliest
 *     day; at the latest the last day of the bound (2025-05-28, 2025-05-31, 2025-12-31)</td></tr>
 * <tr><td>on or after</td><td>{@code 2025-10-14/..}, {@code 2025-10/..}, {@code 2025/..}</td><td>at the earliest
 *     the first day of the bound; no latest day</td></tr>
 * <tr><td>between</td><td>{@code [2024-11-23..2024-11-24]}, {@code [2024-11..2025]}</td><td>the earliest day of
 *     the first bound to the latest day of the second</td></tr>
 * </tbody>
 * </table>
 *
 * <p>The written values are day ({@code YYYY-MM-DD}), month ({@code YYYY-MM}) or year ({@code YYYY}) with a
 * four-digit year from {@code 0001} to {@code 9999}, and must be real calendar dates ({@code 2024-02-29} is,
 * {@code 2025-02-29} is not). Approximation widens the range beyond those years where needed ({@code 0001~}
 * begins in year 0).
 *
 * <p>Equality is structural on the written form: {@code 2025-06} and {@code [2025-06-01..2025-06-30]} stand for the
 * same days but are not equal. Fuzzy dates are only partially ordered, so this class is not {@link Comparable};
 * the comparisons ({@link #isBefore(FuzzyDate)} and friends) answer with a three-valued {@link Truth}, and
 * {@link #byEarliest()} orders them for display.
 *
 * <pre>{@code
 * FuzzyDate appointed = FuzzyDate.parse("2025-06");
 * appointed.range();                                        // [2025-06-01..2025-06-30]
 * appointed.isBefore(LocalDate.of(2025, 7, 1));             // TRUE
 * appointed.isBefore(LocalDate.of(2025, 6, 15));            // UNKNOWN
 * FuzzyDate.onOrBefore(FuzzyDate.ofDay(2025, 5, 28));       // ../2025-05-28
 * FuzzyDate.ofYear(2018).approximately().toString();        // "2018~"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FuzzyDate {

    /** The precision of a written calendar value: a day, a month or a year. */
    public enum Precision {
        /** A calendar day, written {@code YYYY-MM-DD}. */
        DAY,
        /** A calendar month, written {@code YYYY-MM}. */
        MONTH,
        /** A calendar year, written {@code YYYY}. */
        YEAR
    }

    /** The written form; with the values it determines the range of days and the text. */
    private enum Form {
        PLAIN,
        APPROXIMATE,
        ON_OR_BEFORE,
        ON_OR_AFTER,
        BETWEEN
    }

    /** The smallest year a written value may have. */
    static final int MIN_YEAR = 1;

    /** The largest year a written value may have. */
    static final int MAX_YEAR = 9999;

    private static final Comparator<FuzzyDate> BY_EARLIEST = Comparator.comparing(FuzzyDate::earliestOrMin)
            .thenComparing(FuzzyDate::latestOrMax)
            .thenComparing(FuzzyDate::toString);

    private final Form form;
    private final Value first;
    private final @Nullable Value second;
    private final @Nullable LocalDate earliest;
    private final @Nullable LocalDate latest;

    private FuzzyDate(Form form, Value first, @Nullable Value second) {
        this.form = form;
        this.first = first;
        this.second = second;
        switch (form) {
            case PLAIN:
                this.earliest = first.earliest();
                this.latest = first.latest();
                break;
            case APPROXIMATE:
                this.earliest = first.approximateEarliest();
                this.latest = first.approximateLatest();
                break;
            case ON_OR_BEFORE:
                this.earliest = null;
                this.latest = first.latest();
                break;
            case ON_OR_AFTER:
                this.earliest = first.earliest();
                this.latest = null;
                break;
            case BETWEEN:
                this.earliest = first.earliest();
                this.latest = Objects.requireNonNull(second, "second").latest();
                if (earliest.isAfter(latest)) {
                    throw new IllegalArgumentException(
                            "first bound " + first + " begins after second bound " + second + " ends");
                }
                break;
            default:
                throw new AssertionError(form);
        }
    }

    // ---------------------------------------------------------------------------------------------- factories

    /**
     * Returns the fuzzy date of exactly one day.
     *
     * @param day the day, in a year from 0001 to 9999
     * @return the fuzzy date written like {@code 2025-06-08}
     * @throws NullPointerException if {@code day} is null
     * @throws IllegalArgumentException if the year of {@code day} is outside 0001..9999
     */
    public static FuzzyDate ofDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        checkYear(day.getYear());
        return new FuzzyDate(Form.PLAIN, new Value(Precision.DAY, day), null);
    }

    /**
     * Returns the fuzzy date of exactly one day.
     *
     * @param year the year, from 0001 to 9999
     * @param month the month of the year, from 1 to 12
     * @param day the day of the month, from 1 to its length
     * @return the fuzzy date written like {@code 2025-06-08}
     * @throws IllegalArgumentException if the values are not a calendar day in a year from 0001 to 9999
     */
    public static FuzzyDate ofDay(int year, int month, int day) {
        checkYear(year);
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "not a calendar day: year " + year + ", month " + month + ", day " + day, e);
        }
        return ofDay(date);
    }

    /**
     * Returns the fuzzy date of some day in a month.
     *
     * @param month the month, in a year from 0001 to 9999
     * @return the fuzzy date written like {@code 2025-06}
     * @throws NullPointerException if {@code month} is null
     * @throws IllegalArgumentException if the year of {@code month} is outside 0001..9999
     */
    public static FuzzyDate ofMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        checkYear(month.getYear());
        return new FuzzyDate(Form.PLAIN, new Value(Precision.MONTH, month.atDay(1)), null);
    }

    /**
     * Returns the fuzzy date of some day in a month.
     *
     * @param year the year, from 0001 to 9999
     * @param month the month of the year, from 1 to 12
     * @return the fuzzy date written like {@code 2025-06}
     * @throws IllegalArgumentException if the values are not a month in a year from 0001 to 9999
     */
    public static FuzzyDate ofMonth(int year, int month) {
        checkYear(year);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be from 1 to 12: " + month);
        }
        return ofMonth(YearMonth.of(year, month));
    }

    /**
     * Returns the fuzzy date of some day in a year.
     *
     * @param year the year, from 0001 to 9999
     * @return the fuzzy date written like {@code 2018}
     * @throws IllegalArgumentException if {@code year} is outside 0001..9999
     */
    public static FuzzyDate ofYear(int year) {
        checkYear(year);
        return new FuzzyDate(Form.PLAIN, new Value(Precision.YEAR, LocalDate.of(year, 1, 1)), null);
    }

    /**
     * Returns the fuzzy date of some day on or before the last day of a plain day, month or year; it has no
     * earliest day.
     *
     * @param bound a {@linkplain #isPlain() plain} day, month or year, like {@code 2025-05-28}
     * @return the fuzzy date written like {@code ../2025-05-28}
     * @throws NullPointerException if {@code bound} is null
     * @throws IllegalArgumentException if {@code bound} is not plain
     */
    public static FuzzyDate onOrBefore(FuzzyDate bound) {
        return new FuzzyDate(Form.ON_OR_BEFORE, plainValue(bound, "bound"), null);
    }

    /**
     * Returns the fuzzy date of some day on or after the first day of a plain day, month or year; it has no
     * latest day.
     *
     * @param bound a {@linkplain #isPlain() plain} day, month or year, like {@code 2025-10-14}
     * @return the fuzzy date written like {@code 2025-10-14/..}
     * @throws NullPointerException if {@code bound} is null
     * @throws IllegalArgumentException if {@code bound} is not plain
     */
    public static FuzzyDate onOrAfter(FuzzyDate bound) {
        return new FuzzyDate(Form.ON_OR_AFTER, plainValue(bound, "bound"), null);
    }

    /**
     * Returns the fuzzy date of some day from the earliest day of {@code first} to the latest day of
     * {@code second}.
     *
     * @param first a {@linkplain #isPlain() plain} day, month or year, like {@code 2024-11-23}
     * @param second a {@linkplain #isPlain() plain} day, month or year, like {@code 2024-11-24}
     * @return the fuzzy date written like {@code [2024-11-23..2024-11-24]}
     * @throws NullPointerException if either argument is null
     * @throws IllegalArgumentException if either argument is not plain, or the earliest day of {@code first} is
     *     after the latest day of {@code second}
     */
    public static FuzzyDate between(FuzzyDate first, FuzzyDate second) {
        Value a = plainValue(first, "first");
        Value b = plainValue(second, "second");
        return new FuzzyDate(Form.BETWEEN, a, b);
    }

    /**
     * Returns the approximate form of this plain day, month or year: a day widened by three days either side, a
     * month by one month either side (from the first day of the previous month to the last day of the next), a
     * year by one year either side.
     *
     * @return the fuzzy date written like {@code 2025-10-21~}, {@code 2025-10~} or {@code 2018~}
     * @throws IllegalArgumentException if this is not {@linkplain #isPlain() plain}
     */
    public FuzzyDate approximately() {
        return new FuzzyDate(Form.APPROXIMATE, plainValue(this, "this"), null);
    }

    /**
     * Reads a fuzzy date written in one of the forms listed in the {@linkplain FuzzyDate class documentation}.
     * Only that exact text is accepted: no surrounding spaces, no signs, two-digit months and days, four-digit
     * years from 0001 to 9999, real calendar dates.
     *
     * @param text the text, like {@code 2025-06-08}, {@code 2018~} or {@code ../2025-05-28}
     * @return the fuzzy date; its {@link #toString()} equals {@code text}
     * @throws NullPointerException if {@code text} is null
     * @throws DateTimeParseException if {@code text} is not a fuzzy date in an accepted form
     */
    public static FuzzyDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new FuzzyDateParser(text.toString()).parse();
    }

    /**
     * Returns a comparator for sorting by earliest day, an open earliest day first, then by latest day, an open
     * latest day last, then by the written form (so that it is consistent with {@link #equals(Object)}).
     *
     * @return the comparator
     */
    public static Comparator<FuzzyDate> byEarliest() {
        return BY_EARLIEST;
    }

    // ---------------------------------------------------------------------------------------------- accessors

    /**
     * Returns the earliest day this date may be, or empty if it has no earliest day ({@code ../2025}).
     *
     * @return the earliest day, if any
     */
    public Optional<LocalDate> earliest() {
        return Optional.ofNullable(earliest);
    }

    /**
     * Returns the latest day this date may be, or empty if it has no latest day ({@code 2025/..}).
     *
     * @return the latest day, if any
     */
    public Optional<LocalDate> latest() {
        return Optional.ofNullable(latest);
    }

    /**
     * Returns the earliest day this date may be, or {@link LocalDate#MIN} if it has no earliest day.
     *
     * @return the earliest day, or {@code LocalDate.MIN} standing for minus infinity
     */
    public LocalDate earliestOrMin() {
        return earliest == null ? LocalDate.MIN : earliest;
    }

    /**
     * Returns the latest day this date may be, or {@link LocalDate#MAX} if it has no latest day.
     *
     * @return the latest day, or {@code LocalDate.MAX} standing for plus infinity
     */
    public LocalDate latestOrMax() {
        return latest == null ? LocalDate.MAX : latest;
    }

    /**
     * Returns the days this date may be: {@linkplain Range#closed closed}, or {@linkplain Range#atMost at most}
     * the latest day for on-or-before dates, or {@linkplain Range#atLeast at least} the earliest day for
     * on-or-after dates.
     *
     * @return the range of days, never empty
     */
    public Range<LocalDate> range() {
        if (earliest == null) {
            return Range.atMost(Objects.requireNonNull(latest));
        }
        if (latest == null) {
            return Range.atLeast(earliest);
        }
        return Range.closed(earliest, latest);
    }

    /**
     * Returns whether {@code day} is one of the days this date may be.
     *
     * @param day a day
     * @return whether {@code day} is in {@link #range()}
     * @throws NullPointerException if {@code day} is null
     */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(earliestOrMin()) && !day.isAfter(latestOrMax());
    }

    /**
     * Returns the coarsest precision of the written value or values: {@code DAY} for {@code 2025-06-08},
     * {@code ../2025-05-28} and {@code 2025-10-21~}, {@code MONTH} for {@code 2025-06} and
     * {@code [2025-06..2025-07-04]}, {@code YEAR} for {@code 2018~}.
     *
     * @return the coarsest written precision
     */
    public Precision precision() {
        if (second != null && second.precision.compareTo(first.precision) > 0) {
            return second.precision;
        }
        return first.precision;
    }

    /**
     * Returns whether this is a plain day, month or year, like {@code 2025-06-08}, {@code 2025-06} or
     * {@code 2018}: not approximate, open or between.
     *
     * @return whether this is plain
     */
    public boolean isPlain() {
        return form == Form.PLAIN;
    }

    /**
     * Returns whether this is known to be one day: its earliest and latest days are the same.
     *
     * @return whether this is exactly one known day
     */
    public boolean isExact() {
        return earliest != null && earliest.equals(latest);
    }

    /**
     * Returns whether this is approximate, like {@code 2025-10-21~}.
     *
     * @return whether this is approximate
     */
    public boolean isApproximate() {
        return form == Form.APPROXIMATE;
    }

    /**
     * Returns whether this is open on one side, like {@code ../2025-05-28} or {@code 2025-10-14/..}.
     *
     * @return whether this has no earliest or no latest day
     */
    public boolean isOpen() {
        return form == Form.ON_OR_BEFORE || form == Form.ON_OR_AFTER;
    }

    /**
     * Returns whether this is a range between two values, like {@code [2024-11-23..2024-11-24]}.
     *
     * @return whether this is between two values
     */
    public boolean isBetween() {
        return form == Form.BETWEEN;
    }

    // -------------------------------------------------------------------------------------------- comparisons

    /**
     * Returns whether this date is before {@code other}: {@code TRUE} if this latest day is before the other
     * earliest day, {@code FALSE} if this earliest day is on or after the other latest day, else {@code UNKNOWN}.
     *
     * @param other the other date
     * @return whether this is before {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth isBefore(FuzzyDate other) {
        Objects.requireNonNull(other, "other");
        return before(earliestOrMin(), latestOrMax(), other.earliestOrMin(), other.latestOrMax());
    }

    /**
     * Returns whether this date is before {@code day}.
     *
     * @param day the day
     * @return whether this is before {@code day}
     * @throws NullPointerException if {@code day} is null
     * @see #isBefore(FuzzyDate)
     */
    public Truth isBefore(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return before(earliestOrMin(), latestOrMax(), day, day);
    }

    /**
     * Returns whether this date is after {@code other}; the same as {@code other.isBefore(this)}.
     *
     * @param other the other date
     * @return whether this is after {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth isAfter(FuzzyDate other) {
        Objects.requireNonNull(other, "other");
        return before(other.earliestOrMin(), other.latestOrMax(), earliestOrMin(), latestOrMax());
    }

    /**
     * Returns whether this date is after {@code day}.
     *
     * @param day the day
     * @return whether this is after {@code day}
     * @throws NullPointerException if {@code day} is null
     */
    public Truth isAfter(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return before(day, day, earliestOrMin(), latestOrMax());
    }

    /**
     * Returns whether this date is on or before {@code other}; the negation of {@link #isAfter(FuzzyDate)}.
     *
     * @param other the other date
     * @return whether this is on or before {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth isOnOrBefore(FuzzyDate other) {
        return isAfter(other).not();
    }

    /**
     * Returns whether this date is on or before {@code day}.
     *
     * @param day the day
     * @return whether this is on or before {@code day}
     * @throws NullPointerException if {@code day} is null
     */
    public Truth isOnOrBefore(LocalDate day) {
        return isAfter(day).not();
    }

    /**
     * Returns whether this date is on or after {@code other}; the negation of {@link #isBefore(FuzzyDate)}.
     *
     * @param other the other date
     * @return whether this is on or after {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth isOnOrAfter(FuzzyDate other) {
        return isBefore(other).not();
    }

    /**
     * Returns whether this date is on or after {@code day}.
     *
     * @param day the day
     * @return whether this is on or after {@code day}
     * @throws NullPointerException if {@code day} is null
     */
    public Truth isOnOrAfter(LocalDate day) {
        return isBefore(day).not();
    }

    /**
     * Returns whether this date is the same day as {@code other}: {@code TRUE} only if both are {@linkplain
     * #isExact() exact} and the same day, {@code FALSE} if their ranges share no day, else {@code UNKNOWN}.
     *
     * @param other the other date
     * @return whether both are the same day
     * @throws NullPointerException if {@code other} is null
     */
    public Truth isSameDay(FuzzyDate other) {
        Objects.requireNonNull(other, "other");
        return sameDay(earliestOrMin(), latestOrMax(), other.earliestOrMin(), other.latestOrMax());
    }

    /**
     * Returns whether this date is {@code day}: {@code TRUE} only if this is exactly that day, {@code FALSE} if
     * this cannot be that day, else {@code UNKNOWN}.
     *
     * @param day the day
     * @return whether this is {@code day}
     * @throws NullPointerException if {@code day} is null
     */
    public Truth isSameDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return sameDay(earliestOrMin(), latestOrMax(), day, day);
    }

    /**
     * Returns whether this date is within the period from {@code from} to {@code to}, both inclusive:
     * {@code TRUE} if every day it may be is in the period, {@code FALSE} if none is, else {@code UNKNOWN}.
     *
     * @param from the first day of the period
     * @param to the last day of the period
     * @return whether this is within the period
     * @throws NullPointerException if either argument is null
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    public Truth isWithin(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        LocalDate lo = earliestOrMin();
        LocalDate hi = latestOrMax();
        if (!lo.isBefore(from) && !hi.isAfter(to)) {
            return Truth.TRUE;
        }
        if (hi.isBefore(from) || lo.isAfter(to)) {
            return Truth.FALSE;
        }
        return Truth.UNKNOWN;
    }

    // ------------------------------------------------------------------------------------------------ object

    /**
     * Returns whether {@code object} is a fuzzy date written the same way. Dates standing for the same range of
     * days but written differently, like {@code 2025-06} and {@code [2025-06-01..2025-06-30]}, are not equal.
     *
     * @param object the object to compare with
     * @return whether both are written the same way
     */
    @Override
    public boolean equals(@Nullable Object object) {
        if (this == object) {
            return true;
        }
        if (!(object instanceof FuzzyDate)) {
            return false;
        }
        FuzzyDate that = (FuzzyDate) object;
        return form == that.form && first.equals(that.first) && Objects.equals(second, that.second);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * form.ordinal() + first.hashCode()) + Objects.hashCode(second);
    }

    /**
     * Returns the EDTF text of this date, like {@code 2025-06-08}, {@code 2018~}, {@code ../2025-05-28} or
     * {@code [2024-11-23..2024-11-24]}; {@link #parse(CharSequence)} reads it back to an equal date.
     *
     * @return the EDTF text
     */
    @Override
    public String toString() {
        switch (form) {
            case PLAIN:
                return first.toString();
            case APPROXIMATE:
                return first + "~";
            case ON_OR_BEFORE:
                return "../" + first;
            case ON_OR_AFTER:
                return first + "/..";
            case BETWEEN:
                return "[" + first + ".." + second + "]";
            default:
                throw new AssertionError(form);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year must be from 0001 to 9999: " + year);
        }
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    private static Value plainValue(FuzzyDate date, String name) {
        Objects.requireNonNull(date, name);
        if (date.form != Form.PLAIN) {
            throw new IllegalArgumentException(name + " must be a plain day, month or year: " + date);
        }
        return date.first;
    }

    /** Whether every day of [a1, a2] is before every day of [b1, b2]; compared as {@link FuzzySpan} compares. */
    private static Truth before(LocalDate a1, LocalDate a2, LocalDate b1, LocalDate b2) {
        return FuzzySpan.lt(a1.toEpochDay(), a2.toEpochDay(), b1.toEpochDay(), b2.toEpochDay());
    }

    /** Whether [a1, a2] and [b1, b2] are certainly, possibly or never the same day, as {@link FuzzySpan} says. */
    private static Truth sameDay(LocalDate a1, LocalDate a2, LocalDate b1, LocalDate b2) {
        return FuzzySpan.eq(a1.toEpochDay(), a2.toEpochDay(), b1.toEpochDay(), b2.toEpochDay());
    }

    /** A written calendar value: its precision and its first day. */
    private static final class Value {
        final Precision precision;
        final LocalDate first;

        Value(Precision precision, LocalDate first) {
            this.precision = precision;
            this.first = first;
        }

        LocalDate earliest() {
            return first;
        }

        LocalDate latest() {
            switch (precision) {
                case DAY:
                    return first;
                case MONTH:
                    return first.with(TemporalAdjusters.lastDayOfMonth());
                default:
                    return first.with(TemporalAdjusters.lastDayOfYear());
            }
        }

        LocalDate approximateEarliest() {
            switch (precision) {
                case DAY:
                    return first.minusDays(3);
                case MONTH:
                    return first.minusMonths(1);
                default:
                    return first.minusYears(1);
            }
        }

        LocalDate approximateLatest() {
            switch (precision) {
                case DAY:
                    return first.plusDays(3);
                case MONTH:
                    return first.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
                default:
                    return first.plusYears(1).with(TemporalAdjusters.lastDayOfYear());
            }
        }

        @Override
        public boolean equals(@Nullable Object object) {
            if (!(object instanceof Value)) {
                return false;
            }
            Value that = (Value) object;
            return precision == that.precision && first.equals(that.first);
        }

        @Override
        public int hashCode() {
            return 31 * precision.ordinal() + first.hashCode();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(10);
            pad(text, first.getYear(), 4);
            if (precision != Precision.YEAR) {
                pad(text.append('-'), first.getMonthValue(), 2);
            }
            if (precision == Precision.DAY) {
                pad(text.append('-'), first.getDayOfMonth(), 2);
            }
            return text.toString();
        }

        private static void pad(StringBuilder text, int value, int width) {
            String digits = Integer.toString(value);
            for (int i = digits.length(); i < width; i++) {
                text.append('0');
            }
            text.append(digits);
        }
    }
}
