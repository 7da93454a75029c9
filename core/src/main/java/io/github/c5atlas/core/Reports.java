package io.github.c5atlas.core;

import com.google.common.collect.ImmutableList;
import io.github.c5atlas.core.time.FuzzyDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Applies the reports of one source to an atlas, and lists where reports differ from the curated view. */
final class Reports {
  private Reports() {}

  static Atlas asReportedBy(Atlas atlas, String sourceId) {
    Atlas.Builder told = Atlas.builder().origin("atlas as reported by " + sourceId);
    atlas.sources().forEach(told::addSource);
    atlas.states().forEach(told::addState);
    atlas.groups().forEach(told::addGroup);
    atlas.people().forEach(told::addPerson);
    atlas.forums().forEach(told::addForum);
    atlas.reports().forEach(told::addReport);
    for (Event event : atlas.events()) {
      Event version = event;
      for (Report report : atlas.reports()) {
        if (report.source().equals(sourceId) && report.about().equals(event.id())) {
          version = apply(version, report);
        }
      }
      told.addEvent(version);
    }
    return told.build();
  }

  private static Event apply(Event event, Report report) {
    EventStatus status = report.status().orElse(event.status());
    var span = report.span().orElse(event.span());
    List<Place> places = report.places().isEmpty() ? event.places() : report.places();
    List<Participation> parties = report.participations().isEmpty() ? event.participations()
        : report.participations();
    List<Statement> statements = ImmutableList.<Statement>builder()
        .addAll(event.statements()).addAll(report.statements()).build();
    Optional<String> host = report.participations().isEmpty() ? event.host() : parties.stream()
        .filter(p -> p.role() == Role.HOST).map(Participation::party).findFirst();
    return event.accept(new Event.Visitor<Event>() {
      @Override
      public Event visitMeeting(Meeting meeting) {
        return Meeting.builder().from(meeting).status(status).span(span).places(places)
            .participations(parties).statements(statements).host(host).build();
      }

      @Override
      public Event visitExercise(Exercise exercise) {
        // equipment is the source's only where its owner is among the parties the source names
        Set<String> named = parties.stream().map(Participation::party).collect(Collectors.toSet());
        return Exercise.builder().from(exercise).status(status).span(span).places(places)
            .participations(parties).statements(statements).host(host)
            .assets(exercise.assets().stream().filter(a -> named.contains(a.state())).collect(Collectors.toList()))
            .build();
      }

      @Override
      public Event visitAgreement(Agreement agreement) {
        // a ratification the source's own signing date would put before the signing is not the source's claim
        Optional<FuzzyDate> ratified = agreement.ratified().filter(d -> !d.isBefore(span.start()).isTrue());
        Optional<FuzzyDate> inForce = agreement.inForce().filter(d -> !d.isBefore(span.start()).isTrue());
        return Agreement.builder().from(agreement).status(status).span(span).places(places)
            .participations(parties).statements(statements).host(host).ratified(ratified).inForce(inForce)
            .build();
      }
    });
  }

  static ImmutableList<Discrepancy> discrepancies(Atlas atlas) {
    ImmutableList.Builder<Discrepancy> all = ImmutableList.builder();
    for (Report report : atlas.reports()) {
      Optional<Event> about = atlas.events().stream().filter(e -> e.id().equals(report.about())).findFirst();
      ImmutableList<String> curatedSources = about.map(Event::sources)
          .or(() -> atlas.forum(report.about()).map(Forum::sources)).orElse(ImmutableList.of());
      Differ base = (field, curated, reported) -> Discrepancy.builder().about(report.about()).field(field)
          .curated(curated).reported(reported).curatedSources(curatedSources).reportSource(report.source()).build();
      if (about.isPresent()) {
        Event event = about.get();
        report.status().filter(s -> s != event.status()).ifPresent(s -> all.add(
            base.of(Discrepancy.Field.STATUS, event.status().toString(), s.toString())));
        report.span().filter(s -> !s.equals(event.span())).ifPresent(s -> all.add(
            base.of(Discrepancy.Field.SPAN, event.span().toString(), s.toString())));
        if (!report.places().isEmpty() && !report.places().equals(event.places())) {
          all.add(base.of(Discrepancy.Field.PLACES, places(event.places()), places(report.places())));
        }
        if (!report.participations().isEmpty()
            && !parties(report.participations()).equals(parties(event.participations()))) {
          all.add(base.of(Discrepancy.Field.PARTICIPANTS, parties(event.participations()),
              parties(report.participations())));
        }
        for (Statement statement : report.statements()) {
          all.add(base.of(Discrepancy.Field.STATEMENTS, "", statement.speaker()
              + statement.onBehalfOf().map(p -> " on behalf of " + p).orElse("") + ": " + statement.text()));
        }
      }
      for (String note : report.notes()) {
        all.add(base.of(Discrepancy.Field.NOTE, "", note));
      }
    }
    return all.build();
  }

  private interface Differ {
    Discrepancy of(Discrepancy.Field field, String curated, String reported);
  }

  private static String places(List<Place> places) {
    return places.stream().map(p -> String.join(", ", ImmutableList.<String>builder()
        .addAll(p.venue().stream().iterator()).addAll(p.city().stream().iterator())
        .addAll(p.region().stream().iterator()).add(p.state()).build()))
        .collect(Collectors.joining("; "));
  }

  private static String parties(List<Participation> participations) {
    return participations.stream()
        .map(p -> p.role() == Role.PARTICIPANT ? p.party()
            : p.party() + " (" + p.role().name().toLowerCase(Locale.ROOT) + ")")
        .sorted().collect(Collectors.joining(", "));
  }
}
