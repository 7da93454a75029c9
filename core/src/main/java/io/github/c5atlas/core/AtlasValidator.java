package io.github.c5atlas.core;

import io.github.c5atlas.core.time.FuzzyDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private final Set<String> sources;
  private final Set<String> states;
  private final Set<String> people;
  private final Map<String, Forum> forums;
  private final Set<String> events;

  private AtlasValidator(Atlas atlas) {
    this.atlas = atlas;
    this.sourcesById = unique("sources", atlas.sources(), Source::id);
    this.statesByCode = unique("states", atlas.states(), State::code);
    this.groupsById = unique("groups", atlas.groups(), StateGroup::id);
    this.peopleById = unique("people", atlas.people(), Person::id);
    this.forumsById = unique("forums", atlas.forums(), Forum::id);
    this.eventsById = unique("events", atlas.events(), Event::id);
    this.sources = sourcesById.keySet();
    this.states = statesByCode.keySet();
    this.people = peopleById.keySet();
    this.forums = forumsById;
    this.events = eventsById.keySet();
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
          problems.add(Problem.at(here.in("state").toString(), "a tenure as HEAD_OF_ORGANISATION needs an"
              + " organisation (a forum of kind ORGANISATION), not '" + tenure.state() + "'"));
        }
      } else if (!states.contains(tenure.state())) {
        problems.add(Problem.at(here.in("state").toString(), unknown("state", tenure.state())
            + (forums.containsKey(tenure.state()) ? " (an organisation: only HEAD_OF_ORGANISATION is held in one)"
                : "")));
      }
      tenure.predecessor().ifPresent(p -> {
        if (p.equals(person.id())) {
          problems.add(Problem.at(here.in("predecessor").toString(),
              person.id() + " cannot be their own predecessor"));
        } else {
          reference(here.in("predecessor"), "person", p, people);
        }
      });
      sources(here.in("sources"), tenure.sources());
      for (int j = 0; j < i; j++) {
        Tenure earlier = person.tenures().get(j);
        if (earlier.office() == tenure.office() && earlier.state().equals(tenure.state())
            && earlier.span().intersects(tenure.span()).isTrue()) {
          problems.add(Problem.at(here.in("span").toString(), "tenure as " + tenure.office() + " of "
              + tenure.state() + " (" + tenure.span() + ") overlaps the one at " + at + "/tenures/" + j + " ("
              + earlier.span() + ")"));
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
          problems.add(Problem.at(here.in("span").toString(), "membership of " + membership.state() + " in "
              + forum.id() + " (" + membership.status() + ", " + membership.span() + ") overlaps the one at " + at
              + "/memberships/" + j + " (" + earlier.status() + ", " + earlier.span() + ")"));
        }
      }
    }
  }

  private void event(At at, Event event) {
    sources(at.in("sources"), event.sources());
    event.host().ifPresent(host -> state(at.in("host"), host));
    event.forum().ifPresent(forum -> reference(at.in("forum"), "forum", forum, forums.keySet()));
    places(at.in("places"), event.places());
    participations(at.in("participations"), event.participations());
    statements(at.in("statements"), event.statements());
    event.accept(new Event.Visitor<Void>() {
      @Override
      public Void visitMeeting(Meeting meeting) {
        meeting.chair().ifPresent(chair -> reference(at.in("chair"), "person", chair, people));
        return null;
      }

      @Override
      public Void visitExercise(Exercise exercise) {
        for (int i = 0; i < exercise.assets().size(); i++) {
          String owner = exercise.assets().get(i).state();
          if (state(at.in("assets").at(i).in("state"), owner) && !exercise.parties().contains(owner)) {
            problems.add(Problem.at(at.in("assets").at(i).in("state").toString(),
                "asset owner " + owner + " is not a party of exercise " + exercise.id()));
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
        problems.add(Problem.at(at.toString(), what + " " + d + " is before the signing " + signed));
      }
    });
  }

  private void report(At at, Report report) {
    reference(at.in("source"), "source", report.source(), sources);
    boolean aboutEvent = events.contains(report.about());
    if (!aboutEvent && !forums.containsKey(report.about())) {
      problems.add(Problem.at(at.in("about").toString(), unknown("event or forum", report.about())));
    } else if (!aboutEvent && (report.span().isPresent() || report.status().isPresent()
        || !report.places().isEmpty() || !report.participations().isEmpty() || !report.statements().isEmpty())) {
      problems.add(Problem.at(at.toString(), "a report about forum '" + report.about() + "' can only hold notes"));
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
      if (!states.contains(party) && !isOrganisation(party)) {
        problems.add(Problem.at(at.at(i).in("party").toString(),
            unknown("party (a state code or an organisation's forum id)", party)));
      }
      for (int j = 0; j < participation.delegation().size(); j++) {
        At here = at.at(i).in("delegation").at(j).in("person");
        participation.delegation().get(j).person().ifPresent(p -> reference(here, "person", p, people));
      }
    }
  }

  private void statements(At at, List<Statement> statements) {
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      reference(at.at(i).in("speaker"), "person", statement.speaker(), people);
      int k = i;
      statement.onBehalfOf().ifPresent(p -> reference(at.at(k).in("onBehalfOf"), "person", p, people));
      reference(at.at(i).in("source"), "source", statement.source(), sources);
    }
  }

  private void sources(At at, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      reference(at.at(i), "source", ids.get(i), sources);
    }
  }

  private boolean state(At at, String code) {
    return reference(at, "state", code, states);
  }

  private boolean isOrganisation(String id) {
    Forum forum = forums.get(id);
    return forum != null && forum.kind() == ForumKind.ORGANISATION;
  }

  private boolean reference(At at, String what, String id, Set<String> known) {
    if (known.contains(id)) {
      return true;
    }
    problems.add(Problem.at(at.toString(), unknown(what, id)));
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

  private static String unknown(String what, String id) {
    return "unknown " + what + " '" + id + "'";
  }

}
