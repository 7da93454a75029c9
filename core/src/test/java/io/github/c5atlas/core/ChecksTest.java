package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.core.time.FuzzySpan;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The syntax checks are loops over the characters, for speed: each must say what its regular expression says, on
 * hand-picked edges and on 200,000 seeded random strings (the seed is printed on failure).
 */
class ChecksTest {
  private static final long SEED = Long.getLong("c5atlas.seed", 20251020L);

  @Test
  void idIsWhatItsExpressionSays() {
    sameAs("[a-z0-9][a-z0-9-]{0,79}", Checks::isId,
        List.of("", "a", "0", "-", "-a", "a-", "birlik-2025", "A", "a_b", "a".repeat(80), "a".repeat(81), "é"));
  }

  @Test
  void stateCodeIsWhatItsExpressionSays() {
    sameAs("[A-Z]{2}", Checks::isStateCode, List.of("", "K", "KZ", "KZ ", "kz", "KZZ", "K1"));
  }

  @Test
  void groupIdIsWhatItsExpressionSays() {
    sameAs("[A-Z][A-Z0-9_]{0,39}", Checks::isGroupId,
        List.of("", "C", "CENTRAL_ASIA", "_A", "1A", "A".repeat(40), "A".repeat(41), "A-B"));
  }

  @Test
  void languageIsWhatItsExpressionSays() {
    sameAs("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", Checks::isLanguage, List.of("", "e", "en", "eng", "engl", "en-",
        "en-US", "en-U", "uz-Latn-UZ", "en-123456789", "en-12345678", "en--US", "EN", "-en", "en-US-"));
  }

  @Test
  void anEventWithManyPartiesIsCheckedForDuplicatesToo() {
    Meeting.Builder many = Meeting.builder().id("big").putName("en", "Big").span(FuzzySpan.ongoing(FuzzyDate.parse("2025")))
        .level(Level.EXPERT).addSource("s");
    for (int i = 0; i < 40; i++) {
      many.addParticipation(Participation.builder().party("A" + (char) ('A' + i % 26) + i).role(Role.PARTICIPANT)
          .build());
    }
    assertThat(many.build().participations()).hasSize(40);
    many.addParticipation(Participation.builder().party("AA0").role(Role.GUEST).build());
    assertThatIllegalArgumentException().isThrownBy(many::build).withMessage("event big lists party AA0 twice");
  }

  @Test
  void aHostOutsideTheListedPartiesIsNamedWithThem() {
    assertThatIllegalArgumentException().isThrownBy(() -> Meeting.builder().id("m").putName("en", "M")
            .span(FuzzySpan.ongoing(FuzzyDate.parse("2025"))).level(Level.EXPERT).addSource("s").host("UZ")
            .participations(ImmutableList.of(Participation.builder().party("KZ").role(Role.HOST).build()))
            .build())
        .withMessage("event m names host UZ, which is not among its parties [KZ]");
  }

  @Test
  void namesAreCheckedWithMessagesThatSayWhose() {
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.names("person", "p", ImmutableMap.of("ru", "П")))
        .withMessage("person p must have an English name (key 'en'), has [ru]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.names("person", "p", ImmutableMap.of("en", "P", "RU", "П")))
        .withMessageContaining("language of a name of person p 'RU'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.names("forum", "f", ImmutableMap.of("en", " ")))
        .withMessage("name of forum f in 'en' must not be blank");
  }

  private static void sameAs(String regex, Predicate<String> check, List<String> edges) {
    Pattern pattern = Pattern.compile(regex);
    for (String edge : edges) {
      assertThat(check.test(edge)).as("'%s' against %s", edge, regex).isEqualTo(pattern.matcher(edge).matches());
    }
    String alphabet = "aezAZ09-_é ";
    Random random = new Random(SEED);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(i % 10 == 0 ? 90 : 8);
      for (int c = 0; c < length; c++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertThat(check.test(s)).as("'%s' against %s (seed %d, case %d)", s, regex, SEED, i)
          .isEqualTo(pattern.matcher(s).matches());
    }
  }
}
