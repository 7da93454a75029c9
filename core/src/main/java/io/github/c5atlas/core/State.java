package io.github.c5atlas.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A state, identified by its ISO 3166-1 alpha-2 code, with its names by language and the other spellings sources
 * use.
 *
 * <pre>{@code
 * State.UZ.name();        // Uzbekistan
 * State.UZ.name("ru");    // Optional[Узбекистан]
 * }</pre>
 *
 * <p>The constants are the states of the bundled atlas, equal to the values {@link Atlas#bundled()} holds.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableState.class)
@JsonDeserialize(as = ImmutableState.class)
@JsonPropertyOrder({"code", "names", "aliases"})
public interface State extends Named {
  /** Kazakhstan. */
  State KZ = of("KZ", "Kazakhstan", "Казахстан", "كازاخستان");
  /** Kyrgyzstan. */
  State KG = of("KG", "Kyrgyzstan", "Киргизия", "قيرغيزستان");
  /** Tajikistan. */
  State TJ = of("TJ", "Tajikistan", "Таджикистан", "طاجيكستان");
  /** Turkmenistan. */
  State TM = of("TM", "Turkmenistan", "Туркмения", "تركمانستان");
  /** Uzbekistan. */
  State UZ = of("UZ", "Uzbekistan", "Узбекистан", "أوزبكستان");
  /** Azerbaijan. */
  State AZ = of("AZ", "Azerbaijan", "Азербайджан", "أذربيجان");
  /** Russia. */
  State RU = of("RU", "Russia", "Россия", "روسيا");
  /** Belarus. */
  State BY = of("BY", "Belarus", "Белоруссия", "بيلاروسيا");
  /** China. */
  State CN = of("CN", "China", "Китай", "الصين");
  /** Armenia. */
  State AM = of("AM", "Armenia", "Армения", "أرمينيا");
  /** India. */
  State IN = of("IN", "India", "Индия", "الهند");
  /** Pakistan. */
  State PK = of("PK", "Pakistan", "Пакистан", "باكستان");
  /** Iran. */
  State IR = of("IR", "Iran", "Иран", "إيران");
  /** The United States. */
  State US = of("US", "United States", "США", "الولايات المتحدة");

  /** Returns the ISO 3166-1 alpha-2 code, for example {@code UZ}. */
  String code();

  /** Returns the code: a state's id is its code. */
  @Override
  default String id() {
    return code();
  }

  @Override
  ImmutableMap<String, String> names();

  @Override
  ImmutableList<String> aliases();

  /** Obtains a state from its code and its English, Russian and Arabic names. */
  static State of(String code, String english, String russian, String arabic) {
    return builder().code(code).putName("en", english).putName("ru", russian).putName("ar", arabic).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link State}; {@code build()} checks it. */
  final class Builder extends ImmutableState.Builder {}

  @Value.Check
  default void check() {
    Checks.stateCode("state code", code());
    Checks.names("state", code(), names());
  }
}
