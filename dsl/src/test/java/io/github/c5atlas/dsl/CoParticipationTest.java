package io.github.c5atlas.dsl;

import static io.github.c5atlas.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.c5atlas.core.StateGroup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoParticipationTest {
  private final CoParticipation matrix = events().run(Fixtures.SMALL).coParticipation(CENTRAL_ASIA);

  @Test
  void countsEventsBothStatesAttendedInAnyRole() {
    assertThat(matrix.states()).containsExactly("KG", "KZ", "TJ", "TM", "UZ");
    assertThat(matrix.count(KZ, UZ)).isEqualTo(2);
    assertThat(matrix.count("UZ", "KZ")).isEqualTo(2);
    assertThat(matrix.events("KZ", "UZ")).containsExactly("m-2024", "x-2024");
    assertThat(matrix.count(TJ, UZ)).isZero();
    assertThat(matrix.count(TM, KZ)).isZero();
  }

  @Test
  void theDiagonalIsTheEventsEachAttended() {
    assertThat(matrix.count(KZ, KZ)).isEqualTo(3);
    assertThat(matrix.count(TM, TM)).isZero();
  }

  @Test
  void aStateOutsideTheGroupIsAnError() {
    assertThatThrownBy(() -> matrix.count(RU, KZ)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RU is not in the group CENTRAL_ASIA [KG, KZ, TJ, TM, UZ]");
  }

  @Test
  void anyGroupOfStates() {
    CoParticipation pair = events().run(Fixtures.SMALL).coParticipation(StateGroup.of(KZ, RU));
    assertThat(pair.group()).isEqualTo("KZ_RU");
    assertThat(pair.count(KZ, RU)).isEqualTo(1);
  }

  @Test
  void onlyEventRowsHaveAMatrix() {
    assertThatThrownBy(() -> people().run(Fixtures.SMALL).coParticipation(CENTRAL_ASIA))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(matrix, events().run(Fixtures.SMALL).coParticipation(CENTRAL_ASIA))
        .addEqualityGroup(meetings().run(Fixtures.SMALL).coParticipation(CENTRAL_ASIA))
        .testEquals();
  }

  @Nested
  class Golden {
    @Test
    void text() {
      assertThat(matrix.toString()).isEqualTo("""
          coParticipation(CENTRAL_ASIA) of events
                KG  KZ  TJ  TM  UZ
            --  --  --  --  --  --
            KG  2   2   1   0   1
            KZ  2   3   1   0   2
            TJ  1   1   1   0   0
            TM  0   0   0   0   0
            UZ  1   2   0   0   2
          events both states attended, in any role; on the diagonal, the events each attended""");
    }

    @Test
    void mermaid() {
      assertThat(matrix.toMermaid()).isEqualTo("""
          graph LR
            KG["Kyrgyzstan"]
            KZ["Kazakhstan"]
            TJ["Tajikistan"]
            TM["Turkmenistan"]
            UZ["Uzbekistan"]
            KG ---|2| KZ
            KG ---|1| TJ
            KG ---|1| UZ
            KZ ---|1| TJ
            KZ ---|2| UZ
          """);
    }

    @Test
    void markdown() {
      assertThat(matrix.toMarkdown()).isEqualTo("""
          `coParticipation(CENTRAL_ASIA) of events`

          |  | KG | KZ | TJ | TM | UZ |
          | --- | --- | --- | --- | --- | --- |
          | KG | 2 | 2 | 1 | 0 | 1 |
          | KZ | 2 | 3 | 1 | 0 | 2 |
          | TJ | 1 | 1 | 1 | 0 | 0 |
          | TM | 0 | 0 | 0 | 0 | 0 |
          | UZ | 1 | 2 | 0 | 0 | 2 |

          events both states attended, in any role; on the diagonal, the events each attended
          """);
    }

    @Test
    void json() {
      assertThat(matrix.toJson()).startsWith("""
          {
            "query" : "events",
            "group" : "CENTRAL_ASIA",
            "states" : [ "KG", "KZ", "TJ", "TM", "UZ" ],
            "matrix" : [ [ 2, 2, 1, 0, 1 ], [ 2, 3, 1, 0, 2 ], [ 1, 1, 1, 0, 0 ], [ 0, 0, 0, 0, 0 ], [ 1, 2, 0, 0, 2 ] ],
            "pairs" : [ {
              "a" : "KG",
              "b" : "KZ",
              "count" : 2,
              "events" : [ "m-2024", "x-2025" ]
            }, {""");
    }
  }
}
