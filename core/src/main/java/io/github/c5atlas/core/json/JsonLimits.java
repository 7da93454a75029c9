package io.github.c5atlas.core.json;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The limits under which an atlas document is read, so that a hostile file fails fast: its size in bytes, how deep
 * it nests, how long one string may be, how many digits one number may have.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonLimits {
  /** 512 MiB, 64 levels, 1 MiB strings, 20 digits. */
  public static final JsonLimits DEFAULT = new JsonLimits(512L << 20, 64, 1 << 20, 20);

  private final long maxDocumentBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNumberLength;

  private JsonLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength) {
    checkArgument(maxDocumentBytes > 0, "maxDocumentBytes must be positive: %s", maxDocumentBytes);
    checkArgument(maxDepth >= 8, "maxDepth must be at least 8 (the format itself nests 6 deep): %s", maxDepth);
    checkArgument(maxStringLength > 0, "maxStringLength must be positive: %s", maxStringLength);
    checkArgument(maxNumberLength > 0, "maxNumberLength must be positive: %s", maxNumberLength);
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
  }

  /** Returns the largest document read, in bytes. */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** Returns the deepest nesting of objects and arrays read. */
  public int maxDepth() {
    return maxDepth;
  }

  /** Returns the longest string read, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** Returns the longest number read, in digits. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** Returns a copy of these limits with the given largest document size in bytes. */
  public JsonLimits withMaxDocumentBytes(long bytes) {
    return bytes == maxDocumentBytes ? this : new JsonLimits(bytes, maxDepth, maxStringLength, maxNumberLength);
  }

  /** Returns a copy of these limits with the given deepest nesting. */
  public JsonLimits withMaxDepth(int depth) {
    return depth == maxDepth ? this : new JsonLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength);
  }

  /** Returns a copy of these limits with the given longest string. */
  public JsonLimits withMaxStringLength(int length) {
    return length == maxStringLength ? this : new JsonLimits(maxDocumentBytes, maxDepth, length, maxNumberLength);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonLimits
        && ((JsonLimits) other).maxDocumentBytes == maxDocumentBytes
        && ((JsonLimits) other).maxDepth == maxDepth
        && ((JsonLimits) other).maxStringLength == maxStringLength
        && ((JsonLimits) other).maxNumberLength == maxNumberLength;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(maxDocumentBytes) * 31 * 31 * 31 + maxDepth * 31 * 31 + maxStringLength * 31 + maxNumberLength;
  }

  @Override
  public String toString() {
    return "JsonLimits[maxDocumentBytes=" + maxDocumentBytes + ", maxDepth=" + maxDepth + ", maxStringLength="
        + maxStringLength + ", maxNumberLength=" + maxNumberLength + "]";
  }
}
