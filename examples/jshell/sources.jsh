// Sources that disagree (load after start.jsh): the seed article against the curated view.
atlas.discrepancies().stream()
    .filter(d -> d.reportSource().equals("seed-article") && d.field() != Discrepancy.Field.NOTE)
    .forEach(d -> System.out.println(SeedStory.describe(d)));

// Every query runs unchanged on a source's version of the atlas
var birlik = exercises().where(series("birlik"));
System.out.println(birlik.run(atlas));
System.out.println(birlik.accordingTo("seed-article").run(atlas));

// The article: Birlik 2025 began one day after Samarkand. The curated view: it opened on 14 October.
var dayAfter = exercises().where(metBy(event("samarkand-2025")));
System.out.println(dayAfter.accordingTo("seed-article").run(atlas));
System.out.println(dayAfter.run(atlas));

// The seed article's own version as an atlas of its own
Atlas perArticle = atlas.asReportedBy("seed-article");
System.out.println(perArticle.event("birlik-2025").orElseThrow().parties());
