package dev.noisebook.kernel.server;

import dev.noisebook.kernel.jshell.Evaluator;
import dev.noisebook.kernel.jshell.Outcome;
import dev.noisebook.kernel.magic.Session;
import java.nio.file.Path;
import java.util.List;

/** The running notebook as the magics see it: Java goes to the JShell evaluator. */
record CellSession(Evaluator evaluator, Path workingDirectory) implements Session<Outcome> {
  @Override
  public Outcome eval(String javaCode) {
    return evaluator.eval(javaCode);
  }

  @Override
  public Outcome done() {
    return new Outcome.Value(false, null);
  }

  @Override
  public boolean failed(Outcome outcome) {
    return !(outcome instanceof Outcome.Value);
  }

  @Override
  public void addToClasspath(List<Path> entries) {
    evaluator.addToClasspath(entries);
  }

  @Override
  public List<Path> classpath() {
    return evaluator.classpath();
  }
}
