package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/**
 * {@code first} before {@code atStep}, then {@code next} restarted from its step 0: {@code at(t) =
 * first.at(t)} for {@code t < atStep}, else {@code next.at(t - atStep)}; see {@link Schedule#then}.
 */
public record Sequenced(Schedule first, long atStep, Schedule next) implements Schedule {

  public Sequenced {
    Parameters.notNull("the first schedule", first);
    Parameters.notNull("the next schedule", next);
    Parameters.atLeast("atStep", atStep, 0);
  }

  @Override
  public double at(long step) {
    Checks.step(step);
    return step < atStep ? first.at(step) : next.at(step - atStep);
  }

  @Override
  public String name() {
    return first.name() + " then " + next.name();
  }

  @Override
  public String quantity() {
    return first.quantity().equals(next.quantity()) ? first.quantity() : Quantity.VALUE.label();
  }

  /** {@code atStep + next.horizon()}. */
  @Override
  public long horizon() {
    long sum = atStep + next.horizon();
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  @Override
  public String toString() {
    return Describe.schedule(first) + ".then(" + atStep + ", " + Describe.schedule(next) + ")";
  }
}
