package io.github.c5atlas.dsl;

import java.util.Locale;
import java.util.Optional;

/**
 * The nearest valid name to a misspelt one, for error messages: the same name in other case, or else the candidate
 * with the fewest edits (Levenshtein distance), if that is at most one edit for names of one or two characters, two
 * for names of three to five, three for longer ones. Ties go to the first candidate.
 */
final class Suggestions {
  private static final int MAX_EDITS = 3;

  private Suggestions() {}

  static Optional<String> nearest(String found, Iterable<String> candidates) {
    if (found.isEmpty() || found.length() > 60) {
      return Optional.empty();
    }
    for (String candidate : candidates) {
      if (!candidate.equals(found) && candidate.toLowerCase(Locale.ROOT).equals(found.toLowerCase(Locale.ROOT))) {
        return Optional.of(candidate);
      }
    }
    return nearest(found, candidates, found.length() <= 2 ? 1 : found.length() <= 5 ? 2 : MAX_EDITS);
  }

  /** Returns the candidate nearest the name in at most {@code allowed} edits, if there is one. */
  static Optional<String> nearest(String found, Iterable<String> candidates, int allowed) {
    String best = null;
    int bestDistance = allowed + 1;
    for (String candidate : candidates) {
      if (candidate.equals(found) || Math.abs(candidate.length() - found.length()) >= bestDistance) {
        continue;
      }
      int distance = distance(found, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Returns the Levenshtein distance: the fewest insertions, deletions and replacements from one to the other. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
