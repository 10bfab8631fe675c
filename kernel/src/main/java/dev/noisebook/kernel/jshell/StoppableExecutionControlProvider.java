package dev.noisebook.kernel.jshell;

import java.util.Map;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Hands JShell the one {@link StoppableExecutionControl} the evaluator made, so the evaluator keeps
 * a typed reference to it (JShell exposes its engine only as the SPI interface). The class path is
 * added through {@code JShell.addToClasspath}, which reaches both the compiler and this engine, so
 * the remote-VM options JShell passes are not needed here.
 */
final class StoppableExecutionControlProvider implements ExecutionControlProvider {
  private final StoppableExecutionControl control;

  StoppableExecutionControlProvider(StoppableExecutionControl control) {
    this.control = control;
  }

  @Override
  public String name() {
    return "noisebook-local";
  }

  @Override
  public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
    return control;
  }
}
