package io.github.c5atlas.dsl;

/**
 * Handles each kind of {@link Condition} node in its own method: how the planner, the JSON form and other passes
 * over the AST are written without {@code instanceof} ladders.
 *
 * @param <R> the result type
 */
interface ConditionVisitor<R> {
  R visitAlways(Always<?> node);

  R visitAnd(And<?> node);

  R visitOr(Or<?> node);

  R visitNot(Not<?> node);

  R visitAttendance(Attendance node);

  R visitTiming(Timing node);

  R visitRelated(Related node);

  R visitHas(Has node);

  R visitHolding(Holding node);

  R visitPersonAttended(PersonAttended node);

  R visitMemberOf(MemberOf node);

  R visitHasMember(HasMember node);

  R visitNamed(NameMatch node);

  R visitDisputed(Disputed node);
}
