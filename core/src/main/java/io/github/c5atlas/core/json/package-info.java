/**
 * Internal: the Jackson set-up of the atlas format (limits, strictness, the EDTF form of fuzzy dates) and the
 * streaming pass that finds the line and column of a JSON pointer. Not part of the API: use
 * {@link io.github.c5atlas.core.Atlas#read(java.nio.file.Path)} and {@link io.github.c5atlas.core.Atlas#write}.
 */
@NullMarked
package io.github.c5atlas.core.json;

import org.jspecify.annotations.NullMarked;
