package dev.noisebook.kernel.jshell;

import java.lang.reflect.Method;
import java.util.Arrays;
import jdk.jshell.execution.LocalExecutionControl;

/**
 * JShell's in-process engine with what the kernel adds on top: it remembers that a stop was
 * requested for the current cell (after a stop JShell reports the snippet as VALID with no
 * exception, so the evaluator could not tell otherwise), keeps each snippet's real result object
 * (see {@link SnippetCall}), redirects exit calls in snippet bytecode (see {@link
 * ExitCallRewriter}), and runs snippets with the snippet class loader as context class loader so
 * that service lookups in a cell see the jars added to the class path.
 *
 * <p>Extending {@link LocalExecutionControl} (not {@code DirectExecutionControl}) is what gives the
 * JDK's stop check woven into every loop of snippet code; {@link #stop} keeps that and also
 * interrupts the snippet thread (the JDK does both), so {@code Thread.sleep} and loops that check
 * {@code Thread.interrupted()} end too. Loops inside JDK or library code are not instrumented and
 * run to their end.
 */
final class StoppableExecutionControl extends LocalExecutionControl {
  private volatile boolean stopRequested;
  private volatile SnippetCall lastCall;

  StoppableExecutionControl(ClassLoader parent) {
    super(parent);
  }

  /** Starts a cell: forgets the previous cell's stop request and result. */
  void beginCell() {
    stopRequested = false;
    beginSnippet();
  }

  /** Whether {@link #stop} was called since {@link #beginCell}. */
  boolean stopRequested() {
    return stopRequested;
  }

  /** Forgets the last snippet's result, before the next snippet is evaluated. */
  void beginSnippet() {
    SnippetCall previous = lastCall;
    if (previous != null) {
      previous.release();
    }
    lastCall = null;
  }

  /** The object the last snippet's do-it method returned, or null. */
  Object lastResult() {
    SnippetCall call = lastCall;
    return call == null ? null : call.result();
  }

  @Override
  public void load(ClassBytecodes[] classes)
      throws ClassInstallException, NotImplementedException, EngineTerminationException {
    super.load(guarded(classes));
  }

  @Override
  public void redefine(ClassBytecodes[] classes)
      throws ClassInstallException, NotImplementedException, EngineTerminationException {
    super.redefine(guarded(classes));
  }

  private static ClassBytecodes[] guarded(ClassBytecodes[] classes) {
    return Arrays.stream(classes)
        .map(c -> new ClassBytecodes(c.name(), ExitCallRewriter.rewrite(c.bytecodes())))
        .toArray(ClassBytecodes[]::new);
  }

  @Override
  protected String invoke(Method doIt) throws Exception {
    SnippetCall call = SnippetCall.of(doIt, () -> stopRequested);
    lastCall = call;
    Thread current = Thread.currentThread();
    ClassLoader previous = current.getContextClassLoader();
    current.setContextClassLoader(doIt.getDeclaringClass().getClassLoader());
    call.enter();
    try {
      return super.invoke(call.trampoline());
    } finally {
      call.exit();
      current.setContextClassLoader(previous);
    }
  }

  @Override
  public void stop() throws EngineTerminationException, InternalException {
    stopRequested = true;
    super.stop();
  }
}
