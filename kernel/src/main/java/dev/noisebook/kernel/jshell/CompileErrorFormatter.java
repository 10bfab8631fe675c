package dev.noisebook.kernel.jshell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.Diag;

/**
 * Turns JShell's diagnostics for a rejected snippet into a {@code CompilationError} failure that
 * points into the cell: each error gives its cell line and column, the compiler's message (with
 * {@code symbol:} details folded into the first line, so "cannot find symbol: method foo()"), the
 * offending source line, and a caret underline under the erroneous range.
 */
final class CompileErrorFormatter {
  static final String ENAME = "CompilationError";

  /** A JShell temporary variable such as {@code $3}, which this kernel does not keep. */
  private static final Pattern TEMP_VAR = Pattern.compile("variable \\$\\d+\\b");

  private static final String TEMP_VAR_HINT =
      "note: this kernel does not keep expression results as $N variables (each would slow every"
          + " later cell); give the value a name instead, e.g. var x = ...";

  private CompileErrorFormatter() {}

  /** The failure for {@code errors} of {@code snippet} in {@code cell}. */
  static Outcome.Failure format(CellText cell, CellSnippet snippet, List<Diag> errors) {
    List<String> traceback = new ArrayList<>();
    for (Diag diag : errors) {
      String message = message(diag);
      long position =
          diag.getPosition() == Diag.NOPOS ? diag.getStartPosition() : diag.getPosition();
      if (position == Diag.NOPOS) {
        traceback.add(Ansi.error(message));
        continue;
      }
      int at = snippet.offset() + (int) position;
      traceback.add(
          Ansi.location("cell line " + cell.lineOf(at) + ", column " + cell.columnOf(at))
              + ": "
              + Ansi.error(message));
      traceback.add("    " + cell.lineAt(at));
      traceback.add("    " + underline(cell, snippet, diag, at));
    }
    String summary = errors.isEmpty() ? "the snippet was rejected" : message(errors.getFirst());
    return failure(summary, traceback);
  }

  /** A failure with a message but no position, e.g. for unresolved declarations. */
  static Outcome.Failure of(String message) {
    return failure(message, new ArrayList<>(List.of(Ansi.error(message))));
  }

  /** The failure, with a hint when the user reached for a temporary variable JShell would keep. */
  private static Outcome.Failure failure(String summary, List<String> traceback) {
    if (traceback.stream().map(Ansi::strip).anyMatch(line -> TEMP_VAR.matcher(line).find())) {
      traceback.add(TEMP_VAR_HINT);
    }
    return new Outcome.Failure(ENAME, summary, traceback);
  }

  /** Blanks up to the error's range on its line, then carets under the range (at least one). */
  private static String underline(CellText cell, CellSnippet snippet, Diag diag, int at) {
    int lineStart = cell.lineStart(at);
    int lineEnd = cell.lineEnd(at);
    int from = at;
    int to = at + 1;
    if (diag.getStartPosition() != Diag.NOPOS && diag.getEndPosition() != Diag.NOPOS) {
      from = Math.max(lineStart, snippet.offset() + (int) diag.getStartPosition());
      to = Math.min(lineEnd, snippet.offset() + (int) diag.getEndPosition());
    }
    from = Math.min(from, at);
    to = Math.max(to, from + 1);
    return indentUnder(cell.lineAt(at), from - lineStart) + Ansi.error("^".repeat(to - from));
  }

  /** Blanks as wide as the first {@code width} characters of {@code line}, keeping its tabs. */
  private static String indentUnder(String line, int width) {
    StringBuilder indent = new StringBuilder();
    for (int i = 0; i < width; i++) {
      indent.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
    }
    return indent.toString();
  }

  /**
   * The compiler's message on one line: the first line, then the {@code symbol:} detail, then any
   * other detail except the {@code location:} of JShell's nameless wrapper class.
   */
  static String message(Diag diag) {
    List<String> lines = diag.getMessage(Locale.ROOT).lines().map(String::strip).toList();
    String head = lines.isEmpty() ? "error" : lines.getFirst();
    String details =
        lines.stream()
            .skip(1)
            .filter(line -> !line.isEmpty() && !line.matches("location: class\\s*(REPL\\..*)?"))
            .map(line -> line.startsWith("symbol:") ? line.substring(7).strip() : line)
            .collect(Collectors.joining(", "));
    return details.isEmpty() ? head : head + ": " + details;
  }
}
