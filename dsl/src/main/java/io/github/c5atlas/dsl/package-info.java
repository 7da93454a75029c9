/**
 * The c5atlas query DSL. One static import, {@code import static io.github.c5atlas.dsl.Dsl.*;}, gives every entry
 * point; a {@link io.github.c5atlas.dsl.Query} is an immutable value that prints as the text syntax
 * {@link io.github.c5atlas.dsl.Query#parse(String)} reads, and runs on any atlas.
 *
 * <pre>{@code
 * var c5only = events().where(attendedByAll(CENTRAL_ASIA).and(attendedOnlyBy(CENTRAL_ASIA)));
 * c5only.run(Atlas.bundled()).list();
 * c5only.toString();   // events where attendedByAll(CENTRAL_ASIA) and attendedOnlyBy(CENTRAL_ASIA)
 * }</pre>
 *
 * <p>Answers are three-valued: on fuzzy dates a condition is true, false or unknown
 * ({@link io.github.c5atlas.core.time.Truth}); a query returns what is certainly true unless asked
 * {@link io.github.c5atlas.dsl.Query#includingUncertain()}.
 */
@NullMarked
package io.github.c5atlas.dsl;

import org.jspecify.annotations.NullMarked;
