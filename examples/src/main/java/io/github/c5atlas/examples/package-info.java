/**
 * Runnable examples of c5atlas: {@link io.github.c5atlas.examples.Demo}, the program behind the README's run command
 * (the seed article's story with no arguments, or one query on the bundled atlas or a file of your own),
 * {@link io.github.c5atlas.examples.SeedStory}, the story it tells, and the pictures the notebooks use. The JShell
 * scripts and notebooks live beside this module's sources, in {@code examples/jshell} and {@code examples/notebooks}.
 */
package io.github.c5atlas.examples;
