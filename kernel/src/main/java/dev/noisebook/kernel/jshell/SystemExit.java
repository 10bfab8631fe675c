package dev.noisebook.kernel.jshell;

/**
 * Thrown in place of a cell's {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}:
 * the cell runs inside the kernel's JVM, so exiting would kill the kernel. It is an {@link Error}
 * so that a cell's {@code catch (Exception e)} does not swallow it, and its simple name is the
 * {@code ename} the notebook shows.
 */
public final class SystemExit extends Error {
  SystemExit(String call, int status) {
    super(
        "the cell called "
            + call
            + "("
            + status
            + "); the kernel stays up (restart the kernel to start afresh)");
  }
}
