/** The c5atlas query DSL: the entry points, the query AST and text syntax, the indexed engine and results. */
module io.github.c5atlas.dsl {
  requires transitive io.github.c5atlas.core;
  requires roaringbitmap;
  requires static org.jspecify;

  exports io.github.c5atlas.dsl;
  exports io.github.c5atlas.dsl.engine;
}
