package dev.noisebook.kernel.jshell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * Completion and inspection for the notebook editor, from JShell's source analysis (which knows the
 * cells' declarations and the class path), shaped as Jupyter wants them: a replacement range that
 * covers the whole token under the cursor, and plain text rather than raw javadoc.
 */
final class CodeAssist {
  private final SourceCodeAnalysis analysis;

  CodeAssist(SourceCodeAnalysis analysis) {
    this.analysis = analysis;
  }

  /** Candidates for the token at {@code cursor}, those matching the expected type first. */
  Completion complete(String code, int cursor) {
    int[] anchor = {cursor};
    List<String> matches =
        analysis.completionSuggestions(code, cursor, anchor).stream()
            .sorted(Comparator.comparing(suggestion -> !suggestion.matchesType()))
            .map(Suggestion::continuation)
            .distinct()
            .toList();
    int end = cursor;
    while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
      end++;
    }
    return new Completion(matches, matches.isEmpty() ? cursor : anchor[0], end);
  }

  /**
   * The signatures of what {@code cursor} points at, each with its javadoc as plain text where
   * JShell finds it: the first sentence, or all of it when {@code detailLevel > 0}.
   */
  Optional<String> inspect(String code, int cursor, int detailLevel) {
    List<String> parts = new ArrayList<>();
    for (SourceCodeAnalysis.Documentation doc : analysis.documentation(code, cursor, true)) {
      String javadoc = doc.javadoc() == null ? "" : doc.javadoc();
      if (!javadoc.isBlank()) {
        javadoc = detailLevel > 0 ? JavadocText.plain(javadoc) : JavadocText.summary(javadoc);
      }
      parts.add(javadoc.isBlank() ? doc.signature() : doc.signature() + "\n" + javadoc);
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
  }
}
