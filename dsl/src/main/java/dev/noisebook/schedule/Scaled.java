package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/** {@code at(t) = factor · inner.at(t)}; see {@link Schedule#scaled}. */
public record Scaled(Schedule inner, double factor) implements Derived {

  public Scaled {
    Parameters.notNull("the schedule to scale", inner);
    Parameters.finite("factor", factor);
  }

  @Override
  public double at(long step) {
    return factor * inner.at(step);
  }

  @Override
  public String name() {
    return Describe.num(factor) + " * " + inner.name();
  }

  @Override
  public String toString() {
    return Describe.schedule(inner) + ".scaled(" + Describe.num(factor) + ")";
  }
}
