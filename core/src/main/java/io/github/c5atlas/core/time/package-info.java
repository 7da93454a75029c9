/**
 * Fuzzy dates and spans: {@link io.github.c5atlas.core.time.FuzzyDate} (the range of days a date may be, written
 * in EDTF), {@link io.github.c5atlas.core.time.FuzzySpan} (two fuzzy dates, an open end meaning ongoing) and
 * {@link io.github.c5atlas.core.time.Truth}, the three-valued answer of every comparison on them.
 */
@NullMarked
package io.github.c5atlas.core.time;

import org.jspecify.annotations.NullMarked;
