package io.github.c5atlas.dsl;

import static java.util.Objects.requireNonNull;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Discrepancy;
import io.github.c5atlas.core.time.Truth;
import java.util.Objects;

/**
 * A property of a discrepancy between a source's report and the curated view: which source reported it, what it
 * is about, which field differs. Prints as {@code reportedBy("seed-article")}, {@code about("birlik-2025")} or
 * {@code field(SPAN)}.
 *
 * <pre>{@code
 * discrepancies().where(reportedBy("seed-article").and(field(Discrepancy.Field.PARTICIPANTS)))
 * }</pre>
 */
final class Disputed extends Condition<Discrepancy> {
  /** The properties, each with its method name and whether its value prints quoted. */
  enum Property {
    REPORTED_BY("reportedBy", true),
    ABOUT("about", true),
    FIELD("field", false);

    final String methodName;
    final boolean quoted;

    Property(String methodName, boolean quoted) {
      this.methodName = methodName;
      this.quoted = quoted;
    }
  }

  private final Property property;
  private final String value;

  Disputed(Property property, String value) {
    this.property = requireNonNull(property, "property");
    this.value = requireNonNull(value, "value");
    if (property == Property.FIELD) {
      Discrepancy.Field.valueOf(value);
    }
  }

  Property property() {
    return property;
  }

  String value() {
    return value;
  }

  @Override
  Truth evaluate(Discrepancy row, Atlas atlas) {
    switch (property) {
      case REPORTED_BY:
        return Truth.of(row.reportSource().equals(value));
      case ABOUT:
        return Truth.of(row.about().equals(value));
      case FIELD:
        return Truth.of(row.field().name().equals(value));
      default:
        throw new AssertionError(property);
    }
  }

  @Override
  Class<?> rowType() {
    return Discrepancy.class;
  }

  @Override
  <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitDisputed(this);
  }

  @Override
  public String toString() {
    return property.methodName + "(" + (property.quoted ? Literals.quote(value) : value) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Disputed && ((Disputed) other).property == property
        && ((Disputed) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(property, value);
  }
}
