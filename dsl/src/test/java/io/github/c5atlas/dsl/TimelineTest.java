package io.github.c5atlas.dsl;

import static io.github.c5atlas.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Event;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private final Timeline timeline = events().orderBy(NAME).run(Fixtures.SMALL).timeline();

  @Test
  void ordersTheEventsByStartWhateverTheResultsOrder() {
    assertThat(timeline.events()).extracting(Event::id).containsExactly("m-2024", "x-2024", "x-2025");
    assertThat(timeline.rows()).allMatch(Row::isCertain);
  }

  @Test
  void onlyEventRowsHaveATimeline() {
    assertThatThrownBy(() -> forums().run(Fixtures.SMALL).timeline()).isInstanceOf(IllegalStateException.class)
        .hasMessage("timeline() needs event rows, not forums");
  }

  @Nested
  class Golden {
    @Test
    void text() {
      assertThat(timeline.toString()).isEqualTo("""
          timeline of events orderBy(NAME)
            date                      id      name                          kind      forum
            ------------------------  ------  ----------------------------  --------  -------
            2024-03-01 to 2024-03-01  m-2024  Summit: the first; in Astana  meeting   forum-a
            2024-06-10 to 2024-06-14  x-2024  Exercise #1                   exercise
            2025-06 to 2025-06        x-2025  Exercise #2                   exercise
          3 events, 2024-03-01 to 2025-06-30""");
    }

    @Test
    void mermaidBySectionsOfKindWithoutColonsOrSemicolonsInNames() {
      assertThat(timeline.toMermaid()).isEqualTo("""
          gantt
            title events orderBy(NAME)
            dateFormat YYYY-MM-DD
            section Meetings
              Summit - the first, in Astana :2024-03-01, 1d
            section Exercises
              Exercise #1 :2024-06-10, 5d
              Exercise #2 :active, 2025-06-01, 30d
          """);
    }

    @Test
    void mermaidByStateRepeatsAnEventInEachStatesSection() {
      assertThat(timeline.toMermaid(GroupKey.STATE)).isEqualTo("""
          gantt
            title events orderBy(NAME)
            dateFormat YYYY-MM-DD
            section Kazakhstan
              Summit - the first, in Astana :2024-03-01, 1d
              Exercise #1 :2024-06-10, 5d
              Exercise #2 :active, 2025-06-01, 30d
            section Kyrgyzstan
              Summit - the first, in Astana :2024-03-01, 1d
              Exercise #2 :active, 2025-06-01, 30d
            section Uzbekistan
              Summit - the first, in Astana :2024-03-01, 1d
              Exercise #1 :2024-06-10, 5d
            section Azerbaijan
              Summit - the first, in Astana :2024-03-01, 1d
            section Russia
              Exercise #1 :2024-06-10, 5d
            section Tajikistan
              Exercise #2 :active, 2025-06-01, 30d
          """);
    }

    @Test
    void mermaidByForumNamesTheForums() {
      assertThat(timeline.toMermaid(GroupKey.FORUM)).contains("  section Forum A\n", "  section No forum\n");
    }

    @Test
    void mermaidMarksUncertainRowsCritical() {
      Atlas atlas = Atlas.bundled();
      // Birlik 2025 ended between the 20th and the 24th: whether it was still going on on the 23rd is unknown
      String gantt = exercises().where(on("2025-10-23")).includingUncertain().run(atlas).timeline().toMermaid();
      assertThat(gantt).isEqualTo("""
          gantt
            title exercises where on(2025-10-23) includingUncertain
            dateFormat YYYY-MM-DD
            section Exercises
              Birlik 2025 :crit, active, 2025-10-14, 11d
              Barrier-2025 :2025-10-20, 5d
              Unbreakable Brotherhood-2025 :2025-10-20, 5d
          """);
    }

    @Test
    void markdownLinksTheSources() {
      assertThat(timeline.toMarkdown()).isEqualTo("""
          `timeline of events orderBy(NAME)`

          | date | id | name | kind | forum | sources |
          | --- | --- | --- | --- | --- | --- |
          | 2024-03-01 to 2024-03-01 | m-2024 | Summit: the first; in Astana | meeting | forum-a | [s1](https://example.org/1) |
          | 2024-06-10 to 2024-06-14 | x-2024 | Exercise #1 | exercise |  | [s1](https://example.org/1), s2 |
          | 2025-06 to 2025-06 | x-2025 | Exercise #2 | exercise |  | s2 |

          3 events, 2024-03-01 to 2025-06-30
          """);
    }

    @Test
    void json() {
      assertThat(timeline.toJson()).contains("""
              "id" : "x-2025",
              "name" : "Exercise #2",
              "kind" : "exercise",
              "date" : "2025-06 to 2025-06",
              "start" : "2025-06-01",
              "end" : "2025-06-30",
              "exact" : false,
              "certain" : true,
              "sources" : [ {
                "id" : "s2"
              } ]
          """.stripTrailing());
    }
  }
}
