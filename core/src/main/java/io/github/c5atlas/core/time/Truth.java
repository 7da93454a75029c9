package io.github.c5atlas.core.time;

import java.util.Objects;

/**
 * A truth value of Kleene's strong three-valued logic: {@link #TRUE}, {@link #FALSE} or {@link #UNKNOWN}.
 *
 * <p>Every comparison of fuzzy dates and spans answers with a {@code Truth}: {@code TRUE} when the answer holds
 * for every reading of the fuzzy values, {@code FALSE} when it holds for none, {@code UNKNOWN} otherwise. The
 * constants are declared in increasing order {@code FALSE < UNKNOWN < TRUE}; {@link #and(Truth)} takes the lesser
 * and {@link #or(Truth)} the greater of two values.
 *
 * <pre>{@code
 * Truth appointed = FuzzyDate.parse("2018").isWithin(from, to);   // FALSE, UNKNOWN or TRUE
 * if (appointed.isPossible()) { ... }
 * Truth.TRUE.and(Truth.UNKNOWN);   // UNKNOWN
 * Truth.TRUE.or(Truth.UNKNOWN);    // TRUE
 * Truth.UNKNOWN.not();             // UNKNOWN
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public enum Truth {
    /** Certainly false. */
    FALSE,
    /** Neither certainly true nor certainly false. */
    UNKNOWN,
    /** Certainly true. */
    TRUE;

    /**
     * Returns {@link #TRUE} for {@code true} and {@link #FALSE} for {@code false}.
     *
     * @param value a two-valued truth
     * @return the corresponding three-valued truth
     */
    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /**
     * Returns the Kleene conjunction of all the values: {@link #FALSE} if any is false, else {@link #UNKNOWN} if
     * any is unknown, else {@link #TRUE} (also for no values at all).
     *
     * @param values the values to combine
     * @return their conjunction
     * @throws NullPointerException if {@code values} or any of its elements is null
     */
    public static Truth all(Iterable<Truth> values) {
        Objects.requireNonNull(values, "values");
        Truth result = TRUE;
        for (Truth value : values) {
            result = result.and(Objects.requireNonNull(value, "values contains null"));
        }
        return result;
    }

    /**
     * Returns the Kleene disjunction of all the values: {@link #TRUE} if any is true, else {@link #UNKNOWN} if
     * any is unknown, else {@link #FALSE} (also for no values at all).
     *
     * @param values the values to combine
     * @return their disjunction
     * @throws NullPointerException if {@code values} or any of its elements is null
     */
    public static Truth any(Iterable<Truth> values) {
        Objects.requireNonNull(values, "values");
        Truth result = FALSE;
        for (Truth value : values) {
            result = result.or(Objects.requireNonNull(value, "values contains null"));
        }
        return result;
    }

    /**
     * Returns the Kleene conjunction: the lesser of the two values in the order {@code FALSE < UNKNOWN < TRUE}.
     *
     * @param other the other operand
     * @return {@code this} and {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth and(Truth other) {
        Objects.requireNonNull(other, "other");
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Returns the Kleene disjunction: the greater of the two values in the order {@code FALSE < UNKNOWN < TRUE}.
     *
     * @param other the other operand
     * @return {@code this} or {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    public Truth or(Truth other) {
        Objects.requireNonNull(other, "other");
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Returns the negation: {@code TRUE} and {@code FALSE} swap, {@code UNKNOWN} stays {@code UNKNOWN}.
     *
     * @return not {@code this}
     */
    public Truth not() {
        switch (this) {
            case TRUE:
                return FALSE;
            case FALSE:
                return TRUE;
            default:
                return UNKNOWN;
        }
    }

    /**
     * Returns whether this is {@link #TRUE}.
     *
     * @return {@code this == TRUE}
     */
    public boolean isTrue() {
        return this == TRUE;
    }

    /**
     * Returns whether this is {@link #FALSE}.
     *
     * @return {@code this == FALSE}
     */
    public boolean isFalse() {
        return this == FALSE;
    }

    /**
     * Returns whether this is {@link #TRUE} or {@link #UNKNOWN}, that is, not certainly false.
     *
     * @return {@code this != FALSE}
     */
    public boolean isPossible() {
        return this != FALSE;
    }
}
