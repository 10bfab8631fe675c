package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/**
 * Cosine annealing with warm restarts, torch's {@code CosineAnnealingWarmRestarts(optimizer, T_0,
 * T_mult, eta_min)} stepped once per step, from <i>SGDR: Stochastic Gradient Descent with Warm
 * Restarts</i>: {@code lr(t) = etaMin + (base - etaMin)·(1 + cos(π·T_cur/T_i))/2}, where cycle
 * {@code i} lasts {@code T_i = t0·tMult^i} steps and {@code T_cur} counts the steps since the last
 * restart.
 */
public record CosineWarmRestarts(double base, long t0, int tMult, double etaMin)
    implements Schedule {

  public CosineWarmRestarts {
    Parameters.positive("base", base);
    Parameters.atLeast("t0", t0, 1);
    Parameters.atLeast("tMult", tMult, 1);
    Parameters.nonNegative("etaMin", etaMin);
    Checks.ordered("etaMin", etaMin, "base", base);
  }

  @Override
  public double at(long step) {
    Checks.step(step);
    long cycle = t0;
    long sinceRestart = step;
    if (tMult == 1) {
      sinceRestart = step % t0;
    } else {
      while (sinceRestart >= cycle) {
        sinceRestart -= cycle;
        cycle = cycle > Long.MAX_VALUE / tMult ? Long.MAX_VALUE : cycle * tMult;
      }
    }
    return Anneal.cosine(base, etaMin, (double) sinceRestart / cycle);
  }

  @Override
  public String name() {
    return "cosineWithRestarts";
  }

  @Override
  public String quantity() {
    return Quantity.LEARNING_RATE.label();
  }

  /** The first three cycles. */
  @Override
  public long horizon() {
    double steps = t0 * (1.0 + tMult + (double) tMult * tMult);
    return steps >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) steps;
  }

  @Override
  public String toString() {
    return Describe.call(
        "cosineWithRestarts", "base", base, "t0", t0, "tMult", tMult, "etaMin", etaMin);
  }
}
