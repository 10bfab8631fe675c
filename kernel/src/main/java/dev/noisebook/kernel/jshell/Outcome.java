package dev.noisebook.kernel.jshell;

import java.util.List;

/**
 * How a cell ended, in the three shapes a Jupyter {@code execute_reply} distinguishes: a result to
 * display (or none), an error with a traceback, or an interruption by the user.
 */
public sealed interface Outcome {
  /**
   * The cell ran to its end. {@code present} is false when the last snippet was a declaration or a
   * statement (Jupyter shows no result then); otherwise {@code value} is the expression's real
   * object, boxed for primitives, so the kernel can render it (an image, a DSL chart), and may be
   * null.
   */
  record Value(boolean present, Object value) implements Outcome {
    /** The outcome of a cell whose last snippet has no value to show. */
    static Value absent() {
      return new Value(false, null);
    }
  }

  /**
   * The cell did not compile or threw. {@code ename} names the error ({@code CompilationError},
   * {@code SystemExit}, or the exception's simple class name), {@code evalue} is its one-line
   * message, and {@code traceback} the lines a notebook shows (ANSI colours allowed).
   */
  record Failure(String ename, String evalue, List<String> traceback) implements Outcome {
    public Failure {
      traceback = List.copyOf(traceback);
    }
  }

  /** The user interrupted the cell; state defined before the interrupt is kept. */
  record Interrupted() implements Outcome {}
}
