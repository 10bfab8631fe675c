package dev.noisebook.kernel.jshell;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * One run of a snippet's do-it method, through a public static trampoline ({@link #run}) that
 * {@link StoppableExecutionControl} hands to {@code LocalExecutionControl} in place of the do-it
 * method. {@code LocalExecutionControl} runs that method on a fresh thread and keeps only the
 * result's string; the trampoline runs on that thread, finds its call through an inheritable
 * thread-local set by the thread that started it, and keeps the real object for the kernel's
 * display. It also refuses to start the snippet once a stop was requested, which closes the window
 * where {@code JShell.stop()} arrives before the snippet thread exists and would be lost.
 */
public final class SnippetCall {
  private static final InheritableThreadLocal<SnippetCall> CURRENT = new InheritableThreadLocal<>();
  private static final Method RUN;

  static {
    try {
      RUN = SnippetCall.class.getMethod("run");
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Method doIt;
  private final StopRequest stop;
  private volatile Object result;

  private SnippetCall(Method doIt, StopRequest stop) {
    this.doIt = doIt;
    this.stop = stop;
  }

  /** What the kernel checks before running snippet code. */
  interface StopRequest {
    boolean requested();
  }

  /** Thrown on the snippet thread when a stop was requested before the snippet began. */
  static final class StoppedBeforeStart extends Error {
    StoppedBeforeStart() {
      super("interrupted before the snippet started", null, false, false);
    }
  }

  /** A call of {@code doIt}, stoppable through {@code stop}. */
  static SnippetCall of(Method doIt, StopRequest stop) {
    return new SnippetCall(doIt, stop);
  }

  /** The trampoline to invoke instead of the do-it method, while this call is {@link #enter}ed. */
  Method trampoline() {
    return RUN;
  }

  /** Makes this the call that threads started from now on by the current thread will run. */
  void enter() {
    CURRENT.set(this);
  }

  /** Undoes {@link #enter}. */
  void exit() {
    CURRENT.remove();
  }

  /** The object the do-it method returned (null before it returned). */
  Object result() {
    return result;
  }

  /**
   * Drops the reference to the result. Threads that a cell starts (a pool's workers) inherit the
   * call and may live long; released, they keep no cell's value alive.
   */
  void release() {
    result = null;
  }

  /**
   * The trampoline: runs the current call's do-it method and keeps its result. The do-it method's
   * own exception is rethrown unwrapped, so the caller sees the same exception as without the
   * trampoline.
   */
  public static Object run() throws Throwable {
    SnippetCall call = CURRENT.get();
    if (call.stop.requested()) {
      throw new StoppedBeforeStart();
    }
    try {
      Object value = call.doIt.invoke(null);
      call.result = value;
      return value;
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
