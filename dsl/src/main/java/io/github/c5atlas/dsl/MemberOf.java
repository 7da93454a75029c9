package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Forum;
import io.github.c5atlas.core.Membership;
import io.github.c5atlas.core.MembershipStatus;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.core.time.Truth;
import java.util.Objects;

/**
 * A state that had a status (member by default) in a forum on a date. Prints as {@code memberOf("csto", 2010)} or
 * {@code memberOf("csto", 2013, SUSPENDED)}.
 */
final class MemberOf extends Condition<State> {
  private final String forumId;
  private final FuzzyDate date;
  private final MembershipStatus status;

  MemberOf(String forumId, FuzzyDate date, MembershipStatus status) {
    this.forumId = requireNonNull(forumId, "forumId");
    this.date = requireNonNull(date, "date");
    this.status = requireNonNull(status, "status");
  }

  String forumId() {
    return forumId;
  }

  FuzzyDate date() {
    return date;
  }

  MembershipStatus status() {
    return status;
  }

  static Truth holds(Forum forum, String state, FuzzyDate date, MembershipStatus status) {
    Truth result = Truth.FALSE;
    for (Membership membership : forum.memberships()) {
      if (membership.state().equals(state) && membership.status() == status) {
        result = result.or(membership.span().includes(date));
      }
    }
    return result;
  }

  static Forum forum(Atlas atlas, String forumId) {
    return atlas.forum(forumId).filter(f -> f.id().equals(forumId))
        .orElseThrow(() -> new IllegalArgumentException("the atlas has no forum '" + forumId + "'"));
  }

  @Override
  Truth evaluate(State state, Atlas atlas) {
    return holds(forum(atlas, forumId), state.code(), date, status);
  }

  @Override
  Class<?> rowType() {
    return State.class;
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitMemberOf(this);
  }

  @Override
  public String toString() {
    return "memberOf(" + Literals.quote(forumId) + ", " + date
        + (status == MembershipStatus.MEMBER ? "" : ", " + status.name()) + ")";
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MemberOf)) {
      return false;
    }
    MemberOf that = (MemberOf) other;
    return forumId.equals(that.forumId) && date.equals(that.date) && status == that.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(forumId, date, status);
  }
}
