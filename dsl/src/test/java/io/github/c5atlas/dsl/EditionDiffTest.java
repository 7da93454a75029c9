package io.github.c5atlas.dsl;

import static io.github.c5atlas.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.c5atlas.core.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EditionDiffTest {
  private final EditionDiff diff = EditionDiff.of(Fixtures.SMALL, "x-2024", "x-2025");

  @Test
  void whoJoinedLeftAndStayed() {
    assertThat(diff.joined()).containsExactly("KG", "TJ");
    assertThat(diff.left()).containsExactly("RU", "UZ");
    assertThat(diff.stayed()).containsExactly("KZ");
    assertThat(diff.roleChanges()).isEmpty();
  }

  @Test
  void hostAndPlace() {
    assertThat(diff.hostBefore()).contains("UZ");
    assertThat(diff.hostAfter()).contains("KG");
    assertThat(diff.isHostChanged()).isTrue();
    assertThat(diff.isPlaceChanged()).isTrue();
    assertThat(diff.from().id()).isEqualTo("x-2024");
    assertThat(diff.to().span().toString()).isEqualTo("2025-06 to 2025-06");
  }

  @Test
  void roleChanges() {
    EditionDiff summit = EditionDiff.of(Fixtures.SMALL, "m-2024", "x-2024");
    assertThat(summit.roleChanges()).containsOnlyKeys("KZ", "UZ");
    assertThat(summit.roleChanges().get("UZ")).isEqualTo(ImmutableList.of(Role.PARTICIPANT, Role.HOST));
  }

  @Test
  void anUnknownEventIsAnError() {
    assertThatThrownBy(() -> EditionDiff.of(Fixtures.SMALL, "x-2024", "x-2026"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the atlas has no event 'x-2026'");
  }

  @Nested
  class Comparisons {
    @Test
    void printAsTheCallThatBuildsThem() {
      assertThat(compare(event("x-2024"), event("x-2025")).toString())
          .isEqualTo("compare(event(\"x-2024\"), event(\"x-2025\"))");
      assertThat(compare(event("x-2024"), event("x-2025")).accordingTo("s2").toString())
          .isEqualTo("compare(event(\"x-2024\"), event(\"x-2025\")) accordingTo(\"s2\")");
    }

    @Test
    void runAsOf() {
      assertThat(compare(event("x-2024"), event("x-2025")).run(Fixtures.SMALL)).isEqualTo(diff);
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(compare(event("a"), event("b")), compare(event("a"), event("b")))
          .addEqualityGroup(compare(event("b"), event("a")))
          .addEqualityGroup(compare(event("a"), event("b")).accordingTo("s1"))
          .testEquals();
    }
  }

  @Nested
  class Golden {
    @Test
    void text() {
      assertThat(diff.toString()).isEqualTo("""
          compare(event("x-2024"), event("x-2025"))
                     before                    after               change
            -------  ------------------------  ------------------  -------
            id       x-2024                    x-2025
            name     Exercise #1               Exercise #2
            date     2024-06-10 to 2024-06-14  2025-06 to 2025-06
            host     UZ                        KG                  changed
            places   Termez, UZ                Bishkek, KG         changed
            parties  KZ, RU, UZ                KG, KZ, TJ
            joined                             KG, TJ
            left     RU, UZ
          joined: KG, TJ; left: RU, UZ; host UZ -> KG""");
    }

    @Test
    void markdownLinksTheSourcesOfEachEdition() {
      assertThat(diff.toMarkdown()).isEqualTo("""
          `compare(event("x-2024"), event("x-2025"))`

          |  | before | after | change |
          | --- | --- | --- | --- |
          | id | x-2024 | x-2025 |  |
          | name | Exercise #1 | Exercise #2 |  |
          | date | 2024-06-10 to 2024-06-14 | 2025-06 to 2025-06 |  |
          | host | UZ | KG | changed |
          | places | Termez, UZ | Bishkek, KG | changed |
          | parties | KZ, RU, UZ | KG, KZ, TJ |  |
          | joined |  | KG, TJ |  |
          | left | RU, UZ |  |  |
          | sources | [s1](https://example.org/1), s2 | s2 |  |

          joined: KG, TJ; left: RU, UZ; host UZ -> KG
          """);
    }

    @Test
    void json() {
      assertThat(diff.toJson()).contains("""
            "joined" : [ "KG", "TJ" ],
            "left" : [ "RU", "UZ" ],
            "stayed" : [ "KZ" ],
            "roleChanges" : { },
            "hostChanged" : true,
            "placeChanged" : true
          }""");
    }
  }
}
