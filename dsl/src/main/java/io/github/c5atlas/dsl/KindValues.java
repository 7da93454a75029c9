package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableSet;
import io.github.c5atlas.core.Agreement;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Exercise;
import io.github.c5atlas.core.Meeting;
import java.util.Set;

/**
 * The values an event has for a field that only one kind of event has, as names: an exercise's series or kinds, a
 * meeting's level, an agreement's subjects. Events of the other kinds have none.
 *
 * <pre>{@code
 * event.accept(KindValues.LEVEL);   // [HEAD_OF_STATE] for such a meeting, [] for an exercise or an agreement
 * }</pre>
 */
abstract class KindValues implements Event.Visitor<Set<String>> {
  /** The series of an exercise. */
  static final KindValues SERIES = new KindValues() {
    @Override
    public Set<String> visitExercise(Exercise exercise) {
      return exercise.series().map(Set::of).orElse(Set.of());
    }
  };

  /** The level of a meeting, by its name. */
  static final KindValues LEVEL = new KindValues() {
    @Override
    public Set<String> visitMeeting(Meeting meeting) {
      return Set.of(meeting.level().name());
    }
  };

  /** The kinds of an exercise, by their names. */
  static final KindValues EXERCISE_KINDS = new KindValues() {
    @Override
    public Set<String> visitExercise(Exercise exercise) {
      return names(exercise.exerciseKinds());
    }
  };

  /** The subjects of an agreement, by their names. */
  static final KindValues SUBJECTS = new KindValues() {
    @Override
    public Set<String> visitAgreement(Agreement agreement) {
      return names(agreement.subjects());
    }
  };

  private KindValues() {}

  private static Set<String> names(Set<? extends Enum<?>> constants) {
    return constants.stream().map(Enum::name).collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public Set<String> visitMeeting(Meeting meeting) {
    return Set.of();
  }

  @Override
  public Set<String> visitExercise(Exercise exercise) {
    return Set.of();
  }

  @Override
  public Set<String> visitAgreement(Agreement agreement) {
    return Set.of();
  }
}
