/**
 * The c5atlas model, its fuzzy dates, the {@code Atlas} container with its JSON format, and the bundled atlas.
 * Jackson binds the model's generated value classes by reflection, hence the {@code opens}.
 */
module io.github.c5atlas.core {
  requires transitive com.google.common;
  requires transitive tools.jackson.databind;
  requires tools.jackson.datatype.guava;
  requires com.fasterxml.jackson.annotation;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports io.github.c5atlas.core;
  exports io.github.c5atlas.core.time;
  exports io.github.c5atlas.core.json;

  opens io.github.c5atlas.core to tools.jackson.databind;
}
