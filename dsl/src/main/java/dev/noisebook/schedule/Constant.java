package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/**
 * The same value at every step: {@code at(t) = value}. For learning rates this is torch's default
 * of no scheduler at all.
 */
public record Constant(double value, Quantity kind) implements Schedule {

  public Constant {
    Parameters.notNull("kind", kind);
    Parameters.finite(kind.initialName(), value);
  }

  @Override
  public double at(long step) {
    Checks.step(step);
    return value;
  }

  @Override
  public String name() {
    return "constant";
  }

  @Override
  public String quantity() {
    return kind.label();
  }

  @Override
  public String toString() {
    return Describe.call("constant", kind.initialName(), value);
  }
}
