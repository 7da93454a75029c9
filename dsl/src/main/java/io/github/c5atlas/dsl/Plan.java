package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import io.github.c5atlas.dsl.engine.Matches;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.roaringbitmap.RoaringBitmap;

/**
 * One step of the engine's plan for a condition on events, made by {@link Planner}: how the indexes narrow the
 * events down to candidates before each candidate is tested with the condition itself.
 *
 * <p>Run on the bitmap of the events to look among, a step answers with two bitmaps (its {@link Bounds}): the
 * events for which its condition is possibly true (a superset of those where it is TRUE or UNKNOWN: the events left
 * out are certainly FALSE), and the events for which it is certainly TRUE. A step is exact when the bounds are
 * tight: the possible events are exactly those where the condition is TRUE or UNKNOWN, and the certain ones exactly
 * those where it is TRUE. The index then answers the condition alone, and no event needs the test: those possible
 * but not certain are UNKNOWN. And, or and not of exact steps are exact. Every step records the number of
 * candidates it found, and the number of rows it let through once tested, for {@link Query#explain}.
 *
 * <p>A plan is made for one run and is not thread-safe; the bitmaps it hands out are never changed afterwards.
 */
abstract class Plan {
  /** The work of checking one candidate's span, in units of one bitmap element. */
  static final long SPAN_CHECK_COST = 30;

  private final Condition<?> condition;
  private long candidates = -1;
  private long rows = -1;

  Plan(Condition<?> condition) {
    this.condition = condition;
  }

  /** The events for which a condition is possibly true, and those for which it is certainly true. */
  static final class Bounds {
    final RoaringBitmap possible;
    final RoaringBitmap certain;

    Bounds(RoaringBitmap possible, RoaringBitmap certain) {
      this.possible = possible;
      this.certain = certain;
    }
  }

  /** Returns the condition this step answers. */
  final Condition<?> condition() {
    return condition;
  }

  /** Returns the bounds of this step's condition among the events {@code within}, and records the candidates. */
  final Bounds run(RoaringBitmap within) {
    Bounds bounds = bounds(within);
    candidates = bounds.possible.getLongCardinality();
    return bounds;
  }

  abstract Bounds bounds(RoaringBitmap within);

  /** Returns an upper bound of the number of candidates, from the index's counts, before running. */
  abstract long estimate();

  /**
   * Returns the relative work of this step over its estimated candidates, by which {@code and} orders its steps:
   * the estimate itself for a bitmap lookup, more for a step that looks at each candidate's span.
   */
  long cost() {
    return estimate();
  }

  /** Returns whether the index alone answers the condition: the bounds are the TRUE and the not-FALSE events. */
  abstract boolean isExact();

  /** Returns how this step finds its candidates, for example {@code index forum[csto]}. */
  abstract String access();

  /** Returns the name of this step in the plan: the condition for a leaf, the connective otherwise. */
  String name() {
    return condition.toString();
  }

  ImmutableList<Plan> children() {
    return ImmutableList.of();
  }

  long candidates() {
    return candidates;
  }

  void rows(long rows) {
    this.rows = rows;
  }

  /** Appends this step and its children, one line each, indented by depth. */
  void describe(StringBuilder text, int depth, String suffix) {
    text.append("  ".repeat(depth)).append(name()).append(": ").append(access())
        .append(isExact() ? ", exact" : "").append(": estimated ").append(estimate()).append(" -> ")
        .append(candidates < 0 ? "not run" : candidates + " candidates");
    if (rows >= 0) {
      text.append(" -> ").append(rows).append(" rows");
    }
    text.append(suffix).append('\n');
    for (Plan child : children()) {
      child.describe(text, depth + 1, "");
    }
  }

  /** Every step of the plan, this one first. */
  void collect(List<Plan> steps) {
    steps.add(this);
    for (Plan child : children()) {
      child.collect(steps);
    }
  }

  /** A step answered by one lookup in the indexes, or, if there is none, by testing every event. */
  static final class Lookup extends Plan {
    private final String access;
    private final long estimate;
    private final Function<RoaringBitmap, Bounds> lookup;
    private final boolean exact;
    private final long costPerCandidate;

    private Lookup(Condition<?> condition, String access, long estimate, Function<RoaringBitmap, Bounds> lookup,
        boolean exact) {
      this(condition, access, estimate, lookup, exact, 1);
    }

    private Lookup(Condition<?> condition, String access, long estimate, Function<RoaringBitmap, Bounds> lookup,
        boolean exact, long costPerCandidate) {
      super(condition);
      this.access = access;
      this.estimate = estimate;
      this.lookup = lookup;
      this.exact = exact;
      this.costPerCandidate = costPerCandidate;
    }

    /**
     * A lookup that answers a three-valued condition exactly by looking at each candidate's span: a costlier step
     * per candidate than a bitmap, so that {@code and} runs it on what cheaper steps leave.
     */
    static Plan threeValuedPerCandidate(Condition<?> condition, String access, long estimate,
        Function<RoaringBitmap, Matches> lookup) {
      return new Lookup(condition, access, estimate, within -> {
        Matches found = lookup.apply(within);
        return new Bounds(found.possible(), found.certain());
      }, true, SPAN_CHECK_COST);
    }

    /** A lookup that answers a two-valued condition exactly: its events are TRUE, the others FALSE. */
    static Plan exact(Condition<?> condition, String access, long estimate, UnaryOperator<RoaringBitmap> lookup) {
      return new Lookup(condition, access, estimate, within -> {
        RoaringBitmap found = lookup.apply(within);
        return new Bounds(found, found);
      }, true);
    }

    /** A lookup that answers a three-valued condition exactly: the possible events and the certain ones. */
    static Plan threeValued(Condition<?> condition, String access, long estimate,
        Function<RoaringBitmap, Matches> lookup) {
      return new Lookup(condition, access, estimate, within -> {
        Matches found = lookup.apply(within);
        return new Bounds(found.possible(), found.certain());
      }, true);
    }

    /** A lookup that finds a superset of the events for which the condition is possibly true. */
    static Plan superset(Condition<?> condition, String access, long estimate, UnaryOperator<RoaringBitmap> lookup) {
      return new Lookup(condition, access, estimate, within -> new Bounds(lookup.apply(within), new RoaringBitmap()),
          false);
    }

    /** Two lookups: a superset of the possible events, and a subset of the certain ones. */
    static Plan bounded(Condition<?> condition, String access, long estimate, UnaryOperator<RoaringBitmap> possible,
        UnaryOperator<RoaringBitmap> certain) {
      return new Lookup(condition, access, estimate,
          within -> new Bounds(possible.apply(within), certain.apply(within)), false);
    }

    /** No lookup: every event is a candidate, to be tested. */
    static Plan scan(Condition<?> condition, long size) {
      return new Lookup(condition, "no index, test each", size, within -> new Bounds(within, new RoaringBitmap()),
          false);
    }

    @Override
    Bounds bounds(RoaringBitmap within) {
      return lookup.apply(within);
    }

    @Override
    long estimate() {
      return estimate;
    }

    @Override
    long cost() {
      return estimate * costPerCandidate;
    }

    @Override
    boolean isExact() {
      return exact;
    }

    @Override
    String access() {
      return access;
    }
  }

  /** All of several steps: each narrows the candidates of the ones before it, the cheapest first (see cost()). */
  static final class All extends Plan {
    private final ImmutableList<Plan> operands;

    All(Condition<?> condition, List<Plan> operands) {
      super(condition);
      this.operands = ImmutableList.sortedCopyOf(Comparator.comparingLong(Plan::cost), operands);
    }

    @Override
    Bounds bounds(RoaringBitmap within) {
      RoaringBitmap candidates = within;
      RoaringBitmap certain = null;
      for (Plan operand : operands) {
        Bounds bounds = operand.run(candidates);
        candidates = bounds.possible;
        certain = certain == null ? bounds.certain : RoaringBitmap.and(certain, bounds.certain);
      }
      return new Bounds(candidates, certain == null ? candidates : certain);
    }

    @Override
    long estimate() {
      return operands.stream().mapToLong(Plan::estimate).min().orElse(Long.MAX_VALUE);
    }

    @Override
    boolean isExact() {
      return operands.stream().allMatch(Plan::isExact);
    }

    @Override
    String access() {
      return "intersect, cheapest first";
    }

    @Override
    String name() {
      return "and";
    }

    @Override
    ImmutableList<Plan> children() {
      return operands;
    }
  }

  /** Any of several steps: the union of their candidates. */
  static final class Any extends Plan {
    private final ImmutableList<Plan> operands;
    private final long size;

    Any(Condition<?> condition, List<Plan> operands, long size) {
      super(condition);
      this.operands = ImmutableList.copyOf(operands);
      this.size = size;
    }

    @Override
    Bounds bounds(RoaringBitmap within) {
      RoaringBitmap possible = new RoaringBitmap();
      RoaringBitmap certain = new RoaringBitmap();
      for (Plan operand : operands) {
        Bounds bounds = operand.run(within);
        possible.or(bounds.possible);
        certain.or(bounds.certain);
      }
      return new Bounds(possible, certain);
    }

    @Override
    long estimate() {
      return Math.min(size, operands.stream().mapToLong(Plan::estimate).sum());
    }

    @Override
    boolean isExact() {
      return operands.stream().allMatch(Plan::isExact);
    }

    @Override
    String access() {
      return "union";
    }

    @Override
    String name() {
      return "or";
    }

    @Override
    ImmutableList<Plan> children() {
      return operands;
    }
  }

  /**
   * The negation of a step: possible where the operand is not certain, certain where the operand is not possible.
   */
  static final class Complement extends Plan {
    private final Plan operand;
    private final long size;

    Complement(Condition<?> condition, Plan operand, long size) {
      super(condition);
      this.operand = operand;
      this.size = size;
    }

    @Override
    Bounds bounds(RoaringBitmap within) {
      Bounds bounds = operand.run(within);
      return new Bounds(RoaringBitmap.andNot(within, bounds.certain), RoaringBitmap.andNot(within, bounds.possible));
    }

    @Override
    long estimate() {
      return operand.isExact() ? Math.max(0, size - operand.estimate()) : size;
    }

    @Override
    boolean isExact() {
      return operand.isExact();
    }

    @Override
    String access() {
      return "complement";
    }

    @Override
    String name() {
      return "not";
    }

    @Override
    ImmutableList<Plan> children() {
      return ImmutableList.of(operand);
    }
  }
}
