package io.github.c5atlas.dsl;

import static io.github.c5atlas.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.time.FuzzySpan;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResultTest {
  @Nested
  class Projections {
    @Test
    void statesOfEventsAreTheirStatePartiesInAnyRole() {
      assertThat(meetings().run(Fixtures.SMALL).states()).containsExactly("AZ", "KG", "KZ", "UZ");
    }

    @Test
    void statesLeaveOutOrganisationsThatPartiesKeep() {
      Result<?> jeddah = events().where(forum("gcc-central-asia")).run(Atlas.bundled());
      assertThat(jeddah.parties()).contains("gcc").contains("SA");
      assertThat(jeddah.states()).contains("SA").doesNotContain("gcc");
    }

    @Test
    void statesOfStatesPeopleAndForums() {
      Atlas atlas = Atlas.bundled();
      assertThat(states().where(memberOf("csto", "2025")).run(atlas).states())
          .containsExactly("BY", "KG", "KZ", "RU", "TJ");
      assertThat(people().where(named("Kosanov")).run(atlas).states()).containsExactly("KZ");
      assertThat(forums().where(named("csto")).run(atlas).states())
          .containsExactly("AM", "BY", "KG", "KZ", "RU", "TJ", "UZ");
    }

    @Test
    void peopleOfEventsAreChairsDelegatesAndSpeakers() {
      Atlas atlas = Atlas.bundled();
      assertThat(events().where(named("samarkand-2025")).accordingTo("seed-article").run(atlas).people())
          .extracting(Person::id).contains("khalmukhamedov", "makhmudov", "mirziyoyev");
    }

    @Test
    void peopleOfPeopleAreTheRows() {
      assertThat(people().where(named("Kosanov")).run(Atlas.bundled()).people()).extracting(Person::id)
          .containsExactly("kosanov");
    }

    @Test
    void datesAreTheSpansInRowOrder() {
      assertThat(events().orderBy(START).run(Fixtures.SMALL).dates()).extracting(FuzzySpan::toString)
          .containsExactly("2024-03-01 to 2024-03-01", "2024-06-10 to 2024-06-14", "2025-06 to 2025-06");
    }

    @Test
    void projectionsOfEventsNeedEventRows() {
      assertThatThrownBy(() -> states().run(Fixtures.SMALL).dates()).isInstanceOf(IllegalStateException.class)
          .hasMessage("dates() needs event rows, not states");
      assertThatThrownBy(() -> forums().run(Fixtures.SMALL).people()).isInstanceOf(IllegalStateException.class)
          .hasMessage("people() needs event rows, not forums");
    }
  }

  /** The text, Markdown and JSON tables of each kind of row: their columns, uncertain marks and sources. */
  @Nested
  class Tables {
    @Test
    void statesOfEachKindOfRow() {
      assertThat(people().run(Fixtures.OFFICES).states()).containsExactly("KZ", "UZ");
      assertThat(forums().run(Fixtures.OFFICES).states()).containsExactly("KZ");
      assertThat(states().run(Fixtures.OFFICES).states()).containsExactly("KZ", "UZ");
    }

    @Test
    void ofEvents() {
      Result<?> result = events().orderBy(START).run(Fixtures.SMALL);
      assertThat(result.toString()).isEqualTo("""
          events orderBy(START)
            id      name                          kind      date                      place        parties
            ------  ----------------------------  --------  ------------------------  -----------  -----------------------------
            m-2024  Summit: the first; in Astana  meeting   2024-03-01 to 2024-03-01  Astana, KZ   KZ (host), KG, UZ, AZ (guest)
            x-2024  Exercise #1                   exercise  2024-06-10 to 2024-06-14  Termez, UZ   UZ (host), KZ, RU
            x-2025  Exercise #2                   exercise  2025-06 to 2025-06        Bishkek, KG  KG (host), KZ, TJ
          3 rows""");
      assertThat(result.toMarkdown()).isEqualTo("""
          `events orderBy(START)`

          | id | name | kind | date | place | parties | sources |
          | --- | --- | --- | --- | --- | --- | --- |
          | m-2024 | Summit: the first; in Astana | meeting | 2024-03-01 to 2024-03-01 | Astana, KZ | KZ (host), KG, UZ, AZ (guest) | [s1](https://example.org/1) |
          | x-2024 | Exercise #1 | exercise | 2024-06-10 to 2024-06-14 | Termez, UZ | UZ (host), KZ, RU | [s1](https://example.org/1), s2 |
          | x-2025 | Exercise #2 | exercise | 2025-06 to 2025-06 | Bishkek, KG | KG (host), KZ, TJ | s2 |

          3 rows
          """);
      assertThat(result.toJson()).isEqualTo("""
          {
            "query" : "events orderBy(START)",
            "rows" : [ {
              "certain" : true,
              "id" : "m-2024",
              "name" : "Summit: the first; in Astana",
              "kind" : "meeting",
              "date" : "2024-03-01 to 2024-03-01",
              "place" : "Astana, KZ",
              "parties" : "KZ (host), KG, UZ, AZ (guest)",
              "sources" : [ {
                "id" : "s1",
                "url" : "https://example.org/1"
              } ]
            }, {
              "certain" : true,
              "id" : "x-2024",
              "name" : "Exercise #1",
              "kind" : "exercise",
              "date" : "2024-06-10 to 2024-06-14",
              "place" : "Termez, UZ",
              "parties" : "UZ (host), KZ, RU",
              "sources" : [ {
                "id" : "s1",
                "url" : "https://example.org/1"
              }, {
                "id" : "s2"
              } ]
            }, {
              "certain" : true,
              "id" : "x-2025",
              "name" : "Exercise #2",
              "kind" : "exercise",
              "date" : "2025-06 to 2025-06",
              "place" : "Bishkek, KG",
              "parties" : "KG (host), KZ, TJ",
              "sources" : [ {
                "id" : "s2"
              } ]
            } ]
          }""");
    }

    @Test
    void ofPeople() {
      Result<?> result =
          people().where(holding(DEFENCE_MINISTER, "2023-05-10")).includingUncertain().run(Fixtures.OFFICES);
      assertThat(result.toString()).isEqualTo("""
          people where holding(DEFENCE_MINISTER, 2023-05-10) includingUncertain
            id       name           offices
            -------  -------------  ------------------------------------------------------------
          ? ivanov   Ivan Ivanov    foreign minister KZ 2023-06-02 onwards; defence minister ...
            karimov  Karim Karimov  defence minister UZ 2021-02-11 onwards
          2 rows (1 uncertain, marked ?)""");
      assertThat(result.toMarkdown()).isEqualTo("""
          `people where holding(DEFENCE_MINISTER, 2023-05-10) includingUncertain`

          | id | name | offices | sources |
          | --- | --- | --- | --- |
          | ivanov (?) | Ivan Ivanov | foreign minister KZ 2023-06-02 onwards; defence minister KZ 2019 to 2023-05 | [s1](https://example.org/1), s2 |
          | karimov | Karim Karimov | defence minister UZ 2021-02-11 onwards | s2 |

          2 rows (1 uncertain, marked ?)
          """);
      assertThat(result.toJson()).isEqualTo("""
          {
            "query" : "people where holding(DEFENCE_MINISTER, 2023-05-10) includingUncertain",
            "rows" : [ {
              "certain" : false,
              "id" : "ivanov",
              "name" : "Ivan Ivanov",
              "offices" : "foreign minister KZ 2023-06-02 onwards; defence minister KZ 2019 to 2023-05",
              "sources" : [ {
                "id" : "s1",
                "url" : "https://example.org/1"
              }, {
                "id" : "s2"
              } ]
            }, {
              "certain" : true,
              "id" : "karimov",
              "name" : "Karim Karimov",
              "offices" : "defence minister UZ 2021-02-11 onwards",
              "sources" : [ {
                "id" : "s2"
              } ]
            } ]
          }""");
    }

    @Test
    void ofForums() {
      Result<?> result = forums().run(Fixtures.OFFICES);
      assertThat(result.toString()).isEqualTo("""
          forums
            id       name     kind
            -------  -------  -------------
            forum-a  Forum A  summit_format
          1 row""");
      assertThat(result.toMarkdown()).isEqualTo("""
          `forums`

          | id | name | kind | sources |
          | --- | --- | --- | --- |
          | forum-a | Forum A | summit_format | [s1](https://example.org/1) |

          1 row
          """);
      assertThat(result.toJson()).isEqualTo("""
          {
            "query" : "forums",
            "rows" : [ {
              "certain" : true,
              "id" : "forum-a",
              "name" : "Forum A",
              "kind" : "summit_format",
              "sources" : [ {
                "id" : "s1",
                "url" : "https://example.org/1"
              } ]
            } ]
          }""");
    }

    @Test
    void ofStates() {
      Result<?> result = states().run(Fixtures.OFFICES);
      assertThat(result.toString()).isEqualTo("""
          states
            code  name
            ----  ----------
            KZ    Kazakhstan
            UZ    Uzbekistan
          2 rows""");
      assertThat(result.toMarkdown()).isEqualTo("""
          `states`

          | code | name | sources |
          | --- | --- | --- |
          | KZ | Kazakhstan |  |
          | UZ | Uzbekistan |  |

          2 rows
          """);
      assertThat(result.toJson()).isEqualTo("""
          {
            "query" : "states",
            "rows" : [ {
              "certain" : true,
              "code" : "KZ",
              "name" : "Kazakhstan",
              "sources" : [ ]
            }, {
              "certain" : true,
              "code" : "UZ",
              "name" : "Uzbekistan",
              "sources" : [ ]
            } ]
          }""");
    }
  }
}
