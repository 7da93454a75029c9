package io.github.c5atlas.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.io.ByteStreams;
import io.github.c5atlas.core.json.AtlasMappers;
import io.github.c5atlas.core.json.JsonLimits;
import io.github.c5atlas.core.json.JsonLocator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads atlases from JSON in the {@code c5atlas/1} format. Reading is all-or-nothing: a bad document gets one
 * {@link InvalidAtlasException} that lists every problem found with its JSON pointer, line and column, and never a
 * half-built atlas. Unknown fields are errors unless the reader ignores them, in which case the result says which
 * were ignored.
 *
 * <pre>{@code
 * ReadResult result = AtlasReader.ignoringUnknownFields().read(Path.of("theirs.json"));
 * result.ignored().forEach(System.err::println);   // /events/3/colour: unknown field 'colour' (line 40, column 7)
 * Atlas atlas = result.atlas();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AtlasReader {
  private static final AtlasReader STRICT = new AtlasReader(false, JsonLimits.DEFAULT);

  private final boolean ignoreUnknownFields;
  private final JsonLimits limits;
  private final JsonMapper mapper;

  private AtlasReader(boolean ignoreUnknownFields, JsonLimits limits) {
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.limits = requireNonNull(limits, "limits");
    this.mapper = AtlasMappers.reader(limits);
  }

  /** Returns a reader that rejects unknown fields, under the default limits. */
  public static AtlasReader strict() {
    return STRICT;
  }

  /** Returns a reader that ignores unknown fields and lists them in its result, under the default limits. */
  public static AtlasReader ignoringUnknownFields() {
    return new AtlasReader(true, JsonLimits.DEFAULT);
  }

  /** Returns a copy of this reader with other limits on size, depth and string length. */
  public AtlasReader withLimits(JsonLimits limits) {
    return limits.equals(this.limits) ? this : new AtlasReader(ignoreUnknownFields, limits);
  }

  /** Returns the limits under which this reader reads. */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Reads an atlas from a file.
   *
   * @throws InvalidAtlasException with every problem found
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadResult read(Path path) {
    String origin = path.toString();
    try {
      long size = Files.size(path);
      if (size > limits.maxDocumentBytes()) {
        throw tooLarge(origin, size);
      }
      return read(Files.readAllBytes(path), origin);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read atlas " + origin + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads an atlas from a stream, to its end; the stream is not closed.
   *
   * @param origin what the stream is, for error messages
   * @throws InvalidAtlasException with every problem found
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ReadResult read(InputStream in, String origin) {
    requireNonNull(in, "in");
    requireNonNull(origin, "origin");
    try {
      byte[] bytes = ByteStreams.toByteArray(ByteStreams.limit(in, limits.maxDocumentBytes() + 1));
      if (bytes.length > limits.maxDocumentBytes()) {
        throw tooLarge(origin, bytes.length);
      }
      return read(bytes, origin);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read atlas " + origin + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads an atlas from the bytes of a JSON document (UTF-8).
   *
   * @throws InvalidAtlasException with every problem found
   */
  public ReadResult read(byte[] document, String origin) {
    requireNonNull(document, "document");
    requireNonNull(origin, "origin");
    if (document.length > limits.maxDocumentBytes()) {
      throw tooLarge(origin, document.length);
    }
    if (document.length >= 3 && (document[0] & 0xFF) == 0xEF && (document[1] & 0xFF) == 0xBB
        && (document[2] & 0xFF) == 0xBF) {
      throw new InvalidAtlasException(origin, List.of(Problem.at("", 1, 1,
          "the document starts with a byte-order mark; write it as UTF-8 without one (RFC 8259)")));
    }
    List<Problem> unknownFields = new ArrayList<>();
    // the fast path binds a plainly right document in one pass; anything else is bound again by databind, which
    // finds, lists and locates every problem (or, ignoring unknown fields, lists them)
    AtlasDocument bound = StreamingBinder.bind(mapper, document).orElse(null);
    if (bound == null) {
      bound = bindWithDatabind(document, origin, unknownFields);
    }
    List<Problem> rejected = ignoreUnknownFields ? List.of() : unknownFields;
    if (bound == null) {
      // the JSON literal null binds to no document at all
      throw new InvalidAtlasException(origin, located(document,
          List.of(Problem.at("", "the document is null: an atlas is a JSON object"))));
    }
    if (!AtlasDocument.FORMAT.equals(bound.format())) {
      List<Problem> problems = new ArrayList<>(rejected);
      problems.addAll(located(document, List.of(Problem.at("/format",
          "unsupported format '" + bound.format() + "': this library reads '" + AtlasDocument.FORMAT + "'"))));
      throw new InvalidAtlasException(origin, problems);
    }
    Atlas atlas;
    try {
      atlas = Atlas.builder().origin(origin).addAll(bound).build();
    } catch (InvalidAtlasException e) {
      List<Problem> problems = new ArrayList<>(rejected);
      problems.addAll(located(document, e.problems()));
      throw new InvalidAtlasException(origin, problems);
    }
    if (!rejected.isEmpty()) {
      throw new InvalidAtlasException(origin, rejected);
    }
    return new ReadResult(atlas, ImmutableList.copyOf(unknownFields));
  }

  /** Binds with databind, collecting unknown fields; throws the located problems if the document does not bind. */
  private @Nullable AtlasDocument bindWithDatabind(byte[] document, String origin, List<Problem> unknownFields) {
    try {
      return mapper.readerFor(AtlasDocument.class)
          .withHandler(new UnknownFields(unknownFields, ""))
          .readValue(document);
    } catch (JacksonException e) {
      List<Problem> problems = new ArrayList<>(ignoreUnknownFields ? List.of() : unknownFields);
      problems.add(problemOf(e, document));
      // binding stopped at the first bad value: bind each element on its own to find the others too
      List<Problem> each = ElementProblems.find(mapper, document, !ignoreUnknownFields);
      throw new InvalidAtlasException(origin, each.size() > problems.size() ? each : problems);
    } catch (RuntimeException e) {
      // a value check that Jackson did not wrap: still the library's error, never a raw one
      List<Problem> problems = new ArrayList<>(ignoreUnknownFields ? List.of() : unknownFields);
      problems.add(Problem.at("", "invalid value: " + e.getMessage()));
      throw new InvalidAtlasException(origin, problems);
    }
  }

  private InvalidAtlasException tooLarge(String origin, long size) {
    return new InvalidAtlasException(origin, List.of(Problem.at("", "document of " + size
        + " bytes is larger than the limit of " + limits.maxDocumentBytes() + " bytes")));
  }

  private static List<Problem> located(byte[] document, List<Problem> problems) {
    Map<String, int[]> where = JsonLocator.locate(document,
        problems.stream().map(Problem::pointer).collect(Collectors.toList()));
    List<Problem> located = new ArrayList<>();
    for (Problem problem : problems) {
      int[] lineColumn = where.get(problem.pointer());
      located.add(lineColumn == null ? problem : problem.withLocation(lineColumn[0], lineColumn[1]));
    }
    return located;
  }

  private Problem problemOf(JacksonException e, byte[] document) {
    if (e instanceof StreamConstraintsException) {
      return exceeded(document, JsonMessages.clean(e));
    }
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        pointer.append('/').append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
      } else if (reference.getIndex() >= 0) {
        pointer.append('/').append(reference.getIndex());
      }
    }
    TokenStreamLocation location = e.getLocation();
    String message = JsonMessages.clean(e);
    if (location != null && location.getByteOffset() >= 0) {
      // Jackson's own path loses array indexes inside polymorphic lists, and a failed check is reported at the
      // end of its object: the text itself gives the pointer, and the pointer the start of the value
      Optional<String> found = JsonLocator.pointerAt(document, location.getByteOffset())
          .map(at -> withLastProperty(at, e.getPath()));
      if (found.isPresent() && e instanceof StreamReadException && !(e instanceof InputCoercionException)
          && location.getLineNr() >= 1) {
        // a syntax error is where the parser stopped, not at the start of the value around it (a number out of
        // range is a whole value, located at its start like any other bad value)
        return Problem.at(found.get(), location.getLineNr(), Math.max(1, location.getColumnNr()), message);
      }
      if (found.isPresent()) {
        int[] start = JsonLocator.locate(document, List.of(found.get())).get(found.get());
        return start == null ? Problem.at(found.get(), message) : Problem.at(found.get(), start[0], start[1], message);
      }
    }
    if (location == null || location.getLineNr() < 1) {
      return Problem.at(pointer.toString(), message);
    }
    return Problem.at(pointer.toString(), location.getLineNr(), Math.max(1, location.getColumnNr()), message);
  }

  /**
   * Locates a limit that was exceeded: the exception names no place, so the document is read again under the
   * same limits up to the token that exceeds one.
   */
  private Problem exceeded(byte[] document, String message) {
    JsonParser parser = mapper.createParser(document);
    try (parser) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          parser.getString(); // the length of a string is checked only when its text is read
        }
      }
    } catch (JacksonException limit) {
      // the parser stands where the limit was exceeded
    }
    TokenStreamLocation at = parser.currentTokenLocation();
    String pointer = parser.streamReadContext().pathAsPointer().toString();
    return at.getLineNr() < 1 ? Problem.at(pointer, message)
        : Problem.at(pointer, at.getLineNr(), Math.max(1, at.getColumnNr()), message);
  }

  /**
   * Returns the pointer found from the text, with the property Jackson was binding added when the text's pointer
   * stops at the enclosing object (as it does for a number out of range inside a value built by a creator).
   */
  private static String withLastProperty(String pointer, List<JacksonException.Reference> path) {
    if (path.isEmpty()) {
      return pointer;
    }
    String name = path.get(path.size() - 1).getPropertyName();
    if (name == null) {
      return pointer;
    }
    String segment = name.replace("~", "~0").replace("/", "~1");
    return List.of(pointer.split("/")).contains(segment) ? pointer : pointer + "/" + segment;
  }


}
