package dev.noisebook.kernel.jshell;

/**
 * A cell's source seen as lines, for reporting positions the way the user sees them: 1-based line
 * and column numbers and the text of one line.
 */
final class CellText {
  private final String text;

  CellText(String text) {
    this.text = text;
  }

  /** The 1-based line of the UTF-16 {@code offset} (clamped to the text). */
  int lineOf(int offset) {
    int end = clamp(offset);
    int line = 1;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The 1-based column of {@code offset} within its line. */
  int columnOf(int offset) {
    int at = clamp(offset);
    return at - lineStart(at) + 1;
  }

  /** The offset where the line holding {@code offset} begins. */
  int lineStart(int offset) {
    return text.lastIndexOf('\n', clamp(offset) - 1) + 1;
  }

  /** The offset where the line holding {@code offset} ends (its newline or the text's end). */
  int lineEnd(int offset) {
    int end = text.indexOf('\n', clamp(offset));
    return end < 0 ? text.length() : end;
  }

  /** The text of the line holding {@code offset}, without its newline. */
  String lineAt(int offset) {
    return text.substring(lineStart(offset), lineEnd(offset)).stripTrailing();
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, text.length()));
  }
}
