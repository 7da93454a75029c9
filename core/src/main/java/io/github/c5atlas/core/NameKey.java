package io.github.c5atlas.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a name under which lookups compare it: case folded, diacritics removed, the usual Arabic spelling
 * variants made one (alef forms, taa marbuta, alef maqsura, tatweel and harakat), punctuation and spacing
 * collapsed. "Kholmukhamedov" and "KHOLMUKHAMEDOV", "Gündoğdyýew" and "Gundogdyyew", "أوزبكستان" and "اوزبكستان"
 * have the same key.
 */
final class NameKey {
  private NameKey() {}

  static String of(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder key = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == '\u0640') {
        continue; // Latin diacritics, Arabic harakat and hamza marks, tatweel
      }
      char folded = arabic(c);
      if (Character.isLetterOrDigit(folded)) {
        if (space && key.length() > 0) {
          key.append(' ');
        }
        key.append(folded);
        space = false;
      } else {
        space = true;
      }
    }
    return key.toString().toLowerCase(Locale.ROOT).replace('ё', 'е').replace('ı', 'i');
  }

  private static char arabic(char c) {
    switch (c) {
      case '\u0622': // alef with madda
      case '\u0623': // alef with hamza above
      case '\u0625': // alef with hamza below
      case '\u0671': // alef wasla
        return '\u0627';
      case '\u0629': // taa marbuta
        return '\u0647';
      case '\u0649': // alef maqsura
        return '\u064A';
      case '\u06CC': // farsi yeh
        return '\u064A';
      case '\u06A9': // keheh
        return '\u0643';
      default:
        return c;
    }
  }
}
