/**
 * The c5atlas model: {@link io.github.c5atlas.core.Atlas}, the container, and the immutable values it holds:
 * states and groups, people and their tenures, forums and memberships, and the sealed family of
 * {@link io.github.c5atlas.core.Event events} (meetings, exercises, agreements) with their participations,
 * statements, sources and the reports of sources that disagree with the curated view.
 *
 * <pre>{@code
 * Atlas atlas = Atlas.bundled();
 * Event birlik = atlas.event("birlik-2025").orElseThrow();
 * atlas.asReportedBy("seed-article").event("birlik-2025").orElseThrow().span();
 * }</pre>
 */
@NullMarked
@C5Style
package io.github.c5atlas.core;

import org.jspecify.annotations.NullMarked;
