// The Samarkand story (load after start.jsh): the meeting of 20 October 2025, the exercises around it,
// and the ministers who were there.
var samarkand = atlas.event("samarkand-2025").orElseThrow();
System.out.println(samarkand.name() + ", " + samarkand.span() + ", chaired by " + ((Meeting) samarkand).chair().orElseThrow());

// Events that all five attended, with no external party
var c5only = events().where(attendedByAll(CENTRAL_ASIA).and(attendedOnlyBy(CENTRAL_ASIA))).orderBy(START);
System.out.println(c5only.run(atlas));

// The same question, only for the defence ministers' format: Samarkand is the first
System.out.println(meetings().where(forum("c5-defence")).run(atlas));

// Exercises going on that day (uncertain rows, if any, would be marked ?)
var concurrent = exercises().where(concurrentWith(event("samarkand-2025"))).includingUncertain().run(atlas);
System.out.println(concurrent);
System.out.println("certain: " + concurrent.certain().size() + ", uncertain: " + concurrent.uncertain().size());

// A new generation? Ministers at Samarkand appointed in the year before it
var newMinisters = people()
    .where(holding(DEFENCE_MINISTER, "2025-10-20").appointedWithin(Period.ofYears(1))
        .and(attended(event("samarkand-2025"))))
    .includingUncertain()
    .run(atlas);
System.out.println(newMinisters);
System.out.println("Gundogdyev, in post since 2018: " + atlas.person("gundogdyev").orElseThrow().tenures());
