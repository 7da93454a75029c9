// The summits since 2018 (load after start.jsh): "annual summits of Central Asian leaders since 2018".
var summits = meetings().where(forum("c5-summit").and(after("2017"))).orderBy(START).run(atlas);
System.out.println(summits);
System.out.println("years without a summit: " + SeedStory.yearsWithout(summits));

// Which summits had a guest, and who?
for (var summit : summits) {
  summit.participations().stream()
      .filter(p -> p.role() == Role.GUEST)
      .forEach(p -> System.out.println(summit.id() + ": guest " + p.party()));
}

// The same summits as Markdown, for a notebook or an issue
System.out.println(summits.toMarkdown());
