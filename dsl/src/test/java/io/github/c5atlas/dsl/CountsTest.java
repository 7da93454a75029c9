package io.github.c5atlas.dsl;

import static io.github.c5atlas.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CountsTest {
  private final Result<io.github.c5atlas.core.Event> all = events().run(Fixtures.SMALL);

  @Nested
  class Keys {
    @Test
    void byStateCountsAnEventOnceForEachStateInAnyRole() {
      assertThat(all.countBy(GroupKey.STATE).asMap())
          .containsExactly(entry("KZ", 3), entry("KG", 2), entry("UZ", 2), entry("AZ", 1), entry("RU", 1),
              entry("TJ", 1));
    }

    @Test
    void byYearIsInAscendingOrderOfYear() {
      assertThat(all.countBy(GroupKey.YEAR).asMap()).containsExactly(entry("2024", 2), entry("2025", 1));
    }

    @Test
    void byForumNamesEventsOfNoForum() {
      assertThat(all.countBy(GroupKey.FORUM).asMap()).containsExactly(entry("(none)", 2), entry("forum-a", 1));
    }

    @Test
    void byKind() {
      assertThat(all.countBy(GroupKey.KIND).asMap()).containsExactly(entry("exercise", 2), entry("meeting", 1));
    }

    @Test
    void fuzzyYearsCountInTheFirstYearTheStartAllows() {
      assertThat(GroupKey.year(io.github.c5atlas.core.time.FuzzySpan.on(date("2021~")))).isEqualTo("2020");
      assertThat(GroupKey.year(io.github.c5atlas.core.time.FuzzySpan.ongoing(date("../2025-05-28"))))
          .isEqualTo("../2025");
    }
  }

  @Test
  void countsAndEventsOfAKey() {
    Counts counts = all.countBy(GroupKey.STATE);
    assertThat(counts.count("KZ")).isEqualTo(3);
    assertThat(counts.count("TM")).isZero();
    assertThat(counts.events("UZ")).containsExactly("m-2024", "x-2024");
    assertThat(counts.events("TM")).isEmpty();
    assertThat(counts.rows()).isEqualTo(3);
    assertThat(counts.uncertain()).isEmpty();
  }

  @Test
  void onlyEventRowsCanBeCounted() {
    assertThatThrownBy(() -> states().run(Fixtures.SMALL).countBy(GroupKey.STATE))
        .isInstanceOf(IllegalStateException.class).hasMessage("countBy(STATE) needs event rows, not states");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(all.countBy(GroupKey.KIND), events().run(Fixtures.SMALL).countBy(GroupKey.KIND))
        .addEqualityGroup(all.countBy(GroupKey.YEAR))
        .testEquals();
  }

  @Nested
  class Golden {
    @Test
    void text() {
      assertThat(all.countBy(GroupKey.STATE).toString()).isEqualTo(String.join("\n",
          "countBy(STATE) of events",
          "  state  count  events",
          "  -----  -----  ----------------------",
          "  KZ     3      m-2024, x-2024, x-2025",
          "  KG     2      m-2024, x-2025",
          "  UZ     2      m-2024, x-2024",
          "  AZ     1      m-2024",
          "  RU     1      x-2024",
          "  TJ     1      x-2025",
          "6 keys, 3 events"));
    }

    @Test
    void markdown() {
      assertThat(all.countBy(GroupKey.YEAR).toMarkdown()).isEqualTo(String.join("\n",
          "`countBy(YEAR) of events`",
          "",
          "| year | count | events |",
          "| --- | --- | --- |",
          "| 2024 | 2 | m-2024, x-2024 |",
          "| 2025 | 1 | x-2025 |",
          "",
          "2 keys, 3 events",
          ""));
    }

    @Test
    void json() {
      assertThat(all.countBy(GroupKey.KIND).toJson()).isEqualToIgnoringWhitespace("{"
          + "\"query\":\"events\",\"groupBy\":\"KIND\",\"counts\":["
          + "{\"key\":\"exercise\",\"count\":2,\"events\":[\"x-2024\",\"x-2025\"]},"
          + "{\"key\":\"meeting\",\"count\":1,\"events\":[\"m-2024\"]}],"
          + "\"rows\":3,\"uncertain\":[]}");
    }
  }

  private static java.util.Map.Entry<String, Integer> entry(String key, int count) {
    return java.util.Map.entry(key, count);
  }
}
