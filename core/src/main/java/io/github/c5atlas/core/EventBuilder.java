package io.github.c5atlas.core;

import io.github.c5atlas.core.time.FuzzySpan;

/**
 * The setters of the fields every kind of {@link Event} has, which the builders of {@link Meeting}, {@link Exercise}
 * and {@link Agreement} share (each inherits them from its generated builder), so that code filling any of them,
 * such as the streaming reader, is written once.
 *
 * @param <B> the builder itself
 */
interface EventBuilder<B extends EventBuilder<B>> {
  B id(String id);

  B putName(String language, String name);

  B addAlias(String alias);

  B status(EventStatus status);

  B span(FuzzySpan span);

  B addPlace(Place place);

  B host(String host);

  B forum(String forum);

  B addParticipation(Participation participation);

  B addTag(String tag);

  B addStatement(Statement statement);

  B addSource(String source);
}
