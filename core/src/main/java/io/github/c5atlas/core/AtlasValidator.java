package io.github.c5atlas.core;

import io.github.c5atlas.core.time.FuzzyDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a whole atlas, each problem with the JSON pointer of the offending value. Every rule is here, in
 * one pass over the lists, so that a document with many problems reports them all at once.
 */
final class AtlasValidator {
  private static final At ROOT = new At(null, null, -1);

  private final Atlas atlas;
  private final List<Problem> problems = new ArrayList<>();
  /** Each list by id, the first of each id; the atlas keeps them as its lookups when there is no problem. */
  final Map<String, Source> sourcesById;
  final Map<String, State> statesByCode;
  final Map<String, StateGroup> groupsById;
  final Map<String, Person> peopleById;
  final Map<String, Forum> forumsById;
  final Map<String, Event> eventsById;

  private AtlasValidator(Atlas atlas) {
    this.atlas = atlas;
    this.sourcesById = unique("sources", atlas.sources(), Source::id);
    this.statesByCode = unique("states", atlas.states(), State::code);
    this.groupsById = unique("groups", atlas.groups(), StateGroup::id);
    this.peopleById = unique("people", atlas.people(), Person::id);
    this.forumsById = unique("forums", atlas.forums(), Forum::id);
    this.eventsById = unique("events", atlas.events(), Event::id);
  }

  /** Checks the atlas; {@link #problems()} lists what is wrong, and the maps by id are complete. */
  static AtlasValidator validate(Atlas atlas) {
    AtlasValidator validator = new AtlasValidator(atlas);
    validator.run();
    return validator;
  }

  List<Problem> problems() {
    return problems;
  }

  private void run() {
    for (int i = 0; i < atlas.groups().size(); i++) {
      // members are a sorted set: an index into it need not be the index in the text, so point at the list
      for (String member : atlas.groups().get(i).members()) {
        state(ROOT.in("groups").at(i).in("members"), member);
      }
    }
    for (int i = 0; i < atlas.people().size(); i++) {
      person(ROOT.in("people").at(i), atlas.people().get(i));
    }
    for (int i = 0; i < atlas.forums().size(); i++) {
      forum(ROOT.in("forums").at(i), atlas.forums().get(i));
    }
    for (int i = 0; i < atlas.events().size(); i++) {
      event(ROOT.in("events").at(i), atlas.events().get(i));
    }
    for (int i = 0; i < atlas.reports().size(); i++) {
      report(ROOT.in("reports").at(i), atlas.reports().get(i));
    }
  }

  private <T> Map<String, T> unique(String list, List<T> values, Function<T, String> id) {
    Map<String, T> byId = new HashMap<>(Math.max(16, (int) (values.size() / 0.75f) + 1));
    Map<String, Integer> firstIndex = null;
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      String key = id.apply(value);
      if (byId.putIfAbsent(key, value) != null) {
        if (firstIndex == null) {
          // only a list with a duplicate needs to know where each id came first
          firstIndex = new HashMap<>();
          for (int j = 0; j < i; j++) {
            firstIndex.putIfAbsent(id.apply(values.get(j)), j);
          }
        }
        problems.add(Problem.at("/" + list + "/" + i,
            "duplicate id '" + key + "': /" + list + "/" + firstIndex.get(key) + " has it already"));
      } else if (firstIndex != null) {
        firstIndex.put(key, i);
      }
    }
    return byId;
  }

  private void person(At at, Person person) {
    for (int i = 0; i < person.tenures().size(); i++) {
      Tenure tenure = person.tenures().get(i);
      At here = at.in("tenures").at(i);
      if (tenure.office() == Office.HEAD_OF_ORGANISATION) {
        if (!isOrganisation(tenure.state())) {
          problem(here.in("state"), "a tenure as HEAD_OF_ORGANISATION needs an"
              + " organisation (a forum of kind ORGANISATION), not '" + tenure.state() + "'");
        }
      } else if (!statesByCode.containsKey(tenure.state())) {
        problem(here.in("state"), unknown("state", tenure.state())
            + (forumsById.containsKey(tenure.state()) ? " (an organisation: only HEAD_OF_ORGANISATION is held in one)"
                : ""));
      }
      tenure.predecessor().ifPresent(p -> {
        if (p.equals(person.id())) {
          problem(here.in("predecessor"),
              person.id() + " cannot be their own predecessor");
        } else {
          reference(here.in("predecessor"), "person", p, peopleById);
        }
      });
      sources(here.in("sources"), tenure.sources());
      for (int j = 0; j < i; j++) {
        Tenure earlier = person.tenures().get(j);
        if (earlier.office() == tenure.office() && earlier.state().equals(tenure.state())
            && earlier.span().intersects(tenure.span()).isTrue()) {
          problem(here.in("span"), "tenure as " + tenure.office() + " of "
              + tenure.state() + " (" + tenure.span() + ") overlaps the one at " + at.in("tenures").at(j) + " ("
              + earlier.span() + ")");
        }
      }
    }
  }

  private void forum(At at, Forum forum) {
    sources(at.in("sources"), forum.sources());
    for (int i = 0; i < forum.memberships().size(); i++) {
      Membership membership = forum.memberships().get(i);
      At here = at.in("memberships").at(i);
      state(here.in("state"), membership.state());
      sources(here.in("sources"), membership.sources());
      for (int j = 0; j < i; j++) {
        Membership earlier = forum.memberships().get(j);
        if (earlier.state().equals(membership.state()) && earlier.span().intersects(membership.span()).isTrue()) {
          problem(here.in("span"), "membership of " + membership.state() + " in "
              + forum.id() + " (" + membership.status() + ", " + membership.span() + ") overlaps the one at "
              + at.in("memberships").at(j) + " (" + earlier.status() + ", " + earlier.span() + ")");
        }
      }
    }
  }

  private void event(At at, Event event) {
    sources(at.in("sources"), event.sources());
    event.host().ifPresent(host -> state(at.in("host"), host));
    event.forum().ifPresent(forum -> reference(at.in("forum"), "forum", forum, forumsById));
    places(at.in("places"), event.places());
    participations(at.in("participations"), event.participations());
    statements(at.in("statements"), event.statements());
    event.accept(new Event.Visitor<Void>() {
      @Override
      public Void visitMeeting(Meeting meeting) {
        meeting.chair().ifPresent(chair -> reference(at.in("chair"), "person", chair, peopleById));
        return null;
      }

      @Override
      public Void visitExercise(Exercise exercise) {
        for (int i = 0; i < exercise.assets().size(); i++) {
          String owner = exercise.assets().get(i).state();
          if (state(at.in("assets").at(i).in("state"), owner) && !exercise.parties().contains(owner)) {
            problem(at.in("assets").at(i).in("state"),
                "asset owner " + owner + " is not a party of exercise " + exercise.id());
          }
        }
        return null;
      }

      @Override
      public Void visitAgreement(Agreement agreement) {
        notBefore(at.in("ratified"), "ratified", agreement.ratified(), agreement.signed());
        notBefore(at.in("inForce"), "in force", agreement.inForce(), agreement.signed());
        return null;
      }
    });
  }

  private void notBefore(At at, String what, Optional<FuzzyDate> date, FuzzyDate signed) {
    date.ifPresent(d -> {
      if (d.isBefore(signed).isTrue()) {
        problem(at, what + " " + d + " is before the signing " + signed);
      }
    });
  }

  private void report(At at, Report report) {
    reference(at.in("source"), "source", report.source(), sourcesById);
    boolean aboutEvent = eventsById.containsKey(report.about());
    if (!aboutEvent && !forumsById.containsKey(report.about())) {
      problem(at.in("about"), unknown("event or forum", report.about()));
    } else if (!aboutEvent && (report.span().isPresent() || report.status().isPresent()
        || !report.places().isEmpty() || !report.participations().isEmpty() || !report.statements().isEmpty())) {
      problem(at, "a report about forum '" + report.about() + "' can only hold notes");
    }
    places(at.in("places"), report.places());
    participations(at.in("participations"), report.participations());
    statements(at.in("statements"), report.statements());
  }

  private void places(At at, List<Place> places) {
    for (int i = 0; i < places.size(); i++) {
      state(at.at(i).in("state"), places.get(i).state());
    }
  }

  private void participations(At at, List<Participation> participations) {
    for (int i = 0; i < participations.size(); i++) {
      Participation participation = participations.get(i);
      String party = participation.party();
      if (!statesByCode.containsKey(party) && !isOrganisation(party)) {
        problem(at.at(i).in("party"),
            unknown("party (a state code or an organisation's forum id)", party));
      }
      for (int j = 0; j < participation.delegation().size(); j++) {
        At here = at.at(i).in("delegation").at(j).in("person");
        participation.delegation().get(j).person().ifPresent(p -> reference(here, "person", p, peopleById));
      }
    }
  }

  private void statements(At at, List<Statement> statements) {
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      reference(at.at(i).in("speaker"), "person", statement.speaker(), peopleById);
      int k = i;
      statement.onBehalfOf().ifPresent(p -> reference(at.at(k).in("onBehalfOf"), "person", p, peopleById));
      reference(at.at(i).in("source"), "source", statement.source(), sourcesById);
    }
  }

  private void sources(At at, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      reference(at.at(i), "source", ids.get(i), sourcesById);
    }
  }

  private boolean state(At at, String code) {
    return reference(at, "state", code, statesByCode);
  }

  private boolean isOrganisation(String id) {
    Forum forum = forumsById.get(id);
    return forum != null && forum.kind() == ForumKind.ORGANISATION;
  }

  private boolean reference(At at, String what, String id, Map<String, ?> known) {
    if (known.containsKey(id)) {
      return true;
    }
    problem(at, unknown(what, id));
    return false;
  }

  /**
   * A JSON pointer, written out only when a problem needs it: checking a million events must not build a million
   * strings that are never shown.
   */
  private static final class At {
    private final @Nullable At parent;
    private final @Nullable String name;
    private final int index;

    private At(@Nullable At parent, @Nullable String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    At in(String property) {
      return new At(this, property, -1);
    }

    At at(int element) {
      return new At(this, null, element);
    }

    @Override
    public String toString() {
      if (parent == null) {
        return "";
      }
      return parent + "/" + (name != null ? name : Integer.toString(index));
    }
  }

  private void problem(At at, String message) {
    problems.add(Problem.at(at.toString(), message));
  }

  private static String unknown(String what, String id) {
    return "unknown " + what + " '" + id + "'";
  }

}
