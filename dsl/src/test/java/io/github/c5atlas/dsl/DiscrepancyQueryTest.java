package io.github.c5atlas.dsl;

import static io.github.c5atlas.dsl.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.Discrepancy;
import org.junit.jupiter.api.Test;

/** Queries over the discrepancies between the sources' reports and the curated view. */
class DiscrepancyQueryTest {
  private static final Atlas ATLAS = Atlas.bundled();

  @Test
  void whereTheSeedArticleDiffersOnBirlik2025() {
    Query<Discrepancy> query = discrepancies().where(reportedBy("seed-article").and(about("birlik-2025")));
    assertThat(query.run(ATLAS).list()).extracting(Discrepancy::field)
        .contains(Discrepancy.Field.SPAN, Discrepancy.Field.PLACES, Discrepancy.Field.PARTICIPANTS)
        .doesNotContain(Discrepancy.Field.STATUS);
    assertThat(query.run(ATLAS).list())
        .isEqualTo(ATLAS.discrepancies().stream()
            .filter(d -> d.reportSource().equals("seed-article") && d.about().equals("birlik-2025")).toList());
  }

  @Test
  void theDatesTheArticleGetsWrong() {
    Result<Discrepancy> spans = discrepancies().where(field(Discrepancy.Field.SPAN)).run(ATLAS);
    assertThat(spans.list()).extracting(Discrepancy::about).containsExactly("birlik-2025");
    assertThat(spans.toString()).contains("2025-10-21");
    assertThat(spans.toMarkdown()).contains("| birlik-2025 | span |");
  }

  @Test
  void printsParsesAndStoresAsJson() {
    Query<Discrepancy> query = discrepancies().where(reportedBy("seed-article").and(field(Discrepancy.Field.NOTE)));
    assertThat(query.toString()).isEqualTo("discrepancies where reportedBy(\"seed-article\") and field(NOTE)");
    assertThat(Query.parse(query.toString())).isEqualTo(query);
    assertThat(Query.fromJson(query.toJson())).isEqualTo(query);
    assertThat(query.run(ATLAS).rows()).isEqualTo(query.runByScan(ATLAS).rows());
  }

  @Test
  void aConditionOnDiscrepanciesDoesNotFitEvents() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Query.parse("events where field(SPAN)"))
        .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("a condition on events");
  }
}
