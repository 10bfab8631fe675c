package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/** {@code inner} under another name; see {@link Schedule#named}. */
public record Named(Schedule inner, String name) implements Derived {

  public Named {
    Parameters.notNull("the schedule to name", inner);
    Parameters.notNull("name", name);
    if (name.isBlank()) {
      throw new IllegalArgumentException("a schedule's name must not be blank");
    }
  }

  @Override
  public double at(long step) {
    return inner.at(step);
  }

  @Override
  public String toString() {
    return inner.getClass().isHidden()
        ? name
        : Describe.schedule(inner) + ".named(\"" + name + "\")";
  }
}
