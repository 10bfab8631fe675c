package dev.noisebook.kernel.jshell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jdk.jshell.JShell;

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
  /**
   * The JVM option a kernel's JVM needs for cells to stay fast as a notebook grows: it lets the
   * evaluator forget JShell's spent compiled classes (see {@code ReplClasses}).
   */
  public static final String JVM_OPTION = ReplClasses.OPEN_OPTION;

  /** How often {@link #interrupt} repeats the stop until the interrupted cell ends. */
  private static final long RESTOP_MS = 100;

  private final JShell shell;
  private final StoppableExecutionControl control;
  private final CellSplitter splitter;
  private final SnippetRunner runner;
  private final CodeAssist assist;
  private final List<Path> added = Collections.synchronizedList(new ArrayList<>());
  private final Object runState = new Object(); // guards running and run
  private boolean running;
  private long run; // counts evaluations, so a repeated stop never reaches a later cell
  private int cells;

  private Evaluator(JShell shell, StoppableExecutionControl control) {
    this.shell = shell;
    this.control = control;
    this.splitter = new CellSplitter(shell.sourceCodeAnalysis());
    this.runner = new SnippetRunner(shell, control);
    this.assist = new CodeAssist(shell.sourceCodeAnalysis());
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
              .fileManager(CompilerFileManager::of)
              .out(CurrentStandardStreams.out())
              .err(CurrentStandardStreams.err())
              .in(CurrentStandardStreams.in())
              .build();
      evaluator = new Evaluator(shell, control);
    } finally {
      thread.setContextClassLoader(callerLoader);
    }
    // LocalExecutionControl creates its stop machinery on the first run of snippet code, and
    // stopping before that fails; one empty statement now means an interrupt always finds it.
    evaluator.shell.eval("{}");
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
    synchronized (runState) {
      control.beginCell();
      running = true;
      run++;
    }
    try {
      CellText text = new CellText(cell);
      Outcome outcome = Outcome.Value.absent();
      for (CellSnippet snippet : splitter.split(cell)) {
        if (control.stopRequested()) {
          return new Outcome.Interrupted();
        }
        outcome = runner.run(text, snippet, number);
        if (control.stopRequested()) {
          return new Outcome.Interrupted();
        }
        if (outcome instanceof Outcome.Failure) {
          return outcome;
        }
      }
      return outcome;
    } finally {
      synchronized (runState) {
        running = false;
      }
    }
  }

  /**
   * Makes a running {@link #eval} return {@link Outcome.Interrupted}: stops loops in snippet code
   * through JShell's stop check and interrupts the snippet's thread. A no-op when no cell runs.
   *
   * <p>The stop is repeated every {@link #RESTOP_MS} ms until that cell ends, because library code
   * may clear a thread's interrupt: the JDK's first text drawing in a JVM does, so an interrupt
   * that arrived while a DSL fit drew its first live curve was lost and the fit ran on.
   */
  public void interrupt() {
    long interrupted;
    synchronized (runState) {
      if (!running) {
        return;
      }
      interrupted = run;
      shell.stop();
    }
    Thread.ofVirtual().name("noisebook-restop").start(() -> restop(interrupted));
  }

  private void restop(long interrupted) {
    try {
      while (true) {
        Thread.sleep(RESTOP_MS);
        synchronized (runState) {
          if (!running || run != interrupted) {
            return;
          }
          shell.stop();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Completion candidates for the token at {@code cursor} of {@code code}. */
  public Completion complete(String code, int cursor) {
    return assist.complete(code, cursor);
  }

  /**
   * The signatures of what {@code cursor} points at in {@code code}, each with its javadoc as plain
   * text where JShell finds it: the first sentence, or all of it when {@code detailLevel > 0}.
   */
  public Optional<String> inspect(String code, int cursor, int detailLevel) {
    return assist.inspect(code, cursor, detailLevel);
  }

  /** Whether {@code code} can run as it is, needs more lines, or cannot be parsed. */
  public Completeness isComplete(String code) {
    return CompletenessCheck.of(code, splitter.split(code));
  }

  /** How many compiled classes of earlier snippets each compile of a cell takes in. */
  int replClassCount() {
    return runner.replClassCount();
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
