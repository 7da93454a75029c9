package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Office;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.StateGroup;
import io.github.c5atlas.core.Tenure;
import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.core.time.Truth;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person holding an office on a date, optionally for one state and appointed within a period before that date.
 *
 * <pre>{@code
 * holding(DEFENCE_MINISTER, 2025-10-20)                          // in office that day
 * holding(DEFENCE_MINISTER, 2025-10-20).appointedWithin(P1Y)     // ... and appointed in the year before
 * holding(HEAD_OF_STATE, 2025-10-20).forState(UZ)
 * holding(DEFENCE_MINISTER, 2025-10-20).heldForAtLeast(P5Y)      // ... for five years or more by then
 * holding(DEFENCE_MINISTER, 2025-10-20).forStates(CENTRAL_ASIA)  // for any of the five
 * }</pre>
 *
 * <p>On fuzzy tenures the answer can be unknown: "in office by 28 May 2025" holds the office on 20 October 2025,
 * but whether it was given within the year before, no source says. Instances are immutable and thread-safe.
 */
public final class Holding extends Condition<Person> {
  private final Office office;
  private final FuzzyDate date;
  private final Optional<String> state;
  private final Optional<Period> appointedWithin;
  private final Optional<Parties> states;
  private final Optional<Period> heldFor;

  Holding(Office office, FuzzyDate date, Optional<String> state, Optional<Period> appointedWithin) {
    this(office, date, state, appointedWithin, Optional.empty());
  }

  Holding(Office office, FuzzyDate date, Optional<String> state, Optional<Period> appointedWithin,
      Optional<Parties> states) {
    this(office, date, state, appointedWithin, states, Optional.empty());
  }

  Holding(Office office, FuzzyDate date, Optional<String> state, Optional<Period> appointedWithin,
      Optional<Parties> states, Optional<Period> heldFor) {
    this.states = requireNonNull(states, "states");
    this.heldFor = requireNonNull(heldFor, "heldFor");
    heldFor.ifPresent(p -> {
      if (p.isNegative() || p.isZero()) {
        throw new IllegalArgumentException("heldForAtLeast needs a positive period, not " + p);
      }
    });
    this.office = requireNonNull(office, "office");
    this.date = requireNonNull(date, "date");
    this.state = requireNonNull(state, "state");
    this.appointedWithin = requireNonNull(appointedWithin, "appointedWithin");
    appointedWithin.ifPresent(p -> {
      if (p.isNegative() || p.isZero()) {
        throw new IllegalArgumentException("appointedWithin needs a positive period, not " + p);
      }
    });
  }

  /** Returns a copy that counts only the office held for this state. */
  public Holding forState(State state) {
    return new Holding(office, date, Optional.of(requireNonNull(state, "state").code()), appointedWithin, states,
        heldFor);
  }

  /**
   * Returns a copy that counts only the office held for a state of the group, resolved in the atlas the query
   * runs on: {@code holding(DEFENCE_MINISTER, 2025-10-20).forStates(CENTRAL_ASIA)}.
   */
  public Holding forStates(StateGroup group) {
    return new Holding(office, date, state, appointedWithin,
        Optional.of(Parties.of(requireNonNull(group, "group"))), heldFor);
  }

  /** Returns a copy that counts only the office held for one of these states. */
  public Holding forStates(State... states) {
    return new Holding(office, date, state, appointedWithin,
        Optional.of(Parties.states(Arrays.stream(states).map(State::code)::iterator)), heldFor);
  }

  /** Returns a copy that also asks that the tenure began within this period before the date. */
  public Holding appointedWithin(Period period) {
    return new Holding(office, date, state, Optional.of(requireNonNull(period, "period")), states, heldFor);
  }

  /**
   * Returns a copy that also asks that, on the date, the office had been held for at least this long (in the one
   * tenure that includes the date): {@code holding(DEFENCE_MINISTER, 2025-10-20).heldForAtLeast(P5Y)}.
   */
  public Holding heldForAtLeast(Period period) {
    return new Holding(office, date, state, appointedWithin, states, Optional.of(requireNonNull(period, "period")));
  }

  Office office() {
    return office;
  }

  FuzzyDate date() {
    return date;
  }

  Optional<String> state() {
    return state;
  }

  Optional<Period> appointed() {
    return appointedWithin;
  }

  Optional<Parties> states() {
    return states;
  }

  Optional<Period> heldFor() {
    return heldFor;
  }

  @Override
  Truth evaluate(Person person, Atlas atlas) {
    Truth result = Truth.FALSE;
    Optional<Set<String>> allowed = states.map(p -> p.resolve(atlas));
    for (Tenure tenure : person.tenures()) {
      if (tenure.office() != office || state.filter(s -> !s.equals(tenure.state())).isPresent()
          || allowed.filter(a -> !a.contains(tenure.state())).isPresent()) {
        continue;
      }
      Truth holds = tenure.span().includes(date);
      if (appointedWithin.isPresent()) {
        LocalDate from = date.earliestOrMin().equals(LocalDate.MIN) ? LocalDate.MIN
            : date.earliestOrMin().minus(appointedWithin.get());
        holds = holds.and(tenure.span().start().isWithin(from, date.latestOrMax()));
      }
      if (heldFor.isPresent()) {
        holds = holds.and(startedBy(tenure, heldFor.get()));
      }
      result = result.or(holds);
    }
    return result;
  }

  /** Whether the tenure began at least the period before the date: start on or before (date - period). */
  private Truth startedBy(Tenure tenure, Period period) {
    if (date.earliest().isEmpty() || date.latest().isEmpty()) {
      return tenure.span().start().isOnOrBefore(date.latestOrMax()).isFalse() ? Truth.FALSE : Truth.UNKNOWN;
    }
    LocalDate earliest = date.earliestOrMin().minus(period);
    LocalDate latest = date.latestOrMax().minus(period);
    FuzzyDate shifted = earliest.equals(latest) ? FuzzyDate.ofDay(earliest)
        : FuzzyDate.between(FuzzyDate.ofDay(earliest), FuzzyDate.ofDay(latest));
    return tenure.span().start().isOnOrBefore(shifted);
  }

  @Override
  Class<?> rowType() {
    return Person.class;
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitHolding(this);
  }

  @Override
  public String toString() {
    return "holding(" + office.name() + ", " + date + ")" + state.map(s -> ".forState(" + s + ")").orElse("")
        + states.map(p -> ".forStates(" + p + ")").orElse("")
        + appointedWithin.map(p -> ".appointedWithin(" + p + ")").orElse("")
        + heldFor.map(p -> ".heldForAtLeast(" + p + ")").orElse("");
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Holding)) {
      return false;
    }
    Holding that = (Holding) other;
    return office == that.office && date.equals(that.date) && state.equals(that.state)
        && appointedWithin.equals(that.appointedWithin) && states.equals(that.states) && heldFor.equals(that.heldFor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(office, date, state, appointedWithin, states, heldFor);
  }
}
