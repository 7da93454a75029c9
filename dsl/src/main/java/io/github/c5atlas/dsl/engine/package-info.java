/**
 * The query engine's indexes: bitmaps of an atlas's events by party and role, status, kind, forum, host, place,
 * series, tag, source, meeting level, exercise kind and agreement subject, and by the years and days their fuzzy
 * spans may touch. The planner of {@link io.github.c5atlas.dsl.Query} turns conditions into operations on these
 * bitmaps; this package knows the model only, never the queries.
 *
 * <pre>{@code
 * EventIndex index = EventIndex.of(atlas);   // built once per atlas, on first use
 * RoaringBitmap c5 = index.attendedByAll(StateGroup.CENTRAL_ASIA.members(), Set.of(), index.all());
 * }</pre>
 */
@NullMarked
package io.github.c5atlas.dsl.engine;

import org.jspecify.annotations.NullMarked;
