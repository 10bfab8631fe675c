package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/**
 * The 1cycle policy, torch's {@code OneCycleLR(optimizer, max_lr, total_steps, pct_start,
 * anneal_strategy='cos', div_factor, final_div_factor, three_phase=False)}, from
 * <i>Super-Convergence: Very Fast Training of Neural Networks Using Large Learning Rates</i>. With
 * {@code initial = maxLr/divFactor}, {@code min = initial/finalDivFactor} and the warm-up's last
 * step {@code e = pctStart·totalSteps - 1} (a real number, as in torch):
 *
 * <pre>
 *   lr(t) = cos(initial → maxLr, t/e)                          for t ≤ e
 *   lr(t) = cos(maxLr → min, (t - e)/(totalSteps - 1 - e))     for e &lt; t ≤ totalSteps - 1
 *   cos(a → b, p) = b + (a - b)·(1 + cos(π·p))/2
 * </pre>
 *
 * Steps past {@code totalSteps - 1} keep the last rate (torch raises an error there). Where {@code
 * e = 0} torch divides by zero at step 0; here the warm-up is empty and step 0 starts at {@code
 * maxLr}.
 */
public record OneCycle(
    double maxLr, long totalSteps, double pctStart, double divFactor, double finalDivFactor)
    implements Schedule {

  public OneCycle {
    Parameters.positive("maxLr", maxLr);
    Parameters.atLeast("totalSteps", totalSteps, 1);
    Parameters.unitInterval("pctStart", pctStart);
    Parameters.positive("divFactor", divFactor);
    Parameters.positive("finalDivFactor", finalDivFactor);
  }

  /** {@code maxLr / divFactor}, the rate at step 0. */
  public double initialLr() {
    return maxLr / divFactor;
  }

  /** {@code initialLr / finalDivFactor}, the rate at the last step. */
  public double minLr() {
    return initialLr() / finalDivFactor;
  }

  @Override
  public double at(long step) {
    Checks.step(step);
    double t = Math.min(step, totalSteps - 1);
    double warmupEnd = pctStart * totalSteps - 1;
    if (warmupEnd > 0 && t <= warmupEnd) {
      return Anneal.cosine(initialLr(), maxLr, t / warmupEnd);
    }
    double annealSteps = totalSteps - 1 - warmupEnd;
    return annealSteps <= 0 ? maxLr : Anneal.cosine(maxLr, minLr(), (t - warmupEnd) / annealSteps);
  }

  @Override
  public String name() {
    return "oneCycle";
  }

  @Override
  public String quantity() {
    return Quantity.LEARNING_RATE.label();
  }

  @Override
  public long horizon() {
    return totalSteps;
  }

  @Override
  public String toString() {
    return Describe.call(
        "oneCycle",
        "maxLr",
        maxLr,
        "totalSteps",
        totalSteps,
        "pctStart",
        pctStart,
        "divFactor",
        divFactor,
        "finalDivFactor",
        finalDivFactor);
  }
}
