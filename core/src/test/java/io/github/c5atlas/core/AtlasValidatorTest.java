package io.github.c5atlas.core;

import static io.github.c5atlas.core.Fixtures.agreement;
import static io.github.c5atlas.core.Fixtures.atlas;
import static io.github.c5atlas.core.Fixtures.date;
import static io.github.c5atlas.core.Fixtures.exercise;
import static io.github.c5atlas.core.Fixtures.meeting;
import static io.github.c5atlas.core.Fixtures.membership;
import static io.github.c5atlas.core.Fixtures.person;
import static io.github.c5atlas.core.Fixtures.since;
import static io.github.c5atlas.core.Fixtures.source;
import static io.github.c5atlas.core.Fixtures.span;
import static io.github.c5atlas.core.Fixtures.statement;
import static io.github.c5atlas.core.Fixtures.tenure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One test per rule of {@link AtlasValidator}: each breaks one thing in the valid {@link Fixtures#atlas()} and
 * expects exactly that problem, at the JSON pointer of the offending value.
 */
class AtlasValidatorTest {
  // sizes of the lists of Fixtures.atlas(): what is added next gets these indexes
  private static final int SOURCES = 3;
  private static final int STATES = 5;
  private static final int GROUPS = 1;
  private static final int PEOPLE = 6;
  private static final int FORUMS = 2;
  private static final int EVENTS = 3;
  private static final int REPORTS = 1;

  private static List<Problem> problems(Atlas.Builder builder) {
    try {
      builder.build();
    } catch (InvalidAtlasException e) {
      return e.problems();
    }
    return fail("the atlas was built without a problem");
  }

  private static void onlyProblem(Atlas.Builder builder, String pointer, String... fragments) {
    List<Problem> problems = problems(builder);
    assertThat(problems).as("problems").hasSize(1);
    Problem problem = problems.get(0);
    assertThat(problem.pointer()).as("pointer of %s", problem).isEqualTo(pointer);
    assertThat(problem.message()).as("message of %s", problem).contains(fragments);
    assertThat(problem.line()).as("a built atlas has no lines").isEmpty();
  }

  private static Person someone(Tenure... tenures) {
    return person("someone", "Some One", tenures);
  }

  private static String newPerson() {
    return "/people/" + PEOPLE;
  }

  private static String newForum() {
    return "/forums/" + FORUMS;
  }

  private static String newEvent() {
    return "/events/" + EVENTS;
  }

  @Test
  void theFixtureIsValidAndHasTheSizesTheseTestsAssume() {
    Atlas atlas = atlas().build();
    assertThat(atlas.sources()).hasSize(SOURCES);
    assertThat(atlas.states()).hasSize(STATES);
    assertThat(atlas.groups()).hasSize(GROUPS);
    assertThat(atlas.people()).hasSize(PEOPLE);
    assertThat(atlas.forums()).hasSize(FORUMS);
    assertThat(atlas.events()).hasSize(EVENTS);
    assertThat(atlas.reports()).hasSize(REPORTS);
  }

  @Nested
  class UniqueIds {
    @Test
    void sources() {
      onlyProblem(atlas().addSource(source("tass")), "/sources/" + SOURCES,
          "duplicate id 'tass'", "/sources/1 has it already");
    }

    @Test
    void states() {
      onlyProblem(atlas().addState(State.KZ), "/states/" + STATES, "duplicate id 'KZ'", "/states/0");
    }

    @Test
    void groups() {
      onlyProblem(atlas().addGroup(StateGroup.builder().id("PAIR").putName("en", "Another pair")
          .addMembers("KG", "TJ").build()), "/groups/" + GROUPS, "duplicate id 'PAIR'", "/groups/0");
    }

    @Test
    void people() {
      onlyProblem(atlas().addPerson(person("makhmudov", "Another Makhmudov")), newPerson(),
          "duplicate id 'makhmudov'", "/people/2");
    }

    @Test
    void forums() {
      onlyProblem(atlas().addForum(Forum.builder().id("csto").kind(ForumKind.ORGANISATION)
          .putName("en", "Another CSTO").build()), newForum(), "duplicate id 'csto'", "/forums/0");
    }

    @Test
    void events() {
      onlyProblem(atlas().addEvent(meeting("birlik-2025").build()), newEvent(),
          "duplicate id 'birlik-2025'", "/events/1");
    }

    @Test
    void eachDuplicateNamesWhereItsIdCameFirst() {
      Atlas.Builder atlas = Atlas.builder().addSource(source("a")).addSource(source("b")).addSource(source("a"))
          .addSource(source("c")).addSource(source("c")).addSource(source("b"));
      assertThat(catchThrowableOfType(InvalidAtlasException.class, atlas::build).problems()).containsExactly(
          Problem.at("/sources/2", "duplicate id 'a': /sources/0 has it already"),
          Problem.at("/sources/4", "duplicate id 'c': /sources/3 has it already"),
          Problem.at("/sources/5", "duplicate id 'b': /sources/1 has it already"));
    }

    /** The timeout guards against a scan of the list for each duplicate; the check takes well under a second. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aListOfDuplicatesIsCheckedInOnePass() {
      int n = 200_000;
      Atlas.Builder atlas = Atlas.builder();
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < n; i++) {
          atlas.addSource(source("s" + i));
        }
      }
      List<Problem> problems = catchThrowableOfType(InvalidAtlasException.class, atlas::build).problems();
      assertThat(problems).hasSize(n);
      assertThat(problems.get(n - 1))
          .isEqualTo(Problem.at("/sources/" + (2 * n - 1), "duplicate id 's" + (n - 1) + "': /sources/" + (n - 1)
              + " has it already"));
    }
  }

  @Nested
  class Groups {
    @Test
    void memberMustBeAStateOfTheAtlas() {
      onlyProblem(atlas().addGroup(StateGroup.builder().id("WIDE").putName("en", "Wide")
          .addMembers("KZ", "TM").build()), "/groups/" + GROUPS + "/members", "unknown state 'TM'");
    }
  }

  @Nested
  class Tenures {
    @Test
    void stateMustBeAStateOfTheAtlas() {
      onlyProblem(atlas().addPerson(someone(tenure(Office.DEFENCE_MINISTER, "TM", since("2018")))),
          newPerson() + "/tenures/0/state", "unknown state 'TM'");
    }

    @Test
    void anOrganisationHoldsOnlyHeadOfOrganisation() {
      onlyProblem(atlas().addPerson(someone(tenure(Office.DEFENCE_MINISTER, "csto", since("2018")))),
          newPerson() + "/tenures/0/state", "unknown state 'csto'", "only HEAD_OF_ORGANISATION");
    }

    @Test
    void headOfOrganisationNeedsAnOrganisation() {
      onlyProblem(atlas().addPerson(someone(tenure(Office.HEAD_OF_ORGANISATION, "UZ", since("2018")))),
          newPerson() + "/tenures/0/state", "HEAD_OF_ORGANISATION needs an organisation", "not 'UZ'");
    }

    @Test
    void headOfOrganisationNeedsAForumOfKindOrganisation() {
      onlyProblem(atlas().addPerson(someone(tenure(Office.HEAD_OF_ORGANISATION, "c5-defence", since("2018")))),
          newPerson() + "/tenures/0/state", "needs an organisation", "not 'c5-defence'");
    }

    @Test
    void predecessorMustBeAPersonOfTheAtlas() {
      onlyProblem(atlas().addPerson(someone(Tenure.builder()
          .from(tenure(Office.DEFENCE_MINISTER, "KG", since("2025"))).predecessor("nobody").build())),
          newPerson() + "/tenures/0/predecessor", "unknown person 'nobody'");
    }

    @Test
    void noOneIsTheirOwnPredecessor() {
      onlyProblem(atlas().addPerson(someone(Tenure.builder()
          .from(tenure(Office.DEFENCE_MINISTER, "KG", since("2025"))).predecessor("someone").build())),
          newPerson() + "/tenures/0/predecessor", "someone cannot be their own predecessor");
    }

    @Test
    void sourcesMustBeSourcesOfTheAtlas() {
      onlyProblem(atlas().addPerson(someone(Tenure.builder()
          .from(tenure(Office.DEFENCE_MINISTER, "KG", since("2025"))).addSource("nowhere").build())),
          newPerson() + "/tenures/0/sources/1", "unknown source 'nowhere'");
    }

    @Test
    void theSameOfficeOfTheSameStateDoesNotOverlapItself() {
      onlyProblem(atlas().addPerson(someone(tenure(Office.DEFENCE_MINISTER, "KG", span("2019", "2021")),
          tenure(Office.FOREIGN_MINISTER, "KG", span("2020", "2022")),
          tenure(Office.DEFENCE_MINISTER, "KG", span("2020-06", "2023")))),
          newPerson() + "/tenures/2/span", "tenure as DEFENCE_MINISTER of KG", "overlaps the one at "
              + newPerson() + "/tenures/0");
    }

    @Test
    void consecutiveOrPossiblyOverlappingTenuresAreAccepted() {
      // a second spell that may or may not touch the first (Gundogdyev: until 2015-10-06, again since 2018~)
      assertThatCode(() -> atlas().addPerson(someone(
          tenure(Office.DEFENCE_MINISTER, "KG", span("2009", "2015-10-06")),
          tenure(Office.SERVICE_COMMANDER, "KG", span("2015-10-06", "2018")),
          tenure(Office.DEFENCE_MINISTER, "KG", since("2015-10~")))).build()).doesNotThrowAnyException();
    }
  }

  @Nested
  class Forums {
    private Forum.Builder forum() {
      return Forum.builder().id("sco").kind(ForumKind.ORGANISATION).putName("en", "SCO");
    }

    @Test
    void sourcesMustBeSourcesOfTheAtlas() {
      onlyProblem(atlas().addForum(forum().addSource("nowhere").build()), newForum() + "/sources/0",
          "unknown source 'nowhere'");
    }

    @Test
    void membershipStateMustBeAStateOfTheAtlas() {
      onlyProblem(atlas().addForum(forum().addMemberships(membership("IN", MembershipStatus.MEMBER, since("2017")))
          .build()), newForum() + "/memberships/0/state", "unknown state 'IN'");
    }

    @Test
    void membershipSourcesMustBeSourcesOfTheAtlas() {
      onlyProblem(atlas().addForum(forum().addMemberships(Membership.builder()
          .from(membership("KZ", MembershipStatus.MEMBER, since("2001"))).addSource("nowhere").build()).build()),
          newForum() + "/memberships/0/sources/1", "unknown source 'nowhere'");
    }

    @Test
    void membershipsOfOneStateDoNotOverlap() {
      onlyProblem(atlas().addForum(forum().addMemberships(
          membership("KZ", MembershipStatus.MEMBER, since("2001-06-15")),
          membership("UZ", MembershipStatus.MEMBER, since("2001-06-15")),
          membership("KZ", MembershipStatus.OBSERVER, span("2000", "2002"))).build()),
          newForum() + "/memberships/2/span", "membership of KZ in sco", "overlaps the one at "
              + newForum() + "/memberships/0");
    }
  }

  @Nested
  class Events {
    @Test
    void sourcesMustBeSourcesOfTheAtlas() {
      onlyProblem(atlas().addEvent(meeting("m").addSource("nowhere").build()), newEvent() + "/sources/1",
          "unknown source 'nowhere'");
    }

    @Test
    void hostMustBeAStateOfTheAtlas() {
      onlyProblem(atlas().addEvent(meeting("m").host("TM").build()), newEvent() + "/host", "unknown state 'TM'");
    }

    @Test
    void forumMustBeAForumOfTheAtlas() {
      onlyProblem(atlas().addEvent(meeting("m").forum("sco").build()), newEvent() + "/forum",
          "unknown forum 'sco'");
    }

    @Test
    void placeStateMustBeAStateOfTheAtlas() {
      onlyProblem(atlas().addEvent(meeting("m").addPlaces(Place.of("UZ", "Tashkent"), Place.of("TM", "Avaza"))
          .build()), newEvent() + "/places/1/state", "unknown state 'TM'");
    }

    @Test
    void partyMustBeAStateOrAnOrganisation() {
      onlyProblem(atlas().addEvent(meeting("m").addParticipations(Participation.of("UZ", Role.HOST),
          Participation.of("XX", Role.GUEST)).build()), newEvent() + "/participations/1/party",
          "unknown party", "'XX'");
    }

    @Test
    void aForumThatIsNoOrganisationIsNoParty() {
      onlyProblem(atlas().addEvent(meeting("m").addParticipations(Participation.of("c5-defence", Role.GUEST))
          .build()), newEvent() + "/participations/0/party", "unknown party", "'c5-defence'");
    }

    @Test
    void delegatePersonMustBeAPersonOfTheAtlas() {
      onlyProblem(atlas().addEvent(meeting("m").addParticipations(Participation.builder().party("AZ")
          .role(Role.GUEST).addDelegation(Delegate.builder().name("Zakir Hasanov").level(Level.MINISTER).build(),
              Delegate.of("hasanov", Level.MINISTER)).build()).build()),
          newEvent() + "/participations/0/delegation/1/person", "unknown person 'hasanov'");
    }

    @Test
    void chairMustBeAPersonOfTheAtlas() {
      onlyProblem(atlas().addEvent(meeting("m").chair("hasanov").build()), newEvent() + "/chair",
          "unknown person 'hasanov'");
    }

    @Test
    void statementSpeakerMustBeAPersonOfTheAtlas() {
      onlyProblem(atlas().addEvent(meeting("m").addStatements(statement("hasanov", "qazinform")).build()),
          newEvent() + "/statements/0/speaker", "unknown person 'hasanov'");
    }

    @Test
    void statementOnBehalfOfMustBeAPersonOfTheAtlas() {
      onlyProblem(atlas().addEvent(meeting("m").addStatements(Statement.builder()
          .from(statement("makhmudov", "qazinform")).onBehalfOf("aliyev").build()).build()),
          newEvent() + "/statements/0/onBehalfOf", "unknown person 'aliyev'");
    }

    @Test
    void statementSourceMustBeASourceOfTheAtlas() {
      onlyProblem(atlas().addEvent(meeting("m").addStatements(statement("makhmudov", "nowhere")).build()),
          newEvent() + "/statements/0/source", "unknown source 'nowhere'");
    }

    @Test
    void assetOwnerMustBeAStateOfTheAtlas() {
      onlyProblem(atlas().addEvent(exercise("e").addAssets(Asset.of("helicopters", "TM")).build()),
          newEvent() + "/assets/0/state", "unknown state 'TM'");
    }

    @Test
    void assetOwnerMustBeAPartyOfTheExercise() {
      onlyProblem(atlas().addEvent(exercise("e").addParticipations(Participation.of("UZ", Role.HOST))
          .addAssets(Asset.of("fighter jets", "UZ"), Asset.of("helicopters", "KZ")).build()),
          newEvent() + "/assets/1/state", "asset owner KZ is not a party of exercise e");
    }

    @Test
    void agreementIsNotRatifiedBeforeItIsSigned() {
      onlyProblem(atlas().addEvent(agreement("a").ratified(date("2025-03-12")).build()), newEvent() + "/ratified",
          "ratified 2025-03-12 is before the signing 2025-03-13");
    }

    @Test
    void agreementIsNotInForceBeforeItIsSigned() {
      onlyProblem(atlas().addEvent(agreement("a").inForce(date("2024")).build()), newEvent() + "/inForce",
          "in force 2024 is before the signing 2025-03-13");
    }

    @Test
    void aRatificationThatMayBeOnTheDayOfSigningIsAccepted() {
      assertThatCode(() -> atlas().addEvent(agreement("a").ratified(date("2025-03~")).inForce(date("2025-03-13"))
          .build()).build()).doesNotThrowAnyException();
    }
  }

  @Nested
  class Reports {
    private Report.Builder report(String about) {
      return Report.builder().source("seed-article").about(about);
    }

    @Test
    void sourceMustBeASourceOfTheAtlas() {
      onlyProblem(atlas().addReport(Report.builder().source("diplomat").about("samarkand-2025")
          .addNotes("first of its kind").build()), "/reports/" + REPORTS + "/source", "unknown source 'diplomat'");
    }

    @Test
    void subjectMustBeAnEventOrAForum() {
      onlyProblem(atlas().addReport(report("birlik-2052").addNotes("x").build()), "/reports/" + REPORTS + "/about",
          "unknown event or forum 'birlik-2052'");
    }

    @Test
    void aReportAboutAForumHoldsOnlyNotes() {
      assertThatCode(() -> atlas().addReport(report("csto").addNotes("is not replaced").build()).build())
          .doesNotThrowAnyException();
      onlyProblem(atlas().addReport(report("csto").span(since("2002")).build()), "/reports/" + REPORTS,
          "a report about forum 'csto' can only hold notes");
    }

    @Test
    void placesPartiesAndStatementsOfAReportAreCheckedLikeAnEvent() {
      List<Problem> problems = problems(atlas().addReport(report("birlik-2025")
          .addPlaces(Place.of("TM", "Ashgabat"))
          .addParticipations(Participation.builder().party("TM").role(Role.PARTICIPANT)
              .addDelegation(Delegate.of("gundogdyev", Level.MINISTER)).build())
          .addStatements(statement("hasanov", "nowhere")).build()));
      String at = "/reports/" + REPORTS;
      assertThat(problems).extracting(Problem::pointer).containsExactly(at + "/places/0/state",
          at + "/participations/0/party", at + "/participations/0/delegation/0/person",
          at + "/statements/0/speaker", at + "/statements/0/source");
    }
  }

  @Test
  void anAtlasWithSeveralProblemsListsThemAllInOrder() {
    InvalidAtlasException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidAtlasException.class,
        () -> atlas().origin("mine.json")
            .addSource(source("tass"))
            .addPerson(someone(tenure(Office.DEFENCE_MINISTER, "TM", since("2018"))))
            .addEvent(meeting("m").host("TM").chair("hasanov").build())
            .addReport(Report.builder().source("diplomat").about("m").addNotes("x").build())
            .build());
    assertThat(thrown.origin()).isEqualTo("mine.json");
    assertThat(thrown.problems()).extracting(Problem::pointer).containsExactly("/sources/" + SOURCES,
        newPerson() + "/tenures/0/state", newEvent() + "/host", newEvent() + "/chair",
        "/reports/" + REPORTS + "/source");
    assertThat(thrown.getMessage()).startsWith("mine.json: 5 problems").contains("unknown person 'hasanov'");
  }
}
