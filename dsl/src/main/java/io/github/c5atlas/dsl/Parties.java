package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableSortedSet;
import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.StateGroup;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The states a participation condition names: a group by its id ({@code CENTRAL_ASIA}), resolved in the atlas the
 * query runs on, or states by their codes. Prints as the group id or the codes separated by commas.
 */
final class Parties {
  private final Optional<String> group;
  private final ImmutableSortedSet<String> codes;

  private Parties(Optional<String> group, ImmutableSortedSet<String> codes) {
    this.group = group;
    this.codes = codes;
  }

  static Parties group(String id) {
    return new Parties(Optional.of(id), ImmutableSortedSet.of());
  }

  /**
   * Returns the parties of a group object: a group the library defines ({@code CENTRAL_ASIA}) is named and printed
   * by its id; any other group is taken as the states it holds now, so that a query means the same on every atlas,
   * whether that atlas has the group or not.
   */
  static Parties of(StateGroup group) {
    return group.equals(StateGroup.CENTRAL_ASIA) ? group(group.id()) : states(group.members());
  }

  static Parties states(Iterable<String> codes) {
    ImmutableSortedSet<String> set = ImmutableSortedSet.copyOf(codes);
    if (set.isEmpty()) {
      throw new IllegalArgumentException("name at least one state or a group");
    }
    return new Parties(Optional.empty(), set);
  }

  Optional<String> groupId() {
    return group;
  }

  ImmutableSortedSet<String> codes() {
    return codes;
  }

  /** Returns the codes of the states named, the group's members as the atlas has them. */
  Set<String> resolve(Atlas atlas) {
    if (group.isEmpty()) {
      return codes;
    }
    String id = group.get();
    Optional<StateGroup> found = atlas.group(id);
    if (found.isPresent()) {
      return found.get().members();
    }
    if (id.equals(StateGroup.CENTRAL_ASIA.id())) {
      return StateGroup.CENTRAL_ASIA.members();
    }
    throw new IllegalArgumentException("the atlas has no group '" + id + "'");
  }

  @Override
  public String toString() {
    return group.orElseGet(() -> String.join(", ", codes));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Parties && ((Parties) other).group.equals(group) && ((Parties) other).codes.equals(codes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, codes);
  }
}
