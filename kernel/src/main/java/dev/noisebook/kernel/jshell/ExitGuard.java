package dev.noisebook.kernel.jshell;

/**
 * The targets that {@link ExitCallRewriter} substitutes for the JVM-exiting calls in snippet
 * bytecode. JDK 25 has no SecurityManager to veto {@code System.exit}, so the snippet classes call
 * these instead; they must be public because the snippet classes live in JShell's class loader.
 */
public final class ExitGuard {
  private ExitGuard() {}

  /** Replaces {@code System.exit(status)}. */
  public static void systemExit(int status) {
    throw new SystemExit("System.exit", status);
  }

  /** Replaces {@code runtime.exit(status)}; the receiver is only there to match the stack. */
  public static void runtimeExit(Runtime runtime, int status) {
    throw new SystemExit("Runtime.exit", status);
  }

  /** Replaces {@code runtime.halt(status)}. */
  public static void runtimeHalt(Runtime runtime, int status) {
    throw new SystemExit("Runtime.halt", status);
  }
}
