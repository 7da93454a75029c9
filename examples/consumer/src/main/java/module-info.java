/** An app on the module path: it needs only the library's two module names. */
module io.github.c5atlas.consumer {
  requires io.github.c5atlas.core;
  requires io.github.c5atlas.dsl;

  exports io.github.c5atlas.consumer;
}
