package io.github.c5atlas.core.time;

/**
 * The thirteen basic relations of Allen's interval algebra, between a span X and a span Y. For spans with exact
 * days exactly one holds. Each constant names the {@link FuzzySpan} method that computes it ({@link #methodName()})
 * and has an {@link #inverse()}, the relation of Y to X.
 *
 * <p>Spans include both their first and their last day; for these relations a span from day s to day e is the
 * half-open interval {@code [s, e + 1)}, so a span ending on 2024-07-17 {@linkplain #MEETS meets} a span
 * starting on 2024-07-18.
 *
 * <pre>{@code
 * FuzzySpan x = FuzzySpan.of(FuzzyDate.parse("2024-07-08"), FuzzyDate.parse("2024-07-17"));
 * FuzzySpan y = FuzzySpan.ongoing(FuzzyDate.parse("2024-07-18"));
 * x.relation(AllenRelation.MEETS, y);           // TRUE, the same as x.meets(y)
 * AllenRelation.MEETS.inverse();                // MET_BY
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public enum AllenRelation {
    /** X ends before Y starts, with at least one day between them. */
    BEFORE("before"),
    /** X starts after Y ends, with at least one day between them. */
    AFTER("after"),
    /** Y starts the day after X ends. */
    MEETS("meets"),
    /** X starts the day after Y ends. */
    MET_BY("metBy"),
    /** X starts before Y, and ends after Y starts but before Y ends. */
    OVERLAPS("overlaps"),
    /** Y starts before X, and ends after X starts but before X ends. */
    OVERLAPPED_BY("overlappedBy"),
    /** X and Y start on the same day and X ends before Y. */
    STARTS("starts"),
    /** X and Y start on the same day and Y ends before X. */
    STARTED_BY("startedBy"),
    /** X starts after Y starts and ends before Y ends. */
    DURING("during"),
    /** Y starts after X starts and ends before X ends. */
    CONTAINS("contains"),
    /** X and Y end on the same day and X starts after Y. */
    FINISHES("finishes"),
    /** X and Y end on the same day and Y starts after X. */
    FINISHED_BY("finishedBy"),
    /** X and Y start on the same day and end on the same day. */
    EQUAL_TO("equalTo");

    private final String methodName;

    AllenRelation(String methodName) {
        this.methodName = methodName;
    }

    /**
     * Returns the name of the {@link FuzzySpan} method computing this relation, like {@code "metBy"}.
     *
     * @return the method name
     */
    public String methodName() {
        return methodName;
    }

    /**
     * Returns the converse relation: if X is in this relation to Y, Y is in the inverse relation to X. For
     * example {@code BEFORE.inverse()} is {@code AFTER}, {@code EQUAL_TO.inverse()} is {@code EQUAL_TO}.
     *
     * @return the inverse relation
     */
    public AllenRelation inverse() {
        switch (this) {
            case BEFORE:
                return AFTER;
            case AFTER:
                return BEFORE;
            case MEETS:
                return MET_BY;
            case MET_BY:
                return MEETS;
            case OVERLAPS:
                return OVERLAPPED_BY;
            case OVERLAPPED_BY:
                return OVERLAPS;
            case STARTS:
                return STARTED_BY;
            case STARTED_BY:
                return STARTS;
            case DURING:
                return CONTAINS;
            case CONTAINS:
                return DURING;
            case FINISHES:
                return FINISHED_BY;
            case FINISHED_BY:
                return FINISHES;
            case EQUAL_TO:
                return EQUAL_TO;
            default:
                throw new AssertionError(this);
        }
    }
}
