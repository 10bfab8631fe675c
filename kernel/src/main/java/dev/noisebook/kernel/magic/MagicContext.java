package dev.noisebook.kernel.magic;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What a running magic may use: the session, the output stream, the other magics, and nested
 * evaluation of cell text (for {@code %load} and {@code %time}). One context serves one call of
 * {@link Magics#run}, so it can notice a file that {@code %load}s itself.
 *
 * @param <R> the evaluator's outcome type
 */
public final class MagicContext<R> {
  private final Magics magics;
  private final Session<R> session;
  private final Deque<Path> loading = new ArrayDeque<>();

  MagicContext(Magics magics, Session<R> session) {
    this.magics = magics;
    this.session = session;
  }

  /** The session the cell runs in. */
  public Session<R> session() {
    return session;
  }

  /**
   * Where magics print: {@link System#out} as it is now, so a server that redirects it per cell
   * gets the output in that cell.
   */
  public PrintStream out() {
    return System.out;
  }

  /** The magics of this kernel, sorted by name. */
  public List<Magic> magics() {
    return magics.all();
  }

  /**
   * The magic called {@code name}, with or without its {@code %} or {@code %%}.
   *
   * @throws MagicException naming the known magics when there is none of that name
   */
  public Magic magic(String name) {
    return magics.lookup(name);
  }

  /** Runs {@code text} as a cell of its own: Java and magics, with the cell grammar. */
  public R evaluate(String text) {
    return magics.execute(text, this);
  }

  /**
   * Runs {@code text}, the contents of {@code file}, as a cell; refuses a file that is already
   * being loaded, which would otherwise recurse until the stack overflows.
   */
  public R evaluateFile(Path file, String text) {
    Path key = file.toAbsolutePath().normalize();
    if (loading.contains(key)) {
      throw new MagicException("%load of " + key + " loads itself again (a %load cycle)");
    }
    loading.push(key);
    try {
      return evaluate(text);
    } finally {
      loading.pop();
    }
  }

  /**
   * Resolves a path a user typed: {@code ~} or {@code ~/...} is the home directory, a relative path
   * is relative to the session's working directory.
   */
  public Path resolve(String path) {
    String home = System.getProperty("user.home");
    String expanded =
        path.equals("~") ? home : path.startsWith("~/") ? home + path.substring(1) : path;
    return session.workingDirectory().resolve(expanded).normalize();
  }
}
