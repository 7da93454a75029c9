package io.github.c5atlas.core;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one container of the record: sources, states, groups, people, forums, events and the reports of sources that
 * differ from the curated view. It is checked when it is built (every reference resolves, ids are unique, tenures
 * and memberships do not overlap themselves, ...), and reading it from JSON is all-or-nothing.
 *
 * <pre>{@code
 * Atlas atlas = Atlas.bundled();
 * atlas.event("samarkand-2025").orElseThrow().parties();   // [UZ, KZ, KG, TJ, TM]
 * atlas.person("Холмухамедов");                             // found by name in any language
 * atlas.asReportedBy("seed-article");                      // the atlas as the seed article tells it
 * atlas.discrepancies();                                   // where sources differ from the curated view
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; lookups by name build their index once, on first use.
 */
public final class Atlas {
  private static final Supplier<Atlas> BUNDLED = Suppliers.memoize(AtlasFiles::bundled);

  private final ImmutableList<Source> sources;
  private final ImmutableList<State> states;
  private final ImmutableList<StateGroup> groups;
  private final ImmutableList<Person> people;
  private final ImmutableList<Forum> forums;
  private final ImmutableList<Event> events;
  private final ImmutableList<Report> reports;

  private final Map<String, Source> sourcesById;
  private final Map<String, State> statesByCode;
  private final Map<String, StateGroup> groupsById;
  private final Map<String, Person> peopleById;
  private final Map<String, Forum> forumsById;
  private final Map<String, Event> eventsById;
  private final Supplier<ImmutableListMultimap<String, Named>> byName;

  private Atlas(Builder builder) {
    this.sources = builder.sources.build();
    this.states = builder.states.build();
    this.groups = builder.groups.build();
    this.people = builder.people.build();
    this.forums = builder.forums.build();
    this.events = builder.events.build();
    this.reports = builder.reports.build();
    AtlasValidator validated = AtlasValidator.validate(this);
    if (!validated.problems().isEmpty()) {
      throw new InvalidAtlasException(builder.origin, validated.problems());
    }
    // the validator indexed every list by id to check the references: those maps are the lookups
    this.sourcesById = Collections.unmodifiableMap(validated.sourcesById);
    this.statesByCode = Collections.unmodifiableMap(validated.statesByCode);
    this.groupsById = Collections.unmodifiableMap(validated.groupsById);
    this.peopleById = Collections.unmodifiableMap(validated.peopleById);
    this.forumsById = Collections.unmodifiableMap(validated.forumsById);
    this.eventsById = Collections.unmodifiableMap(validated.eventsById);
    this.byName = Suppliers.memoize(this::nameIndex);
  }

  /** Returns the curated atlas bundled in the jar, built from the seed article and its fact sheet. */
  public static Atlas bundled() {
    return BUNDLED.get();
  }

  /** Returns an atlas with nothing in it. */
  public static Atlas empty() {
    return builder().build();
  }

  /**
   * Reads an atlas from a JSON file in the {@code c5atlas/1} format, strictly: unknown fields are errors.
   *
   * @throws InvalidAtlasException with every problem found, each with its JSON pointer, line and column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Atlas read(Path path) {
    return AtlasReader.strict().read(path).atlas();
  }

  /**
   * Reads an atlas from a JSON stream in the {@code c5atlas/1} format, strictly; the stream is read to its end
   * and not closed.
   *
   * @throws InvalidAtlasException with every problem found, each with its JSON pointer, line and column
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Atlas read(InputStream in) {
    return AtlasReader.strict().read(in, "input stream").atlas();
  }

  /** Writes this atlas as JSON to a file, replacing it only once the whole document is written. */
  public void write(Path path) {
    AtlasFiles.write(this, path);
  }

  /** Writes this atlas as JSON to a stream, which is flushed and not closed. */
  public void write(OutputStream out) {
    try {
      AtlasFiles.write(this, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns this atlas as JSON text, as {@link #write(Path)} writes it. */
  public String toJson() {
    return AtlasFiles.toJson(this);
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding everything in this atlas, to add to. */
  public Builder toBuilder() {
    return builder().addAll(this);
  }

  /** Returns the sources, in the order given. */
  public ImmutableList<Source> sources() {
    return sources;
  }

  /** Returns the states. */
  public ImmutableList<State> states() {
    return states;
  }

  /** Returns the groups of states. */
  public ImmutableList<StateGroup> groups() {
    return groups;
  }

  /** Returns the people. */
  public ImmutableList<Person> people() {
    return people;
  }

  /** Returns the forums. */
  public ImmutableList<Forum> forums() {
    return forums;
  }

  /** Returns the events, in the order given, whatever their status. */
  public ImmutableList<Event> events() {
    return events;
  }

  /** Returns the reports of sources that differ from the curated view. */
  public ImmutableList<Report> reports() {
    return reports;
  }

  /** Returns the source with this id. */
  public Optional<Source> source(String id) {
    return Optional.ofNullable(sourcesById.get(requireNonNull(id, "id")));
  }

  /** Returns the state with this code, or else the one state with this name or alias in any language. */
  public Optional<State> state(String codeOrName) {
    return lookup(statesByCode, State.class, codeOrName);
  }

  /** Returns the group with this id, or else the one group with this name. */
  public Optional<StateGroup> group(String idOrName) {
    return lookup(groupsById, StateGroup.class, idOrName);
  }

  /** Returns the person with this id, or else the one person with this name or alias in any language. */
  public Optional<Person> person(String idOrName) {
    return lookup(peopleById, Person.class, idOrName);
  }

  /** Returns the forum with this id, or else the one forum with this name or alias in any language. */
  public Optional<Forum> forum(String idOrName) {
    return lookup(forumsById, Forum.class, idOrName);
  }

  /** Returns the event with this id, or else the one event with this name or alias in any language. */
  public Optional<Event> event(String idOrName) {
    return lookup(eventsById, Event.class, idOrName);
  }

  /**
   * Returns everything whose id, name or alias matches, in any language, ignoring case, diacritics, spacing and
   * the usual Arabic spelling variants (alef forms, taa marbuta, alef maqsura).
   */
  public ImmutableList<Named> find(String nameOrId) {
    return byName.get().get(NameKey.of(requireNonNull(nameOrId, "nameOrId")));
  }

  private <T extends Named> Optional<T> lookup(Map<String, T> byId, Class<T> type, String idOrName) {
    requireNonNull(idOrName, "idOrName");
    T exact = byId.get(idOrName);
    if (exact != null) {
      return Optional.of(exact);
    }
    List<T> matches = new ArrayList<>();
    for (Named named : find(idOrName)) {
      if (type.isInstance(named) && !matches.contains(type.cast(named))) {
        matches.add(type.cast(named));
      }
    }
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  private ImmutableListMultimap<String, Named> nameIndex() {
    ImmutableListMultimap.Builder<String, Named> index = ImmutableListMultimap.builder();
    List<Named> all = new ArrayList<>();
    all.addAll(states);
    all.addAll(groups);
    all.addAll(people);
    all.addAll(forums);
    all.addAll(events);
    for (Named named : all) {
      java.util.Set<String> keys = new java.util.LinkedHashSet<>();
      keys.add(NameKey.of(named.id()));
      named.names().values().forEach(name -> keys.add(NameKey.of(name)));
      named.aliases().forEach(alias -> keys.add(NameKey.of(alias)));
      if (named instanceof Person) {
        // a person is also found by surname alone, the way sources name them in running text
        List.copyOf(keys).forEach(key -> keys.add(key.substring(key.lastIndexOf(' ') + 1)));
      }
      keys.forEach(key -> index.put(key, named));
    }
    return index.build();
  }

  /**
   * Returns this atlas merged with another: everything of both, the same id allowed twice only for equal values.
   *
   * @throws InvalidAtlasException if an id names different values in the two atlases, or the union does not check
   */
  public Atlas merge(Atlas other) {
    requireNonNull(other, "other");
    List<Problem> conflicts = new ArrayList<>();
    Builder merged = builder().origin("merged atlas");
    merged.sources.addAll(union("sources", sources, other.sources, Source::id, conflicts));
    merged.states.addAll(union("states", states, other.states, State::code, conflicts));
    merged.groups.addAll(union("groups", groups, other.groups, StateGroup::id, conflicts));
    merged.people.addAll(union("people", people, other.people, Person::id, conflicts));
    merged.forums.addAll(union("forums", forums, other.forums, Forum::id, conflicts));
    merged.events.addAll(union("events", events, other.events, Event::id, conflicts));
    List<Report> allReports = new ArrayList<>(reports);
    other.reports.stream().filter(r -> !reports.contains(r)).forEach(allReports::add);
    merged.reports.addAll(allReports);
    if (!conflicts.isEmpty()) {
      throw new InvalidAtlasException("merged atlas", conflicts);
    }
    return merged.build();
  }

  private static <T> List<T> union(String list, List<T> mine, List<T> theirs, Function<T, String> id,
      List<Problem> conflicts) {
    Map<String, T> byId = new LinkedHashMap<>();
    mine.forEach(value -> byId.put(id.apply(value), value));
    for (int i = 0; i < theirs.size(); i++) {
      T value = theirs.get(i);
      T existing = byId.putIfAbsent(id.apply(value), value);
      if (existing != null && !existing.equals(value)) {
        conflicts.add(Problem.at("/" + list + "/" + i,
            "id '" + id.apply(value) + "' names different values in the two atlases"));
      }
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * Returns the same atlas as one source tells it: each event that source reports on takes the status, span,
   * places and participants the source gives, and gains the statements only it reports. Events it does not
   * report on stay as curated, so every query runs unchanged on any source's version.
   *
   * @throws IllegalArgumentException if the atlas has no source with this id
   */
  public Atlas asReportedBy(String sourceId) {
    requireNonNull(sourceId, "sourceId");
    if (!sourcesById.containsKey(sourceId)) {
      throw new IllegalArgumentException("no source with id '" + sourceId + "' in this atlas; sources: "
          + sources.stream().map(Source::id).collect(Collectors.toList()));
    }
    return Reports.asReportedBy(this, sourceId);
  }

  /** Returns every field where a report differs from the curated view, with both values and both sources. */
  public ImmutableList<Discrepancy> discrepancies() {
    return Reports.discrepancies(this);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Atlas)) {
      return false;
    }
    Atlas that = (Atlas) other;
    return sources.equals(that.sources) && states.equals(that.states) && groups.equals(that.groups)
        && people.equals(that.people) && forums.equals(that.forums) && events.equals(that.events)
        && reports.equals(that.reports);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sources, states, groups, people, forums, events, reports);
  }

  /** Returns a summary such as {@code Atlas[14 states, 1 groups, 20 people, 30 forums, 70 events, ...]}. */
  @Override
  public String toString() {
    return "Atlas[" + states.size() + " states, " + groups.size() + " groups, " + people.size() + " people, "
        + forums.size() + " forums, " + events.size() + " events, " + sources.size() + " sources, "
        + reports.size() + " reports]";
  }

  /**
   * Builds an {@link Atlas}; {@link #build()} checks the whole and throws {@link InvalidAtlasException} with every
   * problem found. Not thread-safe.
   */
  public static final class Builder {
    private final ImmutableList.Builder<Source> sources = ImmutableList.builder();
    private final ImmutableList.Builder<State> states = ImmutableList.builder();
    private final ImmutableList.Builder<StateGroup> groups = ImmutableList.builder();
    private final ImmutableList.Builder<Person> people = ImmutableList.builder();
    private final ImmutableList.Builder<Forum> forums = ImmutableList.builder();
    private final ImmutableList.Builder<Event> events = ImmutableList.builder();
    private final ImmutableList.Builder<Report> reports = ImmutableList.builder();
    private String origin = "atlas";

    private Builder() {}

    /** Names what is being built, for error messages. */
    public Builder origin(String origin) {
      this.origin = requireNonNull(origin, "origin");
      return this;
    }

    /** Adds sources. */
    public Builder addSource(Source... values) {
      sources.add(values);
      return this;
    }

    /** Adds states. */
    public Builder addState(State... values) {
      states.add(values);
      return this;
    }

    /** Adds groups. */
    public Builder addGroup(StateGroup... values) {
      groups.add(values);
      return this;
    }

    /** Adds people. */
    public Builder addPerson(Person... values) {
      people.add(values);
      return this;
    }

    /** Adds forums. */
    public Builder addForum(Forum... values) {
      forums.add(values);
      return this;
    }

    /** Adds events. */
    public Builder addEvent(Event... values) {
      events.add(values);
      return this;
    }

    /** Adds events. */
    public Builder addAllEvents(Iterable<? extends Event> values) {
      events.addAll(values);
      return this;
    }

    /** Adds reports. */
    public Builder addReport(Report... values) {
      reports.add(values);
      return this;
    }

    /** Adds everything in an atlas. */
    public Builder addAll(Atlas atlas) {
      sources.addAll(atlas.sources);
      states.addAll(atlas.states);
      groups.addAll(atlas.groups);
      people.addAll(atlas.people);
      forums.addAll(atlas.forums);
      events.addAll(atlas.events);
      reports.addAll(atlas.reports);
      return this;
    }

    Builder addAll(AtlasDocument document) {
      sources.addAll(document.sources());
      states.addAll(document.states());
      groups.addAll(document.groups());
      people.addAll(document.people());
      forums.addAll(document.forums());
      events.addAll(document.events());
      reports.addAll(document.reports());
      return this;
    }

    /**
     * Returns the atlas.
     *
     * @throws InvalidAtlasException with every problem found
     */
    public Atlas build() {
      return new Atlas(this);
    }
  }
}
