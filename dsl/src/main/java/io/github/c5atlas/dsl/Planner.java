package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Role;
import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.core.time.FuzzySpan;
import io.github.c5atlas.dsl.engine.EventIndex;
import io.github.c5atlas.dsl.engine.Facet;
import io.github.c5atlas.dsl.engine.Matches;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.roaringbitmap.RoaringBitmap;

/**
 * Makes the {@link Plan} for a condition on events: which bitmaps of the {@link EventIndex} give its candidates.
 *
 * <p>The contract of every step is soundness: its possible events include every event for which the condition is
 * TRUE or UNKNOWN, and its certain events are all TRUE, as {@link Condition#test} would answer. Where no index
 * helps (a name match, an attendance at a level for the parties outside a group), every event stays a candidate and
 * the test decides.
 *
 * <p>Time conditions use the days an event's span may touch: from the earliest day its start or end may be to the
 * latest day either may be. Each relation of a span to a period or to another span is possible only if that range
 * reaches some day on or before one limit and some day on or after another; the limits for each relation are
 * worked out below from the comparisons of {@link FuzzySpan}.
 */
final class Planner implements ConditionVisitor<Plan> {
  private final Atlas atlas;
  private final EventIndex index;

  private Planner(Atlas atlas, EventIndex index) {
    this.atlas = atlas;
    this.index = index;
  }

  /**
   * Returns the plan of a condition on the events of the atlas, indexed by {@code index}.
   *
   * @throws UnplannableException if the condition names a group or an event the atlas does not have, or a period
   *     that ends before it begins: where the test of the condition would fail
   */
  static Plan plan(Condition<?> condition, Atlas atlas, EventIndex index) {
    return condition.accept(new Planner(atlas, index));
  }

  private List<Plan> plans(List<? extends Condition<?>> conditions) {
    return conditions.stream().map(c -> c.accept(this)).collect(Collectors.toList());
  }

  @Override
  public Plan visitAlways(Always<?> node) {
    return Plan.Lookup.exact(node, "every event", index.size(), within -> within);
  }

  @Override
  public Plan visitAnd(And<?> node) {
    return new Plan.All(node, plans(node.operands()));
  }

  @Override
  public Plan visitOr(Or<?> node) {
    return new Plan.Any(node, plans(node.operands()), index.size());
  }

  @Override
  public Plan visitNot(Not<?> node) {
    return new Plan.Complement(node, node.operand().accept(this), index.size());
  }

  @Override
  public Plan visitAttendance(Attendance node) {
    Set<String> named = node.parties().find(atlas)
        .orElseThrow(() -> new UnplannableException("the atlas has no group '" + node.parties() + "'"));
    Set<Role> roles = node.roles();
    boolean exact = node.level().isEmpty();
    String parties = "party[" + String.join(", ", named) + "]"
        + (roles.isEmpty() ? "" : roles.stream().map(Role::name).collect(Collectors.joining(", ", " as ", "")));
    long size = index.size();
    switch (node.quantifier()) {
      case ALL: {
        long estimate = named.stream().mapToLong(p -> index.count(p, roles)).min().orElse(size);
        String access = "index " + parties + " and";
        UnaryOperator<RoaringBitmap> all = within -> index.attendedByAll(named, roles, within);
        return exact ? Plan.Lookup.exact(node, access, estimate, all)
            : Plan.Lookup.superset(node, access, estimate, all);
      }
      case ANY: {
        long estimate = Math.min(size, named.stream().mapToLong(p -> index.count(p, roles)).sum());
        String access = "index " + parties + " or";
        UnaryOperator<RoaringBitmap> any = within -> index.attendedByAny(named, roles, within);
        return exact ? Plan.Lookup.exact(node, access, estimate, any)
            : Plan.Lookup.superset(node, access, estimate, any);
      }
      case NONE: {
        long estimate = size - named.stream().mapToLong(p -> index.count(p, roles)).max().orElse(0);
        String access = "index not " + parties + " or";
        UnaryOperator<RoaringBitmap> none = within -> RoaringBitmap.andNot(within, index.attendedByAny(named, roles, within));
        // at a level, a party there with no known delegation leaves the answer open: only the rest is certain
        return exact ? Plan.Lookup.exact(node, access, estimate, none)
            : Plan.Lookup.bounded(node, access + " for the certain", size, within -> within, none);
      }
      case ONLY: {
        long estimate = size - index.parties().stream().filter(p -> !named.contains(p))
            .mapToLong(p -> index.count(p, roles)).max().orElse(0);
        String access = "index not party[outside " + named.size() + "]"
            + (roles.isEmpty() ? "" : roles.stream().map(Role::name).collect(Collectors.joining(", ", " as ", "")));
        UnaryOperator<RoaringBitmap> only = within -> index.attendedOnlyBy(named, roles, within);
        return exact ? Plan.Lookup.exact(node, access, estimate, only)
            : Plan.Lookup.bounded(node, access + " for the certain", size, within -> within, only);
      }
      default:
        throw new AssertionError(node.quantifier());
    }
  }

  @Override
  public Plan visitTiming(Timing node) {
    FuzzyDate date = node.date();
    LocalDate from = date.earliestOrMin();
    LocalDate to = date.latestOrMax();
    switch (node.relation()) {
      case DURING:
        return spans(node, to, from, within -> index.spanWithin(from, to, within));
      case BETWEEN: {
        LocalDate until = node.until().orElseThrow().latestOrMax();
        if (from.isAfter(until)) {
          // the test fails on every event it reaches
          throw new UnplannableException("from " + from + " is after to " + until);
        }
        return spans(node, until, from, within -> index.spanWithin(from, until, within));
      }
      case OVERLAPPING:
        return spans(node, to, from, within -> index.spanIntersects(from, to, within));
      case ON:
        return spans(node, to, from, within -> index.spanIncludes(date, within));
      case BEFORE:
        // the end's earliest day is before the date's latest day
        return spans(node, minusDay(to), LocalDate.MIN, within -> index.endBefore(date, within));
      case AFTER:
        // the start's latest day is after the date's earliest day
        return spans(node, LocalDate.MAX, plusDay(from), within -> index.startAfter(date, within));
      default:
        throw new AssertionError(node.relation());
    }
  }

  /** An exact answer from the span bounds, among the events that may reach both days (for the estimate). */
  private Plan spans(Condition<?> node, LocalDate onOrBefore, LocalDate onOrAfter,
      Function<RoaringBitmap, Matches> lookup) {
    return Plan.Lookup.threeValuedPerCandidate(node, "index " + reachingText(onOrBefore, onOrAfter) + ", span bounds",
        index.estimateReaching(onOrBefore, onOrAfter), lookup);
  }

  @Override
  public Plan visitRelated(Related node) {
    Event other = EventRef.find(atlas, node.eventId())
        .orElseThrow(() -> new UnplannableException("the atlas has no event '" + node.eventId() + "'"));
    FuzzySpan span = other.span();
    LocalDate earliestStart = span.earliestStart();
    LocalDate latestStart = span.latestStart();
    LocalDate earliestEnd = span.earliestEnd();
    LocalDate latestEnd = span.latestEnd();
    if (node.relation().isEmpty()) {
      return reaching(node, latestEnd, earliestStart);
    }
    switch (node.relation().get()) {
      case BEFORE:
        return reaching(node, latestStart, LocalDate.MIN);
      case AFTER:
        return reaching(node, LocalDate.MAX, earliestEnd);
      case MEETS:
        return reaching(node, latestStart, minusDay(earliestStart));
      case MET_BY:
        return reaching(node, plusDay(latestEnd), earliestEnd);
      case OVERLAPS:
      case STARTS:
      case STARTED_BY:
      case EQUAL_TO:
        return reaching(node, latestStart, earliestStart);
      case OVERLAPPED_BY:
      case FINISHES:
      case FINISHED_BY:
        return reaching(node, latestEnd, earliestEnd);
      case DURING:
        return reaching(node, latestEnd, earliestStart);
      case CONTAINS:
        return reaching(node, latestStart, earliestEnd);
      default:
        throw new AssertionError(node.relation().get());
    }
  }

  private Plan reaching(Condition<?> node, LocalDate onOrBefore, LocalDate onOrAfter) {
    return Plan.Lookup.superset(node, "index " + reachingText(onOrBefore, onOrAfter),
        index.estimateReaching(onOrBefore, onOrAfter), within -> index.reaching(onOrBefore, onOrAfter, within));
  }

  private static String reachingText(LocalDate onOrBefore, LocalDate onOrAfter) {
    return onOrAfter.isAfter(onOrBefore) ? "span covers [" + day(onOrBefore) + ", " + day(onOrAfter) + "]"
        : "span touches [" + day(onOrAfter) + ", " + day(onOrBefore) + "]";
  }

  private static String day(LocalDate day) {
    return day.equals(LocalDate.MIN) || day.equals(LocalDate.MAX) ? ".." : day.toString();
  }

  private static LocalDate minusDay(LocalDate day) {
    return day.equals(LocalDate.MIN) || day.equals(LocalDate.MAX) ? day : day.minusDays(1);
  }

  private static LocalDate plusDay(LocalDate day) {
    return day.equals(LocalDate.MIN) || day.equals(LocalDate.MAX) ? day : day.plusDays(1);
  }

  @Override
  public Plan visitHas(Has node) {
    Facet facet = facet(node.field());
    return Plan.Lookup.exact(node, "index " + facet.name().toLowerCase(java.util.Locale.ROOT) + "[" + node.value()
        + "]", index.count(facet, node.value()), within -> index.with(facet, node.value(), within));
  }

  private static Facet facet(Has.Field field) {
    switch (field) {
      case FORUM:
        return Facet.FORUM;
      case HOSTED_BY:
        return Facet.HOST;
      case HELD_IN:
        return Facet.PLACE_STATE;
      case IN_CITY:
        return Facet.CITY;
      case SERIES:
        return Facet.SERIES;
      case TAGGED:
        return Facet.TAG;
      case CITED_BY:
        return Facet.SOURCE;
      case LEVEL:
        return Facet.MEETING_LEVEL;
      case EXERCISE_KIND:
        return Facet.EXERCISE_KIND;
      case SUBJECT:
        return Facet.AGREEMENT_SUBJECT;
      default:
        throw new AssertionError(field);
    }
  }

  @Override
  public Plan visitHolding(Holding node) {
    return Plan.Lookup.scan(node, index.size());
  }

  @Override
  public Plan visitPersonAttended(PersonAttended node) {
    return Plan.Lookup.scan(node, index.size());
  }

  @Override
  public Plan visitMemberOf(MemberOf node) {
    return Plan.Lookup.scan(node, index.size());
  }

  @Override
  public Plan visitHasMember(HasMember node) {
    return Plan.Lookup.scan(node, index.size());
  }

  @Override
  public Plan visitNamed(NameMatch node) {
    return Plan.Lookup.scan(node, index.size());
  }

  @Override
  public Plan visitDisputed(Disputed node) {
    return Plan.Lookup.scan(node, index.size());
  }

  static ImmutableList<Plan> steps(Plan plan) {
    List<Plan> steps = new java.util.ArrayList<>();
    plan.collect(steps);
    return ImmutableList.copyOf(steps);
  }
}
