package dev.noisebook.kernel.jshell;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Splits a cell into JShell snippets. {@code JShell.eval} evaluates only the first snippet of its
 * input, and lines are the wrong unit (a method spans lines, a line may hold several statements),
 * so the splitter asks JShell's own parser, {@link SourceCodeAnalysis#analyzeCompletion}, where
 * each snippet ends.
 */
final class CellSplitter {
  private final SourceCodeAnalysis analysis;

  CellSplitter(SourceCodeAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * The snippets of {@code cell} in order, each starting at a non-whitespace character; blank text
   * and comments alone give none.
   */
  List<CellSnippet> split(String cell) {
    List<CellSnippet> snippets = new ArrayList<>();
    int offset = 0;
    while (offset < cell.length()) {
      offset = skipWhitespace(cell, offset);
      String rest = cell.substring(offset);
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      Completeness completeness = info.completeness();
      if (completeness == Completeness.EMPTY) {
        break;
      }
      if (!completeness.isComplete() || info.source() == null) {
        snippets.add(new CellSnippet(rest, offset, completeness));
        break;
      }
      String remaining = info.remaining();
      int consumed = rest.length() - remaining.length();
      snippets.add(new CellSnippet(info.source(), offset, completeness));
      if (consumed <= 0) {
        break;
      }
      offset += consumed;
    }
    return snippets;
  }

  /**
   * The first non-whitespace offset from {@code offset}. Snippets start there because JShell maps
   * stack-frame lines as if leading whitespace were absent.
   */
  private static int skipWhitespace(String cell, int offset) {
    int at = offset;
    while (at < cell.length() && Character.isWhitespace(cell.charAt(at))) {
      at++;
    }
    return at;
  }
}
