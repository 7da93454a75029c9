package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.c5atlas.core.Agreement;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Delegate;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Exercise;
import io.github.c5atlas.core.Forum;
import io.github.c5atlas.core.Meeting;
import io.github.c5atlas.core.Membership;
import io.github.c5atlas.core.Participation;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.Statement;
import io.github.c5atlas.core.StateGroup;
import io.github.c5atlas.core.Tenure;
import io.github.c5atlas.core.time.FuzzySpan;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The answer to a query on an atlas: its rows, each certain or only possible, in order. Prints as a readable table
 * (for JShell), and as Markdown or JSON.
 *
 * <pre>{@code
 * Result<Person> r = people().where(holding(DEFENCE_MINISTER, date("2025-10-20")).appointedWithin(Period.ofYears(1)))
 *     .includingUncertain().run(atlas);
 * r.certain();     // Kosanov, Sobirzoda, Khalmukhamedov
 * r.uncertain();   // Mukambetov
 *
 * Result<Event> events = events().where(attendedByAny(CENTRAL_ASIA)).run(atlas);
 * events.states();                          // the codes of every state that took part: [AE, AZ, BH, BY, CN, ...]
 * events.countBy(GroupKey.YEAR);            // how many events each year
 * events.coParticipation(CENTRAL_ASIA);     // how often each pair of the five met
 * events.timeline().toMermaid();            // a Gantt chart
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the rows
 */
public final class Result<T> implements Iterable<T> {
  private final Query<T> query;
  private final Atlas atlas;
  private final ImmutableList<Row<T>> rows;
  private final String plan;

  Result(Query<T> query, Atlas atlas, ImmutableList<Row<T>> rows, String plan) {
    this.query = requireNonNull(query, "query");
    this.atlas = requireNonNull(atlas, "atlas");
    this.rows = requireNonNull(rows, "rows");
    this.plan = requireNonNull(plan, "plan");
  }

  /** Returns the query answered. */
  public Query<T> query() {
    return query;
  }

  /** Returns the atlas (or the source's version of it) the query ran on. */
  public Atlas atlas() {
    return atlas;
  }

  /** Returns the rows, each with its truth. */
  public ImmutableList<Row<T>> rows() {
    return rows;
  }

  /** Returns the values of all rows returned, certain and (if asked for) uncertain. */
  public ImmutableList<T> list() {
    return rows.stream().map(Row::value).collect(ImmutableList.toImmutableList());
  }

  /** Returns the values for which the condition certainly holds. */
  public ImmutableList<T> certain() {
    return rows.stream().filter(Row::isCertain).map(Row::value).collect(ImmutableList.toImmutableList());
  }

  /** Returns the values for which the condition possibly holds, but not certainly. */
  public ImmutableList<T> uncertain() {
    return rows.stream().filter(r -> !r.isCertain()).map(Row::value).collect(ImmutableList.toImmutableList());
  }

  /** Returns the values as a stream. */
  public Stream<T> stream() {
    return list().stream();
  }

  @Override
  public Iterator<T> iterator() {
    return list().iterator();
  }

  /** Returns the number of rows. */
  public int count() {
    return rows.size();
  }

  /** Returns whether there are no rows. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Returns the first row's value, if any. */
  public Optional<T> first() {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).value());
  }

  /** Returns the plan the engine followed, with estimated and actual row counts. */
  public String explain() {
    return plan;
  }

  // ---- projections and analyses -------------------------------------------------------------------------

  /**
   * Returns the codes of the states the rows involve, sorted: for events, every party that is a state of the atlas
   * (in any role; organisations taking part as such, such as {@code eu}, are left out); for states, their codes;
   * for people, the states of their offices; for forums, the states with a membership at any time.
   */
  public ImmutableSortedSet<String> states() {
    ImmutableSortedSet.Builder<String> codes = ImmutableSortedSet.naturalOrder();
    for (Row<T> row : rows) {
      Object value = row.value();
      if (value instanceof Event) {
        ((Event) value).parties().stream().filter(p -> GroupKey.isState(p, atlas)).forEach(codes::add);
      } else if (value instanceof State) {
        codes.add(((State) value).code());
      } else if (value instanceof Person) {
        ((Person) value).tenures().stream().map(Tenure::state).filter(s -> GroupKey.isState(s, atlas))
            .forEach(codes::add);
      } else if (value instanceof Forum) {
        ((Forum) value).memberships().stream().map(Membership::state).forEach(codes::add);
      }
    }
    return codes.build();
  }

  /** Returns the ids of every party of the event rows, states and organisations alike, sorted. */
  public ImmutableSortedSet<String> parties() {
    ImmutableSortedSet.Builder<String> ids = ImmutableSortedSet.naturalOrder();
    events("parties()").forEach(e -> ids.addAll(e.parties()));
    return ids.build();
  }

  /**
   * Returns the people the rows involve, in order of first appearance: for events, the people of the atlas who
   * were in a delegation, chaired a meeting, spoke or were spoken for; for people, the rows themselves. Delegates
   * the atlas knows only by name are left out.
   *
   * @throws IllegalStateException if the rows are states or forums
   */
  public ImmutableList<Person> people() {
    if (query.source() == Source.PEOPLE) {
      return rows.stream().map(r -> (Person) r.value()).distinct().collect(ImmutableList.toImmutableList());
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Event event : events("people()")) {
      event.accept(new Event.Visitor<Void>() {
        @Override
        public Void visitMeeting(Meeting meeting) {
          meeting.chair().ifPresent(ids::add);
          return null;
        }

        @Override
        public Void visitExercise(Exercise exercise) {
          return null;
        }

        @Override
        public Void visitAgreement(Agreement agreement) {
          return null;
        }
      });
      for (Participation participation : event.participations()) {
        participation.delegation().stream().map(Delegate::person).flatMap(Optional::stream).forEach(ids::add);
      }
      for (Statement statement : event.statements()) {
        ids.add(statement.speaker());
        statement.onBehalfOf().ifPresent(ids::add);
      }
    }
    return ids.stream().map(id -> atlas.person(id).filter(p -> p.id().equals(id))).flatMap(Optional::stream)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the dates of the event rows, in the order of the rows.
   *
   * @throws IllegalStateException if the rows are not events
   */
  public ImmutableList<FuzzySpan> dates() {
    return events("dates()").stream().map(Event::span).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns how many event rows fall under each key: each state, year, forum or kind. See {@link GroupKey} for
   * how states and fuzzy years count.
   *
   * @throws IllegalStateException if the rows are not events
   */
  public Counts countBy(GroupKey key) {
    requireNonNull(key, "key");
    events("countBy(" + key + ")");
    return Counts.of(this, key);
  }

  /**
   * Returns, for each pair of the group's states, the event rows both took part in (in any role).
   *
   * @throws IllegalStateException if the rows are not events
   */
  public CoParticipation coParticipation(StateGroup group) {
    requireNonNull(group, "group");
    events("coParticipation(..)");
    return CoParticipation.of(this, group);
  }

  /**
   * Returns the event rows in order of start, to print as a text timeline or draw as a Mermaid Gantt chart.
   *
   * @throws IllegalStateException if the rows are not events
   */
  public Timeline timeline() {
    events("timeline()");
    return Timeline.of(this);
  }

  private ImmutableList<Event> events(String analysis) {
    if (!query.source().isEvents()) {
      throw new IllegalStateException(analysis + " needs event rows, not " + query.source().name());
    }
    return rows.stream().map(r -> (Event) r.value()).collect(ImmutableList.toImmutableList());
  }

  // ---- rendering --------------------------------------------------------------------------------------------

  /** Returns the rows as a Markdown table, each row linked to its sources. */
  public String toMarkdown() {
    return ResultTables.of(this).toMarkdown();
  }

  /** Returns the rows as JSON: the query, and per row its truth, its fields and its sources. */
  public String toJson() {
    return ResultTables.of(this).toJson();
  }

  /** Returns the rows as a plain-text table, for JShell. */
  @Override
  public String toString() {
    return ResultTables.of(this).toText();
  }
}
