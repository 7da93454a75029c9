/**
 * JMH benchmarks of the c5atlas engine against a plain stream scan and CQEngine on seeded synthetic atlases of up
 * to a million events, with the runner that checks every answer equal before timing and reports the ratios
 * against the targets. Not published; see {@code docs/benchmarks.md}.
 */
package io.github.c5atlas.bench;
