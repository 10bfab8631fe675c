package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/**
 * Cosine annealing, the closed form of torch's {@code CosineAnnealingLR(optimizer, T_max,
 * eta_min)}: {@code lr(t) = etaMin + (base - etaMin)·(1 + cos(π·t/tMax))/2}, from <i>SGDR:
 * Stochastic Gradient Descent with Warm Restarts</i> without the restarts. Past {@code tMax} the
 * cosine continues, so the rate rises again (as torch's does); follow it with {@link
 * dev.noisebook.Schedule#then} or use {@link CosineWarmRestarts} to choose what happens instead.
 */
public record CosineAnnealing(double base, long tMax, double etaMin) implements Schedule {

  public CosineAnnealing {
    Parameters.positive("base", base);
    Parameters.atLeast("tMax", tMax, 1);
    Parameters.nonNegative("etaMin", etaMin);
    Checks.ordered("etaMin", etaMin, "base", base);
  }

  @Override
  public double at(long step) {
    Checks.step(step);
    return Anneal.cosine(base, etaMin, (double) step / tMax);
  }

  @Override
  public String name() {
    return "cosine";
  }

  @Override
  public String quantity() {
    return Quantity.LEARNING_RATE.label();
  }

  /** Steps 0 .. tMax. */
  @Override
  public long horizon() {
    return tMax == Long.MAX_VALUE ? tMax : tMax + 1;
  }

  @Override
  public String toString() {
    return Describe.call("cosine", "base", base, "tMax", tMax, "etaMin", etaMin);
  }
}
