package io.github.c5atlas.dsl.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import io.github.c5atlas.core.Atlas;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The versions of an atlas as its sources tell them ({@link Atlas#asReportedBy(String)}), each made once per atlas
 * and source, so that a query that runs {@code accordingTo} a source neither rebuilds that version nor its
 * {@link EventIndex} on every run.
 *
 * <pre>{@code
 * Atlas told = SourceVersions.of(atlas, "seed-article");   // the same instance on every call
 * }</pre>
 *
 * <p>A version is kept as long as its atlas is. This class is thread-safe.
 */
public final class SourceVersions {
  private static final LoadingCache<Atlas, ConcurrentMap<String, Atlas>> VERSIONS = CacheBuilder.newBuilder()
      .weakKeys().build(CacheLoader.from(atlas -> new ConcurrentHashMap<>()));

  private SourceVersions() {}

  /**
   * Returns the atlas as the source with this id tells it, made on the first call for this atlas and source.
   *
   * @throws IllegalArgumentException if the atlas has no source with this id
   */
  public static Atlas of(Atlas atlas, String sourceId) {
    requireNonNull(atlas, "atlas");
    requireNonNull(sourceId, "sourceId");
    return VERSIONS.getUnchecked(atlas).computeIfAbsent(sourceId, atlas::asReportedBy);
  }
}
