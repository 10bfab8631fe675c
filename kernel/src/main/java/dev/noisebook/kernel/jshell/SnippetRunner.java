package dev.noisebook.kernel.jshell;

import java.util.List;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * Evaluates one snippet of a cell and reads JShell's answer as an {@link Outcome}: the snippet's
 * own event (not those of dependents JShell recompiled), its exception or diagnostics, and whether
 * it is an expression whose real value (kept by {@link StoppableExecutionControl}) Jupyter shows.
 *
 * <p>JShell keeps every expression's value as a temporary variable {@code $N}, and each later
 * snippet is compiled with an import of every live one, so after a thousand cells a trivial cell
 * took about 1.5 times as long (51 ms against 35 ms in {@code ./noisebook bench-kernel}). The
 * kernel shows the real value and never prints {@code $N} names, so it drops a cell's temporary
 * variable once its value has been taken, and then has {@link ReplClasses} forget the compiled
 * classes of every snippet that later cells cannot name.
 */
final class SnippetRunner {
  private final JShell shell;
  private final StoppableExecutionControl control;
  private final SnippetOrigins origins = new SnippetOrigins();
  private final RuntimeErrorFormatter runtimeErrors;
  private final ReplClasses classes;

  SnippetRunner(JShell shell, StoppableExecutionControl control) {
    this.shell = shell;
    this.control = control;
    this.classes = ReplClasses.of(shell);
    this.runtimeErrors =
        new RuntimeErrorFormatter(
            origins, snippet -> shell.unresolvedDependencies(snippet).toList());
  }

  /** Evaluates {@code cellSnippet} of {@code cell}, the cell numbered {@code number}. */
  Outcome run(CellText cell, CellSnippet cellSnippet, int number) {
    control.beginSnippet();
    List<SnippetEvent> events = shell.eval(cellSnippet.source());
    SnippetEvent event =
        events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
    if (event == null) {
      return Outcome.Value.absent();
    }
    Snippet snippet = event.snippet();
    origins.record(snippet.id(), number, cell.lineOf(cellSnippet.offset()));
    try {
      return outcome(cell, cellSnippet, event, number);
    } finally {
      dropIfTemporary(snippet);
      classes.forgetIfUnnamable(shell, snippet);
    }
  }

  /** How many compiled classes each later javac pass enters (see {@link ReplClasses}). */
  int replClassCount() {
    return classes.count();
  }

  private Outcome outcome(CellText cell, CellSnippet cellSnippet, SnippetEvent event, int number) {
    Snippet snippet = event.snippet();
    if (event.exception() != null) {
      return runtimeErrors.format(event.exception(), number);
    }
    List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).toList();
    return switch (event.status()) {
      case REJECTED -> CompileErrorFormatter.format(cell, cellSnippet, errors);
      case RECOVERABLE_NOT_DEFINED ->
          errors.isEmpty()
              ? CompileErrorFormatter.of("cannot find symbol: " + unresolved(snippet))
              : CompileErrorFormatter.format(cell, cellSnippet, errors);
      case RECOVERABLE_DEFINED -> {
        // JShell allows forward references, and a later snippet of this cell may declare what is
        // missing, so this is not a failure; the user still learns why a call would fail.
        System.err.println(
            "note: "
                + snippet.source().strip().lines().findFirst().orElse("")
                + " ... cannot be used until "
                + unresolved(snippet)
                + " is declared");
        yield Outcome.Value.absent();
      }
      default -> value(snippet);
    };
  }

  /** Drops {@code snippet} if it is a live temporary variable ({@code $N}) of an expression. */
  private void dropIfTemporary(Snippet snippet) {
    if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
        && shell.status(snippet).isActive()) {
      shell.drop(snippet);
    }
  }

  /** What a declaration still lacks, e.g. "method h()". */
  private String unresolved(Snippet snippet) {
    return snippet instanceof DeclarationSnippet declaration
        ? String.join(", ", shell.unresolvedDependencies(declaration).toList())
        : "a declaration";
  }

  /** An expression's value; declarations and statements (void calls included) show none. */
  private Outcome value(Snippet snippet) {
    boolean expression =
        snippet.kind() == Snippet.Kind.EXPRESSION
            || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    return expression ? new Outcome.Value(true, control.lastResult()) : Outcome.Value.absent();
  }
}
