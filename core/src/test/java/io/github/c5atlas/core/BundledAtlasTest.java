package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.c5atlas.core.time.FuzzyDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The curated atlas in the jar: what the seed article and its fact sheet ask of it. */
class BundledAtlasTest {
  private static final Atlas ATLAS = Atlas.bundled();

  @Test
  void loadsOnceAndIsTheSameAtlasEachTime() {
    assertThat(Atlas.bundled()).isSameAs(ATLAS);
    assertThat(ATLAS.events()).isNotEmpty();
  }

  @Nested
  class States {
    @Test
    void holdsTheStatesOfTheSeedEachEqualToItsConstant() {
      List<State> constants = List.of(State.KZ, State.KG, State.TJ, State.TM, State.UZ, State.AZ, State.RU,
          State.BY, State.CN, State.AM, State.IN, State.PK, State.IR);
      for (State constant : constants) {
        assertThat(ATLAS.state(constant.code())).as(constant.code()).contains(constant);
      }
    }

    @Test
    void centralAsiaIsTheConstantGroup() {
      assertThat(ATLAS.group("CENTRAL_ASIA")).contains(StateGroup.CENTRAL_ASIA);
    }
  }

  @Nested
  class Events {
    @ParameterizedTest
    @ValueSource(strings = {"c5-summit-2018", "c5-summit-2019", "c5-summit-2021", "c5-summit-2022",
        "c5-summit-2023", "c5-summit-2024", "c5-summit-2025", "samarkand-2025", "aktau-2024", "birlik-2024",
        "birlik-2025", "unbreakable-brotherhood-2025", "barrier-2025", "kg-uz-border-treaty-2022",
        "kg-tj-border-treaty-2025", "tj-kg-uz-junction-treaty-2025"})
    void exists(String id) {
      assertThat(ATLAS.event(id)).isPresent();
    }

    @Test
    void theSevenSummitsAreMeetingsAndThereIsNoneIn2020() {
      assertThat(ATLAS.events().stream().map(Event::id).filter(id -> id.startsWith("c5-summit-")))
          .containsExactlyInAnyOrder("c5-summit-2018", "c5-summit-2019", "c5-summit-2021", "c5-summit-2022",
              "c5-summit-2023", "c5-summit-2024", "c5-summit-2025");
      assertThat(ATLAS.event("c5-summit-2018")).get().extracting(Event::kind).isEqualTo(EventKind.MEETING);
    }

    @Test
    void theBorderTreatiesAreAgreementsAboutBorders() {
      for (String id : List.of("kg-uz-border-treaty-2022", "kg-tj-border-treaty-2025",
          "tj-kg-uz-junction-treaty-2025")) {
        Event treaty = ATLAS.event(id).orElseThrow();
        assertThat(treaty).as(id).isInstanceOf(Agreement.class);
        assertThat(((Agreement) treaty).subjects()).as(id)
            .containsAnyOf(AgreementSubject.BORDER_DELIMITATION, AgreementSubject.BORDER_JUNCTION);
      }
    }

    @Test
    void everyEventCitesASourceOfTheAtlas() {
      for (Event event : ATLAS.events()) {
        assertThat(event.sources()).as(event.id()).isNotEmpty();
        event.sources().forEach(s -> assertThat(ATLAS.source(s)).as("%s cites %s", event.id(), s).isPresent());
      }
    }

    @Test
    void everyTenureCitesASource() {
      ATLAS.people().forEach(p -> p.tenures().forEach(t -> assertThat(t.sources()).as(p.id()).isNotEmpty()));
    }
  }

  @Nested
  class SourcesDisagree {
    private final Event curated = ATLAS.event("birlik-2025").orElseThrow();

    @Test
    void theCuratedViewOfBirlik2025StartsOn14OctoberWithFiveParties() {
      assertThat(curated.span().start()).isEqualTo(FuzzyDate.parse("2025-10-14"));
      assertThat(curated.parties()).containsExactlyInAnyOrder("UZ", "KZ", "KG", "TJ", "AZ");
    }

    @Test
    void theSeedArticleTellsBirlik2025From21OctoberWithThreeParties() {
      Event told = ATLAS.asReportedBy("seed-article").event("birlik-2025").orElseThrow();
      assertThat(told.span().start()).isEqualTo(FuzzyDate.parse("2025-10-21"));
      assertThat(told.parties()).containsExactlyInAnyOrder("UZ", "KZ", "AZ");
      assertThat(told.host()).contains("UZ");
    }

    @Test
    void discrepanciesListTheSpanAndTheParticipantsOfBirlik2025WithBothSources() {
      List<Discrepancy> birlik = ATLAS.discrepancies().stream().filter(d -> d.about().equals("birlik-2025"))
          .collect(Collectors.toList());
      assertThat(birlik).extracting(Discrepancy::field)
          .contains(Discrepancy.Field.SPAN, Discrepancy.Field.PARTICIPANTS);
      for (Discrepancy d : birlik) {
        assertThat(d.reportSource()).isEqualTo("seed-article");
        assertThat(d.curatedSources()).isEqualTo(curated.sources()).isNotEmpty();
      }
      Discrepancy span = birlik.stream().filter(d -> d.field() == Discrepancy.Field.SPAN).findFirst().orElseThrow();
      assertThat(span.curated()).contains("2025-10-14");
      assertThat(span.reported()).contains("2025-10-21");
      Discrepancy parties = birlik.stream().filter(d -> d.field() == Discrepancy.Field.PARTICIPANTS).findFirst()
          .orElseThrow();
      assertThat(parties.curated()).contains("KG", "TJ");
      assertThat(parties.reported()).contains("AZ", "KZ", "UZ").doesNotContain("KG", "TJ");
    }
  }

  @Nested
  class Names {
    @Test
    void arabicFullNameAndSurname() {
      Person gundogdyev = ATLAS.person("gundogdyev").orElseThrow();
      assertThat(ATLAS.person("بيجينس غوندوغديو")).contains(gundogdyev);
      assertThat(ATLAS.person("غوندوغديو")).contains(gundogdyev);
    }

    @Test
    void arabicAlefWithAndWithoutHamza() {
      assertThat(ATLAS.state("أوزبكستان")).contains(State.UZ);
      assertThat(ATLAS.state("اوزبكستان")).contains(State.UZ);
      assertThat(ATLAS.state("ايران")).contains(State.IR);
      assertThat(ATLAS.state("آرمينيا")).contains(State.AM);
    }

    @Test
    void arabicTaaMarbutaAndHaa() {
      Event brotherhood = ATLAS.event("unbreakable-brotherhood-2025").orElseThrow();
      assertThat(ATLAS.event("الأخوة الراسخة")).contains(brotherhood);
      assertThat(ATLAS.event("الاخوه الراسخه")).contains(brotherhood);
    }

    @Test
    void arabicAlefMaqsuraAndYaa() {
      assertThat(ATLAS.group("آسيا الوسطى")).contains(StateGroup.CENTRAL_ASIA);
      assertThat(ATLAS.group("اسيا الوسطي")).contains(StateGroup.CENTRAL_ASIA);
    }

    @Test
    void russianEnglishAndAnyCase() {
      Person khalmukhamedov = ATLAS.person("khalmukhamedov").orElseThrow();
      assertThat(ATLAS.person("Шухрат Халмухамедов")).contains(khalmukhamedov);
      assertThat(ATLAS.person("ШУХРАТ ХАЛМУХАМЕДОВ")).contains(khalmukhamedov);
      assertThat(ATLAS.person("Shukhrat Khalmukhamedov")).contains(khalmukhamedov);
      assertThat(ATLAS.person("shukhrat KHALMUKHAMEDOV")).contains(khalmukhamedov);
      assertThat(ATLAS.state("узбекистан")).contains(State.UZ);
      assertThat(ATLAS.state("UZBEKISTAN")).contains(State.UZ);
    }

    @Test
    void acrossTransliterationsThroughAliases() {
      Person khalmukhamedov = ATLAS.person("khalmukhamedov").orElseThrow();
      assertThat(ATLAS.person("Kholmukhamedov")).contains(khalmukhamedov);
      assertThat(ATLAS.person("Khalmukhamedov")).contains(khalmukhamedov);
      assertThat(ATLAS.event("Vahdat-2025")).contains(ATLAS.event("birlik-2025").orElseThrow());
      assertThat(ATLAS.event("Birlestik-2024")).contains(ATLAS.event("birlik-2024").orElseThrow());
    }

    @Test
    void anUnknownNameFindsNothing() {
      assertThat(ATLAS.person("Nobody Atall")).isEmpty();
      assertThat(ATLAS.find("Nobody Atall")).isEmpty();
    }
  }
}
