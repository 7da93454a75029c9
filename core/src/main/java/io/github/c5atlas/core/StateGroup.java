package io.github.c5atlas.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Objects;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A named set of states. "External party" always means: outside a group.
 *
 * <pre>{@code
 * StateGroup.CENTRAL_ASIA.members();          // [KG, KZ, TJ, TM, UZ]
 * StateGroup.CENTRAL_ASIA.contains("AZ");     // false: Azerbaijan is external to Central Asia
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStateGroup.class)
@JsonDeserialize(as = ImmutableStateGroup.class)
@JsonPropertyOrder({"id", "names", "aliases", "members"})
public interface StateGroup extends Named {
  /** The five Central Asian states: Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. */
  StateGroup CENTRAL_ASIA = builder().id("CENTRAL_ASIA").putName("en", "Central Asia")
      .putName("ru", "Центральная Азия").putName("ar", "آسيا الوسطى")
      .addMembers("KZ", "KG", "TJ", "TM", "UZ").build();

  /** Returns the id, an uppercase constant name such as {@code CENTRAL_ASIA}. */
  @Override
  String id();

  @Override
  ImmutableMap<String, String> names();

  @Override
  ImmutableList<String> aliases();

  /** Returns the codes of the member states, sorted. */
  @Value.NaturalOrder
  ImmutableSortedSet<String> members();

  /** Returns whether the state with this code belongs to the group. */
  default boolean contains(String stateCode) {
    return members().contains(Objects.requireNonNull(stateCode, "stateCode"));
  }

  /** Obtains an unnamed group of the given states, whose id is their codes joined by underscores. */
  static StateGroup of(State... states) {
    String[] codes = Arrays.stream(states).map(State::code).sorted().toArray(String[]::new);
    return builder().id(String.join("_", codes)).putName("en", String.join(", ", codes)).addMembers(codes).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StateGroup}; {@code build()} checks it. */
  final class Builder extends ImmutableStateGroup.Builder {}

  @Value.Check
  default void check() {
    Checks.groupId(id());
    Checks.names("group", id(), names());
    checkArgument(!members().isEmpty(), "group %s has no members", id());
    members().forEach(code -> Checks.stateCode("member of group " + id(), code));
  }
}
