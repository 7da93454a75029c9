package io.github.c5atlas.bench;

import io.github.c5atlas.core.Atlas;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The indexed engine's index, reached by name so that these benchmarks compile and run against any build of the
 * DSL: {@code io.github.c5atlas.dsl.engine.EventIndex.of(Atlas)} where the engine has landed, nothing before. The
 * queries themselves always go through the public {@code Query.run(atlas)}, whatever engine is behind it.
 */
public final class Engine {
  static final String INDEX_CLASS = "io.github.c5atlas.dsl.engine.EventIndex";
  private static final Optional<Method> OF = find();

  private Engine() {}

  private static Optional<Method> find() {
    try {
      Method of = Class.forName(INDEX_CLASS).getMethod("of", Atlas.class);
      of.setAccessible(true);
      return Optional.of(of);
    } catch (ClassNotFoundException | NoSuchMethodException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Returns whether this build has the engine's index. */
  public static boolean hasIndex() {
    return OF.isPresent();
  }

  /** Builds (or fetches, if the engine caches it) the engine's index of an atlas; empty without an engine. */
  public static Optional<Object> index(Atlas atlas) {
    if (OF.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OF.get().invoke(null, atlas));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    }
  }
}
