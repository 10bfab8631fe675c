package dev.noisebook.kernel.jshell;

import dev.noisebook.kernel.jshell.Completeness.Status;
import java.util.List;

/**
 * Answers Jupyter's {@code is_complete_request} from the cell's snippets: invalid when JShell
 * cannot classify a snippet, incomplete when the last one is unfinished, and then with an indent of
 * four spaces per bracket still open, so a console's continuation line starts inside the block.
 */
final class CompletenessCheck {
  private static final String STEP = "    ";

  private CompletenessCheck() {}

  /** The verdict on {@code code}, split into {@code snippets}. */
  static Completeness of(String code, List<CellSnippet> snippets) {
    for (CellSnippet snippet : snippets) {
      switch (snippet.completeness()) {
        case UNKNOWN -> {
          return new Completeness(Status.INVALID, "");
        }
        case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
          return new Completeness(Status.INCOMPLETE, STEP.repeat(Math.max(1, openBrackets(code))));
        }
        default -> {}
      }
    }
    return new Completeness(Status.COMPLETE, "");
  }

  /**
   * How many brackets are open at the end of {@code code}, skipping string and character literals
   * and comments. Only for indenting: unbalanced closers count as nothing.
   */
  static int openBrackets(String code) {
    int depth = 0;
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (code.startsWith("//", i)) {
        int end = code.indexOf('\n', i);
        i = end < 0 ? code.length() : end;
      } else if (code.startsWith("/*", i)) {
        int end = code.indexOf("*/", i + 2);
        i = end < 0 ? code.length() : end + 2;
      } else if (c == '"' || c == '\'') {
        i = endOfLiteral(code, i);
      } else {
        if (c == '{' || c == '(' || c == '[') {
          depth++;
        } else if ((c == '}' || c == ')' || c == ']') && depth > 0) {
          depth--;
        }
        i++;
      }
    }
    return depth;
  }

  /** The index after the literal starting at {@code start} (a text block counts as one). */
  private static int endOfLiteral(String code, int start) {
    String quote = code.startsWith("\"\"\"", start) ? "\"\"\"" : String.valueOf(code.charAt(start));
    int i = start + quote.length();
    while (i < code.length()) {
      if (code.charAt(i) == '\\') {
        i += 2;
      } else if (code.startsWith(quote, i)) {
        return i + quote.length();
      } else if (quote.length() == 1 && code.charAt(i) == '\n') {
        return i;
      } else {
        i++;
      }
    }
    return code.length();
  }
}
