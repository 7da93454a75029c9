package io.github.c5atlas.core;

import com.google.common.testing.NullPointerTester;
import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.core.time.FuzzySpan;

/**
 * Small valid values for the tests of the model, and a valid atlas that uses every kind of reference, so that a
 * test can break one thing and see exactly one problem.
 */
final class Fixtures {
  private Fixtures() {}

  static FuzzyDate date(String edtf) {
    return FuzzyDate.parse(edtf);
  }

  static FuzzySpan span(String start, String end) {
    return FuzzySpan.of(date(start), date(end));
  }

  static FuzzySpan since(String start) {
    return FuzzySpan.ongoing(date(start));
  }

  static Source source(String id) {
    return Source.builder().id(id).publisher("Publisher of " + id).language("en").build();
  }

  static Tenure tenure(Office office, String state, FuzzySpan span) {
    return Tenure.builder().office(office).state(state).span(span).addSource("qazinform").build();
  }

  static Person person(String id, String english, Tenure... tenures) {
    return Person.builder().id(id).putName("en", english).addTenures(tenures).build();
  }

  static Membership membership(String state, MembershipStatus status, FuzzySpan span) {
    return Membership.builder().state(state).status(status).span(span).addSource("tass").build();
  }

  static Meeting.Builder meeting(String id) {
    return Meeting.builder().id(id).putName("en", "Meeting " + id).span(FuzzySpan.on(date("2025-10-20")))
        .level(Level.MINISTER).addSource("qazinform");
  }

  static Exercise.Builder exercise(String id) {
    return Exercise.builder().id(id).putName("en", "Exercise " + id).span(span("2025-10-14", "2025-10-21~"))
        .addSource("qazinform");
  }

  static Agreement.Builder agreement(String id) {
    return Agreement.builder().id(id).putName("en", "Agreement " + id).agreementKind(AgreementKind.TREATY)
        .span(FuzzySpan.on(date("2025-03-13"))).addSource("qazinform");
  }

  /** Returns a tester that knows a valid value of every model type, for builders and factories. */
  static NullPointerTester nullPointerTester() {
    Meeting meeting = meeting("m").build();
    return new NullPointerTester()
        .setDefault(FuzzyDate.class, date("2025"))
        .setDefault(FuzzySpan.class, since("2025"))
        .setDefault(State.class, State.UZ)
        .setDefault(Named.class, State.UZ)
        .setDefault(Tenure.class, tenure(Office.DEFENCE_MINISTER, "UZ", since("2025")))
        .setDefault(Membership.class, membership("UZ", MembershipStatus.MEMBER, since("2025")))
        .setDefault(Place.class, Place.of("UZ", "Samarkand"))
        .setDefault(Participation.class, Participation.of("UZ", Role.HOST))
        .setDefault(Delegate.class, Delegate.of("mirziyoyev", Level.HEAD_OF_STATE))
        .setDefault(Statement.class, statement("makhmudov", "qazinform"))
        .setDefault(Asset.class, Asset.of("fighter jets", "UZ"))
        .setDefault(Scale.class, Scale.builder().troops(1).build())
        .setDefault(Event.class, meeting)
        .setDefault(Meeting.class, meeting);
  }

  static Statement statement(String speaker, String source) {
    return Statement.builder().speaker(speaker).text("Words.").language("en").source(source).build();
  }

  /**
   * Returns a builder of a valid atlas: sources {@code qazinform}, {@code tass}, {@code seed-article}; states KZ, UZ,
   * AZ, KG, TJ; group CENTRAL_ASIA-like {@code PAIR}; people {@code khalmukhamedov}, {@code mirziyoyev},
   * {@code makhmudov}, {@code zhaksylykov}, {@code kosanov}, {@code tasmagambetov} (CSTO secretary-general); forums
   * {@code csto} (an organisation with memberships), {@code c5-defence}; events {@code samarkand-2025} (meeting),
   * {@code birlik-2025} (exercise), {@code kg-tj-border-treaty-2025} (agreement); one report of the seed article.
   */
  static Atlas.Builder atlas() {
    return Atlas.builder()
        .addSource(source("qazinform"), source("tass"), source("seed-article"))
        .addState(State.KZ, State.UZ, State.AZ, State.KG, State.TJ)
        .addGroup(StateGroup.builder().id("PAIR").putName("en", "Kazakhstan and Uzbekistan")
            .addMembers("KZ", "UZ").build())
        .addPerson(
            person("khalmukhamedov", "Shukhrat Khalmukhamedov",
                tenure(Office.DEFENCE_MINISTER, "UZ", since("[2024-11-23..2024-11-24]"))),
            person("mirziyoyev", "Shavkat Mirziyoyev", tenure(Office.HEAD_OF_STATE, "UZ", since("2016-12-14"))),
            person("makhmudov", "Viktor Makhmudov",
                tenure(Office.SECURITY_COUNCIL_SECRETARY, "UZ", since("2013-09-21"))),
            person("zhaksylykov", "Ruslan Zhaksylykov",
                tenure(Office.DEFENCE_MINISTER, "KZ", span("2022-04", "2025-06-07"))),
            Person.builder().id("kosanov").putName("en", "Dauren Kosanov")
                .addTenures(Tenure.builder().from(tenure(Office.DEFENCE_MINISTER, "KZ", since("2025-06-08")))
                    .predecessor("zhaksylykov").build())
                .build(),
            person("tasmagambetov", "Imangali Tasmagambetov",
                tenure(Office.HEAD_OF_ORGANISATION, "csto", since("2023-01-01"))))
        .addForum(
            Forum.builder().id("csto").kind(ForumKind.ORGANISATION).putName("en", "CSTO").addSource("tass")
                .addMemberships(membership("KZ", MembershipStatus.MEMBER, since("2002-10-07")),
                    membership("UZ", MembershipStatus.MEMBER, span("2006-08-16", "2012-12-18")),
                    membership("UZ", MembershipStatus.SUSPENDED, since("2012-12-19")))
                .build(),
            Forum.builder().id("c5-defence").kind(ForumKind.MINISTERIAL_FORMAT)
                .putName("en", "Meeting of the defence ministers of Central Asia").build())
        .addEvent(
            meeting("samarkand-2025").host("UZ").forum("c5-defence").chair("khalmukhamedov")
                .addPlaces(Place.of("UZ", "Samarkand"))
                .addParticipations(Participation.builder().party("UZ").role(Role.HOST)
                        .addDelegation(Delegate.of("khalmukhamedov", Level.MINISTER)).build(),
                    Participation.of("KZ", Role.PARTICIPANT), Participation.of("csto", Role.OBSERVER))
                .addStatements(Statement.builder().from(statement("makhmudov", "qazinform"))
                    .onBehalfOf("mirziyoyev").build())
                .build(),
            exercise("birlik-2025").host("UZ").series("birlik").edition("2025")
                .addParticipations(Participation.of("UZ", Role.HOST), Participation.of("KZ", Role.PARTICIPANT),
                    Participation.of("AZ", Role.PARTICIPANT))
                .addAssets(Asset.of("fighter jets", "UZ"))
                .build(),
            agreement("kg-tj-border-treaty-2025").addSubjects(AgreementSubject.BORDER_DELIMITATION)
                .addParticipations(Participation.of("KG", Role.PARTICIPANT), Participation.of("TJ", Role.PARTICIPANT))
                .ratified(date("2025-03")).inForce(date("2025-03-31"))
                .build())
        .addReport(Report.builder().source("seed-article").about("birlik-2025").span(since("2025-10-21"))
            .addParticipations(Participation.of("UZ", Role.HOST), Participation.of("AZ", Role.PARTICIPANT))
            .addNotes("Azerbaijan replaced Turkmenistan").build());
  }
}
