package dev.noisebook.kernel.magic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a magic's arguments at whitespace, keeping double-quoted text together so that a path with
 * spaces can be given as {@code "my libs/a.jar"}.
 */
final class Arguments {
  private Arguments() {}

  static List<String> split(String args) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean inWord = false;
    for (char c : args.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        inWord = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quoted) {
      throw new MagicException("unbalanced \" in: " + args);
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
