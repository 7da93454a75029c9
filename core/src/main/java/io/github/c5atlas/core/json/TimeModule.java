package io.github.c5atlas.core.json;

import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.core.time.FuzzySpan;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes a {@link FuzzyDate} as its EDTF string and a {@link FuzzySpan} as {@code {"start": .., "end": ..}}, the end
 * left out when the span is ongoing; reads them back with an error that names the bad text.
 */
final class TimeModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  TimeModule() {
    super("c5atlas-time");
    addSerializer(FuzzyDate.class, new DateSerializer());
    addDeserializer(FuzzyDate.class, new DateDeserializer());
    addSerializer(FuzzySpan.class, new SpanSerializer());
    addDeserializer(FuzzySpan.class, new SpanDeserializer());
  }

  private static final class DateSerializer extends ValueSerializer<FuzzyDate> {
    @Override
    public void serialize(FuzzyDate value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.toString());
    }
  }

  private static final class DateDeserializer extends ValueDeserializer<FuzzyDate> {
    @Override
    public FuzzyDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (FuzzyDate) ctxt.handleUnexpectedToken(FuzzyDate.class, p);
      }
      return parse(p.getString(), ctxt);
    }
  }

  static FuzzyDate parse(String text, DeserializationContext ctxt) {
    try {
      return FuzzyDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ctxt.weirdStringException(text, FuzzyDate.class, e.getMessage());
    }
  }

  private static final class SpanSerializer extends ValueSerializer<FuzzySpan> {
    @Override
    public void serialize(FuzzySpan value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      gen.writeStringProperty("start", value.start().toString());
      Optional<FuzzyDate> end = value.end();
      if (end.isPresent()) {
        gen.writeStringProperty("end", end.get().toString());
      }
      gen.writeEndObject();
    }
  }

  private static final class SpanDeserializer extends ValueDeserializer<FuzzySpan> {
    @Override
    public FuzzySpan deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.isExpectedStartObjectToken()) {
        return (FuzzySpan) ctxt.handleUnexpectedToken(FuzzySpan.class, p);
      }
      FuzzyDate start = null;
      FuzzyDate end = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken token = p.nextToken();
        if (!name.equals("start") && !name.equals("end")) {
          ctxt.handleUnknownProperty(p, this, FuzzySpan.class, name);
          continue;
        }
        if (token != JsonToken.VALUE_STRING) {
          return (FuzzySpan) ctxt.handleUnexpectedToken(FuzzyDate.class, p);
        }
        FuzzyDate date = parse(p.getString(), ctxt);
        if (name.equals("start")) {
          start = date;
        } else {
          end = date;
        }
      }
      if (start == null) {
        return (FuzzySpan) ctxt.reportInputMismatch(FuzzySpan.class, "a span needs a \"start\" date");
      }
      try {
        return end == null ? FuzzySpan.ongoing(start) : FuzzySpan.of(start, end);
      } catch (IllegalArgumentException e) {
        return (FuzzySpan) ctxt.reportInputMismatch(FuzzySpan.class, e.getMessage());
      }
    }
  }
}
