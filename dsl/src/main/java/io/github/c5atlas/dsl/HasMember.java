package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Forum;
import io.github.c5atlas.core.MembershipStatus;
import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.core.time.Truth;
import java.util.Objects;

/**
 * A forum in which a state had a status (member by default) on a date. Prints as {@code hasMember(UZ, 2010)} or
 * {@code hasMember(AM, 2025, FROZEN)}.
 */
final class HasMember extends Condition<Forum> {
  private final String state;
  private final FuzzyDate date;
  private final MembershipStatus status;

  HasMember(String state, FuzzyDate date, MembershipStatus status) {
    this.state = requireNonNull(state, "state");
    this.date = requireNonNull(date, "date");
    this.status = requireNonNull(status, "status");
  }

  String state() {
    return state;
  }

  FuzzyDate date() {
    return date;
  }

  MembershipStatus status() {
    return status;
  }

  @Override
  Truth evaluate(Forum forum, Atlas atlas) {
    return MemberOf.holds(forum, state, date, status);
  }

  @Override
  Class<?> rowType() {
    return Forum.class;
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitHasMember(this);
  }

  @Override
  public String toString() {
    return "hasMember(" + state + ", " + date + (status == MembershipStatus.MEMBER ? "" : ", " + status.name()) + ")";
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof HasMember)) {
      return false;
    }
    HasMember that = (HasMember) other;
    return state.equals(that.state) && date.equals(that.date) && status == that.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, date, status);
  }
}
