package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/** {@code at(t) = min(max(inner.at(t), min), max)}; see {@link Schedule#clipped}. */
public record Clipped(Schedule inner, double min, double max) implements Derived {

  public Clipped {
    Parameters.notNull("the schedule to clip", inner);
    Checks.ordered("min", min, "max", max);
  }

  @Override
  public double at(long step) {
    return Math.min(Math.max(inner.at(step), min), max);
  }

  @Override
  public String name() {
    return inner.name() + " in [" + Describe.num(min) + ", " + Describe.num(max) + "]";
  }

  @Override
  public String toString() {
    return Describe.schedule(inner)
        + ".clipped("
        + Describe.num(min)
        + ", "
        + Describe.num(max)
        + ")";
  }
}
