package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.Participation;
import io.github.c5atlas.core.Place;
import io.github.c5atlas.core.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The difference between two editions of a series (or any two events): who joined, who left, whose role changed,
 * whether the host and the places changed, and the dates of each.
 *
 * <pre>{@code
 * EditionDiff d = EditionDiff.of(atlas, "birlik-2024", "birlik-2025");
 * d.hostBefore();   // Optional[KZ]
 * d.hostAfter();    // Optional[UZ]
 * d.joined();       // []
 * EditionDiff.of(atlas.asReportedBy("seed-article"), "birlik-2024", "birlik-2025").left();   // [KG, TJ]
 * compare(event("birlik-2024"), event("birlik-2025")).run(atlas);                          // the same as of(..)
 * }</pre>
 *
 * <p>Parties are compared by id, whatever their role; a party in both with another role is in {@link #stayed()}
 * and in {@link #roleChanges()}. Instances are immutable and thread-safe.
 */
public final class EditionDiff {
  private final String title;
  private final Atlas atlas;
  private final Event from;
  private final Event to;

  private EditionDiff(String title, Atlas atlas, Event from, Event to) {
    this.title = title;
    this.atlas = atlas;
    this.from = from;
    this.to = to;
  }

  /**
   * Obtains the difference from one event to another, by their ids, in an atlas.
   *
   * @throws IllegalArgumentException if the atlas has no event with one of the ids
   */
  public static EditionDiff of(Atlas atlas, String fromId, String toId) {
    requireNonNull(atlas, "atlas");
    return new EditionDiff(new Comparison(new EventRef(fromId), new EventRef(toId), Optional.empty()).toString(),
        atlas, event(atlas, fromId), event(atlas, toId));
  }

  static EditionDiff of(Comparison comparison, Atlas atlas) {
    return new EditionDiff(comparison.toString(), atlas, event(atlas, comparison.from().id()),
        event(atlas, comparison.to().id()));
  }

  private static Event event(Atlas atlas, String id) {
    requireNonNull(id, "id");
    return atlas.event(id).filter(e -> e.id().equals(id))
        .orElseThrow(() -> new IllegalArgumentException("the atlas has no event '" + id + "'"));
  }

  /** Returns the earlier edition, as the atlas compared has it. */
  public Event from() {
    return from;
  }

  /** Returns the later edition, as the atlas compared has it. */
  public Event to() {
    return to;
  }

  /** Returns the parties of the later edition that were not in the earlier one. */
  public ImmutableSortedSet<String> joined() {
    return ImmutableSortedSet.copyOf(Sets.difference(to.parties(), from.parties()));
  }

  /** Returns the parties of the earlier edition that are not in the later one. */
  public ImmutableSortedSet<String> left() {
    return ImmutableSortedSet.copyOf(Sets.difference(from.parties(), to.parties()));
  }

  /** Returns the parties in both editions, whatever their roles. */
  public ImmutableSortedSet<String> stayed() {
    return ImmutableSortedSet.copyOf(Sets.intersection(from.parties(), to.parties()));
  }

  /** Returns the parties in both editions whose role changed, with their roles before and after. */
  public ImmutableSortedMap<String, ImmutableList<Role>> roleChanges() {
    ImmutableSortedMap.Builder<String, ImmutableList<Role>> changes = ImmutableSortedMap.naturalOrder();
    for (String party : stayed()) {
      Role before = from.participation(party).map(Participation::role).orElseThrow();
      Role after = to.participation(party).map(Participation::role).orElseThrow();
      if (before != after) {
        changes.put(party, ImmutableList.of(before, after));
      }
    }
    return changes.build();
  }

  /** Returns the host of the earlier edition, where it had one. */
  public Optional<String> hostBefore() {
    return from.host();
  }

  /** Returns the host of the later edition, where it had one. */
  public Optional<String> hostAfter() {
    return to.host();
  }

  /** Returns whether the host changed. */
  public boolean isHostChanged() {
    return !from.host().equals(to.host());
  }

  /** Returns whether the places changed (any field of any place: state, region, city or venue). */
  public boolean isPlaceChanged() {
    return !from.places().equals(to.places());
  }

  private List<List<String>> cells() {
    List<List<String>> cells = new ArrayList<>();
    cells.add(List.of("id", from.id(), to.id(), ""));
    cells.add(List.of("name", from.name(), to.name(), ""));
    cells.add(List.of("date", from.span().toString(), to.span().toString(), ""));
    cells.add(List.of("host", from.host().orElse("-"), to.host().orElse("-"), isHostChanged() ? "changed" : ""));
    cells.add(List.of("places", places(from.places()), places(to.places()), isPlaceChanged() ? "changed" : ""));
    cells.add(List.of("parties", parties(from), parties(to), ""));
    cells.add(List.of("joined", "", String.join(", ", joined()), ""));
    cells.add(List.of("left", String.join(", ", left()), "", ""));
    roleChanges().forEach((party, roles) -> cells.add(List.of("role of " + party,
        roles.get(0).name().toLowerCase(), roles.get(1).name().toLowerCase(), "changed")));
    return cells;
  }

  private static String places(List<Place> places) {
    return places.isEmpty() ? "-" : places.stream()
        .map(p -> p.city().or(p::region).map(c -> c + ", ").orElse("") + p.state())
        .distinct().collect(Collectors.joining("; "));
  }

  private static String parties(Event event) {
    return event.parties().stream().sorted().collect(Collectors.joining(", "));
  }

  private static final List<String> HEADERS = List.of("", "before", "after", "change");

  private String footer() {
    List<String> parts = new ArrayList<>();
    parts.add(joined().isEmpty() ? "none joined" : "joined: " + String.join(", ", joined()));
    parts.add(left().isEmpty() ? "none left" : "left: " + String.join(", ", left()));
    parts.add(isHostChanged() ? "host " + from.host().orElse("-") + " -> " + to.host().orElse("-")
        : "same host");
    return String.join("; ", parts);
  }

  /** Returns the difference as a Markdown table, with the sources of each edition. */
  public String toMarkdown() {
    List<List<String>> cells = cells();
    cells.add(List.of("sources", ResultTables.links(atlas, from.sources()), ResultTables.links(atlas, to.sources()),
        ""));
    return ResultTables.markdown(title, HEADERS, cells, footer());
  }

  /** Returns the difference as JSON: both editions, the parties that joined, left and changed role, and the host. */
  public String toJson() {
    ObjectNode root = ResultTables.jsonObject();
    root.put("comparison", title);
    root.set("before", edition(from));
    root.set("after", edition(to));
    ArrayNode joined = root.putArray("joined");
    joined().forEach(joined::add);
    ArrayNode left = root.putArray("left");
    left().forEach(left::add);
    ArrayNode stayed = root.putArray("stayed");
    stayed().forEach(stayed::add);
    ObjectNode roles = root.putObject("roleChanges");
    roleChanges().forEach((party, r) -> {
      ObjectNode change = roles.putObject(party);
      change.put("before", r.get(0).name());
      change.put("after", r.get(1).name());
    });
    root.put("hostChanged", isHostChanged());
    root.put("placeChanged", isPlaceChanged());
    return ResultTables.json(root);
  }

  private ObjectNode edition(Event event) {
    ObjectNode node = ResultTables.jsonObject();
    node.put("id", event.id());
    node.put("name", event.name());
    node.put("date", event.span().toString());
    event.host().ifPresent(h -> node.put("host", h));
    node.put("places", places(event.places()));
    ArrayNode parties = node.putArray("parties");
    event.participations().forEach(p -> parties.addObject().put("party", p.party()).put("role", p.role().name()));
    ResultTables.putSources(node, "sources", atlas, event.sources());
    return node;
  }

  /** Returns the difference as a plain-text table, for JShell. */
  @Override
  public String toString() {
    List<List<String>> cells = cells();
    return ResultTables.text(title, HEADERS, cells, java.util.Collections.nCopies(cells.size(), "  "), footer());
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof EditionDiff)) {
      return false;
    }
    EditionDiff that = (EditionDiff) other;
    return title.equals(that.title) && from.equals(that.from) && to.equals(that.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, from, to);
  }
}
