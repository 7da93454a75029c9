package io.github.c5atlas.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The top level of the JSON format, {@code c5atlas/1}: the lists of an atlas, in the order they are written. */
@Value.Immutable
@JsonSerialize(as = ImmutableAtlasDocument.class)
@JsonDeserialize(as = ImmutableAtlasDocument.class)
@JsonPropertyOrder({"format", "sources", "states", "groups", "people", "forums", "events", "reports"})
interface AtlasDocument {
  String FORMAT = "c5atlas/1";

  String format();

  ImmutableList<Source> sources();

  ImmutableList<State> states();

  ImmutableList<StateGroup> groups();

  ImmutableList<Person> people();

  ImmutableList<Forum> forums();

  ImmutableList<Event> events();

  ImmutableList<Report> reports();
}
