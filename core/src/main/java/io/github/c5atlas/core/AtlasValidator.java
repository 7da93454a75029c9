package io.github.c5atlas.core;

import io.github.c5atlas.core.time.FuzzyDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks of a whole atlas, each problem with the JSON pointer of the offending value. Every rule is here, in
 * one pass over the lists, so that a document with many problems reports them all at once.
 */
final class AtlasValidator {
  private final Atlas atlas;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> sources = new HashSet<>();
  private final Set<String> states = new HashSet<>();
  private final Set<String> people = new HashSet<>();
  private final Map<String, Forum> forums = new HashMap<>();
  private final Set<String> events = new HashSet<>();

  private AtlasValidator(Atlas atlas) {
    this.atlas = atlas;
  }

  static List<Problem> validate(Atlas atlas) {
    AtlasValidator validator = new AtlasValidator(atlas);
    validator.run();
    return validator.problems;
  }

  private void run() {
    unique("sources", atlas.sources(), Source::id, sources);
    unique("states", atlas.states(), State::code, states);
    unique("groups", atlas.groups(), StateGroup::id, new HashSet<>());
    unique("people", atlas.people(), Person::id, people);
    unique("forums", atlas.forums(), Forum::id, new HashSet<>());
    atlas.forums().forEach(forum -> forums.putIfAbsent(forum.id(), forum));
    unique("events", atlas.events(), Event::id, events);
    for (int i = 0; i < atlas.groups().size(); i++) {
      // members are a sorted set: an index into it need not be the index in the text, so point at the list
      for (String member : atlas.groups().get(i).members()) {
        state("/groups/" + i + "/members", member);
      }
    }
    for (int i = 0; i < atlas.people().size(); i++) {
      person("/people/" + i, atlas.people().get(i));
    }
    for (int i = 0; i < atlas.forums().size(); i++) {
      forum("/forums/" + i, atlas.forums().get(i));
    }
    for (int i = 0; i < atlas.events().size(); i++) {
      event("/events/" + i, atlas.events().get(i));
    }
    for (int i = 0; i < atlas.reports().size(); i++) {
      report("/reports/" + i, atlas.reports().get(i));
    }
  }

  private <T> void unique(String list, List<T> values, Function<T, String> id, Set<String> seen) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      String key = id.apply(values.get(i));
      Integer earlier = first.putIfAbsent(key, i);
      if (earlier != null) {
        problems.add(Problem.at("/" + list + "/" + i,
            "duplicate id '" + key + "': /" + list + "/" + earlier + " has it already"));
      }
      seen.add(key);
    }
  }

  private void person(String at, Person person) {
    for (int i = 0; i < person.tenures().size(); i++) {
      Tenure tenure = person.tenures().get(i);
      String here = at + "/tenures/" + i;
      if (tenure.office() == Office.HEAD_OF_ORGANISATION) {
        if (!isOrganisation(tenure.state())) {
          problems.add(Problem.at(here + "/state", "a tenure as HEAD_OF_ORGANISATION needs an organisation (a forum"
              + " of kind ORGANISATION), not '" + tenure.state() + "'"));
        }
      } else if (!states.contains(tenure.state())) {
        problems.add(Problem.at(here + "/state", unknown("state", tenure.state())
            + (forums.containsKey(tenure.state()) ? " (an organisation: only HEAD_OF_ORGANISATION is held in one)"
                : "")));
      }
      tenure.predecessor().ifPresent(p -> {
        if (p.equals(person.id())) {
          problems.add(Problem.at(here + "/predecessor", person.id() + " cannot be their own predecessor"));
        } else {
          reference(here + "/predecessor", "person", p, people);
        }
      });
      sources(here + "/sources", tenure.sources());
      for (int j = 0; j < i; j++) {
        Tenure earlier = person.tenures().get(j);
        if (earlier.office() == tenure.office() && earlier.state().equals(tenure.state())
            && earlier.span().intersects(tenure.span()).isTrue()) {
          problems.add(Problem.at(here + "/span", "tenure as " + tenure.office() + " of " + tenure.state() + " ("
              + tenure.span() + ") overlaps the one at " + at + "/tenures/" + j + " (" + earlier.span() + ")"));
        }
      }
    }
  }

  private void forum(String at, Forum forum) {
    sources(at + "/sources", forum.sources());
    for (int i = 0; i < forum.memberships().size(); i++) {
      Membership membership = forum.memberships().get(i);
      String here = at + "/memberships/" + i;
      state(here + "/state", membership.state());
      sources(here + "/sources", membership.sources());
      for (int j = 0; j < i; j++) {
        Membership earlier = forum.memberships().get(j);
        if (earlier.state().equals(membership.state()) && earlier.span().intersects(membership.span()).isTrue()) {
          problems.add(Problem.at(here + "/span", "membership of " + membership.state() + " in " + forum.id() + " ("
              + membership.status() + ", " + membership.span() + ") overlaps the one at " + at + "/memberships/" + j
              + " (" + earlier.status() + ", " + earlier.span() + ")"));
        }
      }
    }
  }

  private void event(String at, Event event) {
    sources(at + "/sources", event.sources());
    event.host().ifPresent(host -> state(at + "/host", host));
    event.forum().ifPresent(forum -> reference(at + "/forum", "forum", forum, forums.keySet()));
    places(at + "/places", event.places());
    participations(at + "/participations", event.participations());
    statements(at + "/statements", event.statements());
    event.accept(new Event.Visitor<Void>() {
      @Override
      public Void visitMeeting(Meeting meeting) {
        meeting.chair().ifPresent(chair -> reference(at + "/chair", "person", chair, people));
        return null;
      }

      @Override
      public Void visitExercise(Exercise exercise) {
        for (int i = 0; i < exercise.assets().size(); i++) {
          String owner = exercise.assets().get(i).state();
          if (state(at + "/assets/" + i + "/state", owner) && !exercise.parties().contains(owner)) {
            problems.add(Problem.at(at + "/assets/" + i + "/state",
                "asset owner " + owner + " is not a party of exercise " + exercise.id()));
          }
        }
        return null;
      }

      @Override
      public Void visitAgreement(Agreement agreement) {
        notBefore(at + "/ratified", "ratified", agreement.ratified(), agreement.signed());
        notBefore(at + "/inForce", "in force", agreement.inForce(), agreement.signed());
        return null;
      }
    });
  }

  private void notBefore(String at, String what, Optional<FuzzyDate> date, FuzzyDate signed) {
    date.ifPresent(d -> {
      if (d.isBefore(signed).isTrue()) {
        problems.add(Problem.at(at, what + " " + d + " is before the signing " + signed));
      }
    });
  }

  private void report(String at, Report report) {
    reference(at + "/source", "source", report.source(), sources);
    boolean aboutEvent = events.contains(report.about());
    if (!aboutEvent && !forums.containsKey(report.about())) {
      problems.add(Problem.at(at + "/about", unknown("event or forum", report.about())));
    } else if (!aboutEvent && (report.span().isPresent() || report.status().isPresent()
        || !report.places().isEmpty() || !report.participations().isEmpty() || !report.statements().isEmpty())) {
      problems.add(Problem.at(at, "a report about forum '" + report.about() + "' can only hold notes"));
    }
    places(at + "/places", report.places());
    participations(at + "/participations", report.participations());
    statements(at + "/statements", report.statements());
  }

  private void places(String at, List<Place> places) {
    for (int i = 0; i < places.size(); i++) {
      state(at + "/" + i + "/state", places.get(i).state());
    }
  }

  private void participations(String at, List<Participation> participations) {
    for (int i = 0; i < participations.size(); i++) {
      Participation participation = participations.get(i);
      String party = participation.party();
      if (!states.contains(party) && !isOrganisation(party)) {
        problems.add(Problem.at(at + "/" + i + "/party",
            unknown("party (a state code or an organisation's forum id)", party)));
      }
      for (int j = 0; j < participation.delegation().size(); j++) {
        String here = at + "/" + i + "/delegation/" + j + "/person";
        participation.delegation().get(j).person().ifPresent(p -> reference(here, "person", p, people));
      }
    }
  }

  private void statements(String at, List<Statement> statements) {
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      reference(at + "/" + i + "/speaker", "person", statement.speaker(), people);
      int k = i;
      statement.onBehalfOf().ifPresent(p -> reference(at + "/" + k + "/onBehalfOf", "person", p, people));
      reference(at + "/" + i + "/source", "source", statement.source(), sources);
    }
  }

  private void sources(String at, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      reference(at + "/" + i, "source", ids.get(i), sources);
    }
  }

  private boolean state(String at, String code) {
    return reference(at, "state", code, states);
  }

  private boolean isOrganisation(String id) {
    Forum forum = forums.get(id);
    return forum != null && forum.kind() == ForumKind.ORGANISATION;
  }

  private boolean reference(String at, String what, String id, Set<String> known) {
    if (known.contains(id)) {
      return true;
    }
    problems.add(Problem.at(at, unknown(what, id)));
    return false;
  }

  private static String unknown(String what, String id) {
    return "unknown " + what + " '" + id + "'";
  }

}
