package dev.noisebook.kernel.magic;

import java.nio.file.Path;
import java.util.List;

/**
 * What magics need from the running notebook session. It keeps the magics independent of the
 * Jupyter server and of the JShell evaluator: the server implements it over its evaluator, tests
 * implement it with a recording fake.
 *
 * @param <R> the evaluator's outcome type (what a cell step produces and the server reports)
 */
public interface Session<R> {

  /** Evaluates Java source in the notebook's JShell and returns its outcome. */
  R eval(String javaCode);

  /** The outcome of a magic that has no value of its own (it may have printed). */
  R done();

  /** Whether {@code outcome} failed, so the rest of the cell must not run. */
  boolean failed(R outcome);

  /** Adds jars or class directories to the notebook's class path, in order. */
  void addToClasspath(List<Path> entries);

  /** The notebook's current class path, as added so far. */
  List<Path> classpath();

  /** The directory that relative paths in magics ({@code %load}, {@code %classpath}) resolve in. */
  Path workingDirectory();
}
