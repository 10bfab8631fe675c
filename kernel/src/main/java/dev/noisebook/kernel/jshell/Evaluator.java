package dev.noisebook.kernel.jshell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * The kernel's JShell, running cells in this JVM. In-process evaluation is what lets a cell's value
 * reach the display code as a real object and lets the kernel stop loops through the JDK's
 * instrumented stop check (see {@link StoppableExecutionControl}); the price is that code the JDK
 * does not instrument (a long loop inside a library) cannot be stopped, only the kernel restarted.
 *
 * <p>Threads: {@link #eval}, {@link #complete}, {@link #inspect}, {@link #isComplete} and {@link
 * #addToClasspath} use the one JShell and must come from one thread at a time (the shell channel);
 * {@link #interrupt} may come from any thread.
 */
public final class Evaluator implements AutoCloseable {
  private final JShell shell;
  private final StoppableExecutionControl control;
  private final CellSplitter splitter;
  private final SnippetOrigins origins = new SnippetOrigins();
  private final RuntimeErrorFormatter runtimeErrors;
  private final List<Path> added = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean running;
  private int cells;

  private Evaluator(JShell shell, StoppableExecutionControl control) {
    this.shell = shell;
    this.control = control;
    this.splitter = new CellSplitter(shell.sourceCodeAnalysis());
    this.runtimeErrors =
        new RuntimeErrorFormatter(
            origins, snippet -> shell.unresolvedDependencies(snippet).toList());
  }

  /**
   * Starts a JShell in this JVM with this JVM's class path visible to cells, then evaluates {@code
   * startupSnippets} (e.g. {@code import dev.noisebook.*;}).
   *
   * @throws IllegalStateException if a startup snippet fails
   */
  public static Evaluator start(List<String> startupSnippets) {
    Thread thread = Thread.currentThread();
    ClassLoader callerLoader = thread.getContextClassLoader();
    Evaluator evaluator;
    try {
      // The engine's class loader constructor makes itself the caller's context loader; undone
      // below, because the caller is the server's thread, not a snippet's.
      var control = new StoppableExecutionControl(Evaluator.class.getClassLoader());
      JShell shell =
          JShell.builder()
              .executionEngine(new StoppableExecutionControlProvider(control), Map.of())
              .fileManager(SerializedFileManager::of)
              .out(CurrentStandardStreams.out())
              .err(CurrentStandardStreams.err())
              .in(CurrentStandardStreams.in())
              .build();
      evaluator = new Evaluator(shell, control);
    } finally {
      thread.setContextClassLoader(callerLoader);
    }
    String classPath = System.getProperty("java.class.path", "");
    if (!classPath.isBlank()) {
      evaluator.shell.addToClasspath(classPath);
    }
    for (String snippet : startupSnippets) {
      if (evaluator.evalCell(snippet, 0) instanceof Outcome.Failure failure) {
        evaluator.close();
        throw new IllegalStateException(
            "startup snippet failed: " + snippet + ": " + failure.evalue());
      }
    }
    return evaluator;
  }

  /**
   * Evaluates {@code cell} on the calling thread: its snippets in order, stopping at the first
   * failure. The outcome's value is the last snippet's.
   */
  public Outcome eval(String cell) {
    return evalCell(cell, ++cells);
  }

  private Outcome evalCell(String cell, int number) {
    control.beginCell();
    running = true;
    try {
      CellText text = new CellText(cell);
      Outcome outcome = Outcome.Value.absent();
      for (CellSnippet snippet : splitter.split(cell)) {
        if (control.stopRequested()) {
          return new Outcome.Interrupted();
        }
        outcome = evalSnippet(text, snippet, number);
        if (control.stopRequested()) {
          return new Outcome.Interrupted();
        }
        if (outcome instanceof Outcome.Failure) {
          return outcome;
        }
      }
      return outcome;
    } finally {
      running = false;
    }
  }

  private Outcome evalSnippet(CellText text, CellSnippet cellSnippet, int number) {
    control.beginSnippet();
    List<SnippetEvent> events = shell.eval(cellSnippet.source());
    SnippetEvent event =
        events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
    if (event == null) {
      return Outcome.Value.absent();
    }
    Snippet snippet = event.snippet();
    origins.record(snippet.id(), number, text.lineOf(cellSnippet.offset()));
    if (event.exception() != null) {
      return runtimeErrors.format(event.exception(), number);
    }
    List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).toList();
    return switch (event.status()) {
      case REJECTED -> CompileErrorFormatter.format(text, cellSnippet, errors);
      case RECOVERABLE_NOT_DEFINED ->
          errors.isEmpty()
              ? CompileErrorFormatter.of("cannot find symbol: " + unresolved(snippet))
              : CompileErrorFormatter.format(text, cellSnippet, errors);
      case RECOVERABLE_DEFINED -> {
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

  /**
   * Makes a running {@link #eval} return {@link Outcome.Interrupted}: stops loops in snippet code
   * through JShell's stop check and interrupts the snippet's thread. A no-op when no cell runs.
   */
  public void interrupt() {
    if (running) {
      shell.stop();
    }
  }

  /** Completion candidates for the token at {@code cursor} of {@code code}. */
  public Completion complete(String code, int cursor) {
    int[] anchor = {cursor};
    List<String> matches =
        shell.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor).stream()
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
   * The signatures of what {@code cursor} points at in {@code code}, each with its javadoc as plain
   * text where JShell finds it: the first sentence, or all of it when {@code detailLevel > 0}.
   */
  public Optional<String> inspect(String code, int cursor, int detailLevel) {
    List<SourceCodeAnalysis.Documentation> docs =
        shell.sourceCodeAnalysis().documentation(code, cursor, true);
    if (docs.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (SourceCodeAnalysis.Documentation doc : docs) {
      String javadoc = doc.javadoc() == null ? "" : doc.javadoc();
      if (!javadoc.isBlank()) {
        javadoc = detailLevel > 0 ? JavadocText.plain(javadoc) : JavadocText.summary(javadoc);
      }
      parts.add(javadoc.isBlank() ? doc.signature() : doc.signature() + "\n" + javadoc);
    }
    return Optional.of(String.join("\n\n", parts));
  }

  /** Whether {@code code} can run as it is, needs more lines, or cannot be parsed. */
  public Completeness isComplete(String code) {
    return CompletenessCheck.of(code, splitter.split(code));
  }

  /** Adds jars or class directories for later cells, to both the compiler and the loader. */
  public void addToClasspath(List<Path> entries) {
    for (Path entry : entries) {
      Path absolute = entry.toAbsolutePath();
      shell.addToClasspath(absolute.toString());
      added.add(absolute);
    }
  }

  /** The entries added by {@link #addToClasspath}, in order. */
  public List<Path> classpath() {
    synchronized (added) {
      return List.copyOf(added);
    }
  }

  /**
   * Stops a running cell (as {@link #interrupt} does) and ends the JShell; the evaluator cannot be
   * used afterwards.
   */
  @Override
  public void close() {
    interrupt();
    shell.close();
  }
}
