package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.Agreement;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Discrepancy;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.EventKind;
import io.github.c5atlas.core.Exercise;
import io.github.c5atlas.core.Forum;
import io.github.c5atlas.core.Meeting;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.State;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a query's rows are: {@code events}, {@code meetings}, {@code exercises}, {@code agreements},
 * {@code people}, {@code forums} or {@code states} of an atlas.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the rows
 */
public final class RowSource<T> {
  /** Every event. */
  public static final RowSource<Event> EVENTS = new RowSource<>("events", Event.class, Atlas::events, Optional.empty(),
      RowProjection.EVENTS);
  /** The meetings. */
  public static final RowSource<Meeting> MEETINGS = events("meetings", Meeting.class, EventKind.MEETING);
  /** The exercises. */
  public static final RowSource<Exercise> EXERCISES = events("exercises", Exercise.class, EventKind.EXERCISE);
  /** The agreements. */
  public static final RowSource<Agreement> AGREEMENTS = events("agreements", Agreement.class, EventKind.AGREEMENT);
  /** The people. */
  public static final RowSource<Person> PEOPLE = new RowSource<>("people", Person.class, Atlas::people, Optional.empty(),
      RowProjection.PEOPLE);
  /** The forums. */
  public static final RowSource<Forum> FORUMS = new RowSource<>("forums", Forum.class, Atlas::forums, Optional.empty(),
      RowProjection.FORUMS);
  /** The states. */
  public static final RowSource<State> STATES = new RowSource<>("states", State.class, Atlas::states, Optional.empty(),
      RowProjection.STATES);

  /** Where a source's report differs from the curated view ({@link Atlas#discrepancies()}). */
  public static final RowSource<Discrepancy> DISCREPANCIES = new RowSource<>("discrepancies", Discrepancy.class,
      Atlas::discrepancies, Optional.empty(), RowProjection.DISCREPANCIES);

  private static final ImmutableList<RowSource<?>> ALL =
      ImmutableList.of(EVENTS, MEETINGS, EXERCISES, AGREEMENTS, PEOPLE, FORUMS, STATES, DISCREPANCIES);

  private final String name;
  private final Class<T> rowType;
  private final Function<Atlas, ImmutableList<? extends T>> rows;
  private final Optional<EventKind> kind;
  private final RowProjection<? super T> projection;

  private RowSource(String name, Class<T> rowType, Function<Atlas, ImmutableList<? extends T>> rows,
      Optional<EventKind> kind, RowProjection<? super T> projection) {
    this.name = name;
    this.rowType = rowType;
    this.rows = rows;
    this.kind = kind;
    this.projection = projection;
  }

  private static <E extends Event> RowSource<E> events(String name, Class<E> type, EventKind kind) {
    return new RowSource<>(name, type, atlas -> {
      ImmutableList.Builder<E> matching = ImmutableList.builder();
      for (Event event : atlas.events()) {
        if (event.kind() == kind) {
          matching.add(type.cast(event));
        }
      }
      return matching.build();
    }, Optional.of(kind), RowProjection.EVENTS);
  }

  /** Returns every source. */
  public static ImmutableList<RowSource<?>> all() {
    return ALL;
  }

  /** Returns the source with this name in the text syntax, such as {@code events}. */
  public static Optional<RowSource<?>> named(String name) {
    return ALL.stream().filter(s -> s.name.equals(name)).findFirst();
  }

  /** Returns the name in the text syntax and in {@link Dsl}, such as {@code events}. */
  public String name() {
    return name;
  }

  /** Returns the type of the rows. */
  public Class<T> rowType() {
    return rowType;
  }

  /** Returns whether the rows are events (of any kind or of one). */
  public boolean isEvents() {
    return Event.class.isAssignableFrom(rowType);
  }

  /** Returns the kind of event the rows are restricted to, for meetings, exercises and agreements. */
  public Optional<EventKind> eventKind() {
    return kind;
  }

  /** Returns all the rows of this source in an atlas, in the atlas's order, before any condition. */
  @SuppressWarnings("unchecked")
  public ImmutableList<T> rows(Atlas atlas) {
    return (ImmutableList<T>) rows.apply(atlas);
  }

  /** Returns what results show of these rows: their columns, sources and states. */
  RowProjection<? super T> projection() {
    return projection;
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
