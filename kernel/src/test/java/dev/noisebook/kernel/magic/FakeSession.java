package dev.noisebook.kernel.magic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Session} that records what the magics ask of it. Evaluating code that contains {@code
 * FAIL} fails; other code evaluates to {@code "value of <code>"}.
 */
final class FakeSession implements Session<String> {
  static final String DONE = "done";
  static final String FAILED = "failed";

  final List<String> evaluated = new ArrayList<>();
  final List<Path> classpath = new ArrayList<>();
  private final Path workingDirectory;

  FakeSession(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  @Override
  public String eval(String javaCode) {
    evaluated.add(javaCode);
    return javaCode.contains("FAIL") ? FAILED : "value of " + javaCode;
  }

  @Override
  public String done() {
    return DONE;
  }

  @Override
  public boolean failed(String outcome) {
    return outcome.equals(FAILED);
  }

  @Override
  public void addToClasspath(List<Path> entries) {
    classpath.addAll(entries);
  }

  @Override
  public List<Path> classpath() {
    return List.copyOf(classpath);
  }

  @Override
  public Path workingDirectory() {
    return workingDirectory;
  }
}
