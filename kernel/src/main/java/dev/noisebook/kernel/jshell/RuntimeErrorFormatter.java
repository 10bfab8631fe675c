package dev.noisebook.kernel.jshell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns an exception thrown by a cell into a {@link Outcome.Failure} that reads like a short Java
 * stack trace of the user's own code: the exception line, then only the frames of snippet code
 * (JShell, kernel and reflection frames carry no file name of the form {@code #id} and are dropped)
 * at their cell lines, with runs of one repeated frame (deep recursion) folded into one line, and
 * the {@code Caused by} chain.
 */
final class RuntimeErrorFormatter {
  private static final Pattern LAMBDA = Pattern.compile("lambda\\$(.*?)\\$+\\d+");

  private final SnippetOrigins origins;
  private final Function<DeclarationSnippet, List<String>> unresolved;

  /**
   * @param unresolved names what a snippet still lacks ({@code JShell.unresolvedDependencies})
   */
  RuntimeErrorFormatter(
      SnippetOrigins origins, Function<DeclarationSnippet, List<String>> unresolved) {
    this.origins = origins;
    this.unresolved = unresolved;
  }

  /** The failure for {@code exception}, thrown while cell number {@code cell} ran. */
  Outcome.Failure format(JShellException exception, int cell) {
    List<String> traceback = new ArrayList<>();
    String prefix = "";
    for (JShellException e = exception; e != null; e = cause(e)) {
      traceback.add(Ansi.error(prefix + className(e) + messageSuffix(e)));
      appendFrames(e.getStackTrace(), cell, traceback);
      prefix = "Caused by: ";
    }
    return new Outcome.Failure(simpleName(className(exception)), message(exception), traceback);
  }

  private static JShellException cause(JShellException e) {
    return e.getCause() instanceof JShellException cause ? cause : null;
  }

  private void appendFrames(StackTraceElement[] frames, int cell, List<String> traceback) {
    String previous = null;
    int repeats = 0;
    for (StackTraceElement frame : frames) {
      String where = origins.describe(frame.getFileName(), frame.getLineNumber(), cell);
      if (where == null) {
        continue;
      }
      String line = "    at " + name(frame) + " (" + Ansi.location(where) + ")";
      if (line.equals(previous)) {
        repeats++;
        continue;
      }
      foldRepeats(previous, repeats, traceback);
      traceback.add(line);
      previous = line;
      repeats = 0;
    }
    foldRepeats(previous, repeats, traceback);
  }

  private static void foldRepeats(String frame, int repeats, List<String> traceback) {
    if (repeats == 1) {
      traceback.add(frame);
    } else if (repeats > 1) {
      traceback.add("    ... the frame above repeats " + repeats + " more times");
    }
  }

  /** A frame's method as the user wrote it: {@code f}, {@code Point.norm}, {@code <cell>}. */
  private static String name(StackTraceElement frame) {
    String method = frame.getMethodName();
    Matcher lambda = LAMBDA.matcher(method);
    if (method.isEmpty()) {
      method = "<cell>";
    } else if (lambda.matches()) {
      String outer = lambda.group(1);
      method = "lambda in " + (outer.equals("do_it") ? "<cell>" : outer);
    }
    String owner = frame.getClassName();
    return owner == null || owner.isEmpty() ? method : simpleName(owner) + "." + method;
  }

  private static String className(JShellException e) {
    if (!(e instanceof EvalException eval)) {
      return "UnresolvedReference";
    }
    String name = eval.getExceptionClassName();
    boolean userOrKernel = name.startsWith("REPL.") || name.equals(SystemExit.class.getName());
    return userOrKernel ? simpleName(name) : name;
  }

  private String message(JShellException e) {
    if (e instanceof UnresolvedReferenceException unresolvedReference) {
      DeclarationSnippet snippet = unresolvedReference.getSnippet();
      return switch (snippet.kind()) {
            case METHOD -> "method ";
            case TYPE_DECL -> "class ";
            default -> "variable ";
          }
          + snippet.name()
          + " cannot be used until "
          + String.join(", ", unresolved.apply(snippet))
          + " is declared";
    }
    return Objects.requireNonNullElse(e.getMessage(), "");
  }

  private String messageSuffix(JShellException e) {
    String message = message(e);
    return message.isEmpty() ? "" : ": " + message;
  }

  /** {@code java.lang.IllegalStateException} to {@code IllegalStateException}, and for nested. */
  private static String simpleName(String className) {
    return className.substring(
        Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
  }
}
