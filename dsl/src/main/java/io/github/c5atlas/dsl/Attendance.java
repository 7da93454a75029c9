package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Delegate;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Level;
import io.github.c5atlas.core.Participation;
import io.github.c5atlas.core.Role;
import io.github.c5atlas.core.time.Truth;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who attended an event: all, any, only or none of some states, counting every role or only some, at any level or
 * in person at one level. "External party" means a party outside the states named, whatever its role, so a guest
 * of honour makes {@code attendedOnlyBy(CENTRAL_ASIA)} false unless the roles are narrowed.
 *
 * <pre>{@code
 * attendedByAll(CENTRAL_ASIA)                                // every one of the five took part
 * attendedOnlyBy(CENTRAL_ASIA).withRoles(HOST, PARTICIPANT)  // no external full participant (guests allowed)
 * attendedByAll(CENTRAL_ASIA).atLevel(HEAD_OF_STATE)         // the five, each with its head of state there
 * }</pre>
 *
 * <p>With a level, a party whose delegation the atlas does not know is neither counted nor excluded: the answer
 * is unknown. Instances are immutable and thread-safe.
 */
public final class Attendance extends Condition<Event> {
  /** How the states named are counted. */
  public enum Quantifier {
    /** Every one of them took part. */
    ALL("attendedByAll"),
    /** At least one of them took part. */
    ANY("attendedByAny"),
    /** No party outside them took part. */
    ONLY("attendedOnlyBy"),
    /** None of them took part. */
    NONE("notAttendedBy");

    private final String methodName;

    Quantifier(String methodName) {
      this.methodName = methodName;
    }

    /** Returns the name of the {@link Dsl} method, which is also the name in the text syntax. */
    public String methodName() {
      return methodName;
    }
  }

  private final Quantifier quantifier;
  private final Parties parties;
  private final ImmutableSortedSet<Role> roles;
  private final Optional<Level> level;

  Attendance(Quantifier quantifier, Parties parties, ImmutableSortedSet<Role> roles, Optional<Level> level) {
    this.quantifier = requireNonNull(quantifier, "quantifier");
    this.parties = requireNonNull(parties, "parties");
    this.roles = requireNonNull(roles, "roles");
    this.level = requireNonNull(level, "level");
  }

  /** Returns a copy that counts only parties in these roles; with no roles, every role counts. */
  public Attendance withRoles(Role... roles) {
    return new Attendance(quantifier, parties, ImmutableSortedSet.copyOf(Arrays.asList(roles)), level);
  }

  /** Returns a copy that counts a party only if a member of its delegation attended at this level. */
  public Attendance atLevel(Level level) {
    return new Attendance(quantifier, parties, roles, Optional.of(requireNonNull(level, "level")));
  }

  Quantifier quantifier() {
    return quantifier;
  }

  Parties parties() {
    return parties;
  }

  ImmutableSortedSet<Role> roles() {
    return roles;
  }

  Optional<Level> level() {
    return level;
  }

  @Override
  Truth evaluate(Event event, Atlas atlas) {
    Set<String> named = parties.resolve(atlas);
    Truth result;
    switch (quantifier) {
      case ALL:
        result = Truth.TRUE;
        for (String party : named) {
          result = result.and(counts(event, party));
        }
        return result;
      case ANY:
        result = Truth.FALSE;
        for (String party : named) {
          result = result.or(counts(event, party));
        }
        return result;
      case NONE:
        result = Truth.TRUE;
        for (String party : named) {
          result = result.and(counts(event, party).not());
        }
        return result;
      case ONLY:
        result = Truth.TRUE;
        for (Participation participation : event.participations()) {
          if (!named.contains(participation.party())) {
            result = result.and(counts(participation).not());
          }
        }
        return result;
      default:
        throw new AssertionError(quantifier);
    }
  }

  /** Returns whether the party counts as having attended the event, under the roles and level of this condition. */
  Truth counts(Event event, String party) {
    return event.participation(party).map(this::counts).orElse(Truth.FALSE);
  }

  Truth counts(Participation participation) {
    if (!roles.isEmpty() && !roles.contains(participation.role())) {
      return Truth.FALSE;
    }
    if (level.isEmpty()) {
      return Truth.TRUE;
    }
    if (participation.delegation().isEmpty()) {
      return Truth.UNKNOWN;
    }
    return Truth.of(participation.delegation().stream().map(Delegate::level).anyMatch(level.get()::equals));
  }

  @Override
  Class<?> rowType() {
    return Event.class;
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitAttendance(this);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(quantifier.methodName()).append('(').append(parties).append(')');
    if (!roles.isEmpty()) {
      text.append(".withRoles(").append(roles.stream().map(Role::name).collect(Collectors.joining(", ")))
          .append(')');
    }
    level.ifPresent(l -> text.append(".atLevel(").append(l.name()).append(')'));
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Attendance)) {
      return false;
    }
    Attendance that = (Attendance) other;
    return quantifier == that.quantifier && parties.equals(that.parties) && roles.equals(that.roles)
        && level.equals(that.level);
  }

  @Override
  public int hashCode() {
    return Objects.hash(quantifier, parties, roles, level);
  }
}
