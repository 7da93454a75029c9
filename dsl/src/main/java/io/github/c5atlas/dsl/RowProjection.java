package io.github.c5atlas.dsl;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Discrepancy;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Forum;
import io.github.c5atlas.core.Membership;
import io.github.c5atlas.core.Participation;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.Place;
import io.github.c5atlas.core.Role;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.Tenure;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a {@link Result} shows of one kind of row: the columns of its table, the sources each row cites, and the
 * states each row involves. Each {@link RowSource} has one, so that results dispatch on their query's source.
 *
 * <pre>{@code
 * RowProjection.FORUMS.headers();        // [id, name, kind]
 * RowProjection.FORUMS.cells(csto);      // [csto, Collective Security Treaty Organization, alliance]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the rows
 */
final class RowProjection<T> {
  /** Events of every kind: each party that is a state of the atlas counts as one of its states. */
  static final RowProjection<Event> EVENTS = new RowProjection<>(
      List.of("id", "name", "kind", "date", "place", "parties"),
      e -> List.of(e.id(), e.name(), e.kind().name().toLowerCase(), e.span().toString(), places(e.places()),
          parties(e.participations())),
      Event::sources,
      (e, atlas) -> e.parties().stream().filter(p -> GroupKey.isState(p, atlas)));

  /** People, with their offices, the latest first: the one a reader of a table is most likely looking for. */
  static final RowProjection<Person> PEOPLE = new RowProjection<>(
      List.of("id", "name", "offices"),
      p -> List.of(p.id(), p.name(), p.tenures().stream()
          .sorted(Comparator.comparing((Tenure t) -> t.span().earliestStart()).reversed())
          .map(RowProjection::tenure)
          .collect(Collectors.joining("; "))),
      p -> p.tenures().stream().flatMap(t -> t.sources().stream()).distinct().collect(Collectors.toList()),
      (p, atlas) -> p.tenures().stream().map(Tenure::state).filter(s -> GroupKey.isState(s, atlas)));

  /** Forums: the states with a membership at any time are theirs. */
  static final RowProjection<Forum> FORUMS = new RowProjection<>(
      List.of("id", "name", "kind"),
      f -> List.of(f.id(), f.name(), f.kind().name().toLowerCase()),
      Forum::sources,
      (f, atlas) -> f.memberships().stream().map(Membership::state));

  /** States, which cite no sources of their own. */
  static final RowProjection<State> STATES = new RowProjection<>(
      List.of("code", "name"),
      s -> List.of(s.code(), s.name()),
      s -> List.of(),
      (s, atlas) -> Stream.of(s.code()));

  /** Discrepancies: the sources are the curated view's and the report's; the states, none. */
  static final RowProjection<Discrepancy> DISCREPANCIES = new RowProjection<>(
      List.of("about", "field", "curated", "reported", "reported by"),
      d -> List.of(d.about(), d.field().name().toLowerCase(java.util.Locale.ROOT), d.curated(), d.reported(),
          d.reportSource()),
      d -> java.util.stream.Stream.concat(d.curatedSources().stream(), Stream.of(d.reportSource())).distinct()
          .collect(Collectors.toList()),
      (d, atlas) -> Stream.empty());

  private final List<String> headers;
  private final Function<T, List<String>> cells;
  private final Function<T, List<String>> sources;
  private final BiFunction<T, Atlas, Stream<String>> states;

  private RowProjection(List<String> headers, Function<T, List<String>> cells, Function<T, List<String>> sources,
      BiFunction<T, Atlas, Stream<String>> states) {
    this.headers = headers;
    this.cells = cells;
    this.sources = sources;
    this.states = states;
  }

  /** Returns the names of the columns. */
  List<String> headers() {
    return headers;
  }

  /** Returns the cells of a row, one for each of the {@link #headers}. */
  List<String> cells(T row) {
    return cells.apply(row);
  }

  /** Returns the ids of the sources the row cites. */
  List<String> sources(T row) {
    return sources.apply(row);
  }

  /** Returns the codes of the states the row involves, as {@link Result#states()} describes. */
  Stream<String> states(T row, Atlas atlas) {
    return states.apply(row, atlas);
  }

  private static String tenure(Tenure t) {
    return t.office().name().toLowerCase().replace('_', ' ') + " " + t.state() + " " + t.span();
  }

  private static String places(List<Place> places) {
    return places.stream().map(p -> p.city().or(p::region).map(c -> c + ", ").orElse("") + p.state())
        .collect(Collectors.joining("; "));
  }

  private static String parties(List<Participation> participations) {
    return participations.stream()
        .map(p -> p.role() == Role.PARTICIPANT ? p.party() : p.party() + " (" + p.role().name().toLowerCase() + ")")
        .collect(Collectors.joining(", "));
  }
}
