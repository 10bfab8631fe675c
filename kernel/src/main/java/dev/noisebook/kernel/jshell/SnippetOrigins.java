package dev.noisebook.kernel.jshell;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each JShell snippet came from: which cell and at which line of it. JShell reports stack
 * frames as snippet id and snippet-relative line ({@code #12:2}); the user thinks in cell lines, so
 * frames of the running cell read {@code cell line 5}, and frames of code defined by an earlier
 * cell say so.
 */
final class SnippetOrigins {
  private record Origin(int cell, int firstLine) {}

  private final Map<String, Origin> origins = new HashMap<>();

  /**
   * Records that snippet {@code id} starts at 1-based line {@code firstLine} of cell {@code cell}.
   */
  void record(String id, int cell, int firstLine) {
    origins.put(id, new Origin(cell, firstLine));
  }

  /**
   * The location of line {@code snippetLine} (1-based) of the snippet named by a frame's file name
   * ({@code #id}), as seen from cell {@code currentCell}; null when the snippet is unknown.
   */
  String describe(String fileName, int snippetLine, int currentCell) {
    Origin origin = fileName == null ? null : origins.get(fileName.substring(1));
    if (origin == null) {
      return null;
    }
    int line = origin.firstLine() + Math.max(snippetLine, 1) - 1;
    if (origin.cell() == currentCell) {
      return "cell line " + line;
    }
    return origin.cell() == 0 ? "startup line " + line : "line " + line + " of an earlier cell";
  }
}
