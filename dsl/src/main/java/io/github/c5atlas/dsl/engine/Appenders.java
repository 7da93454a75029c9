package io.github.c5atlas.dsl.engine;

import java.util.HashMap;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/** Bitmaps by key while an index is built: each appended to in ascending order of events. */
final class Appenders<K> {
  private final Map<K, RoaringBitmapWriter<RoaringBitmap>> writers = new HashMap<>();

  void add(K key, int event) {
    writers.computeIfAbsent(key, k -> RoaringBitmapWriter.writer().get()).add(event);
  }

  Map<K, RoaringBitmap> build() {
    Map<K, RoaringBitmap> bitmaps = new HashMap<>();
    writers.forEach((key, writer) -> bitmaps.put(key, writer.get()));
    return bitmaps;
  }
}
