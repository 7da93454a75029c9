package io.github.c5atlas.core.json;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.ObjectReadContext;

/**
 * Finds the line and column of JSON pointers in a document in one streaming pass, so that problems found in the
 * bound values can say where in the text they are without the model holding locations.
 */
public final class JsonLocator {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonLocator() {}

  /**
   * Returns, for each pointer found in the document, its line and column (from 1) as {@code {line, column}}. A
   * pointer that names no value (a missing field) is located at its nearest enclosing value.
   */
  public static ImmutableMap<String, int[]> locate(byte[] document, Collection<String> pointers) {
    Set<String> wanted = new HashSet<>();
    for (String pointer : pointers) {
      for (String p = pointer; ; p = parent(p)) {
        wanted.add(p);
        if (p.isEmpty()) {
          break;
        }
      }
    }
    Map<String, int[]> found = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), document)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = pointerOf(parser, token);
        if (wanted.contains(pointer) && !found.containsKey(pointer)) {
          TokenStreamLocation location = parser.currentTokenLocation();
          found.put(pointer, new int[] {location.getLineNr(), location.getColumnNr()});
        }
      }
    } catch (JacksonException e) {
      // the document was read once already; a problem here only means fewer locations
    }
    Map<String, int[]> result = new HashMap<>();
    for (String pointer : pointers) {
      for (String p = pointer; ; p = parent(p)) {
        int[] location = found.get(p);
        if (location != null) {
          result.put(pointer, location);
          break;
        }
        if (p.isEmpty()) {
          break;
        }
      }
    }
    return ImmutableMap.copyOf(result);
  }

  /**
   * Returns the JSON pointer of the token that starts at the given byte offset, or else of the last token before
   * it; empty if the document cannot be read that far.
   */
  public static java.util.Optional<String> pointerAt(byte[] document, long byteOffset) {
    String last = null;
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), document)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        long offset = parser.currentTokenLocation().getByteOffset();
        if (offset > byteOffset) {
          break;
        }
        last = token == JsonToken.PROPERTY_NAME ? parser.streamReadContext().pathAsPointer().toString()
            : pointerOf(parser, token);
        if (offset == byteOffset) {
          break;
        }
      }
    } catch (JacksonException e) {
      // the pointer of the last token read is the best answer
    }
    return java.util.Optional.ofNullable(last);
  }

  private static String pointerOf(JsonParser parser, JsonToken token) {
    if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
      // the parser is back in the parent, whose current entry is the container just closed
      return parser.streamReadContext().pathAsPointer().toString();
    }
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      // the parser is inside the new container; its parent context holds the container's own path
      return parser.streamReadContext().getParent() == null
          ? ""
          : parser.streamReadContext().getParent().pathAsPointer().toString();
    }
    return parser.streamReadContext().pathAsPointer().toString();
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }
}
