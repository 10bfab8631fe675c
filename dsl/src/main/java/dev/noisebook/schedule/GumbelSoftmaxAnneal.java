package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/**
 * The temperature annealing of <i>Categorical Reparameterization with Gumbel-Softmax</i> (Jang et
 * al.): {@code τ(t) = max(min, τ₀·exp(-rate·t_N))}, updated every {@code everyN} steps, that is
 * with {@code t_N = everyN·floor(t/everyN)}, the step of the last update. The paper uses τ₀ = 1,
 * min = 0.5 and rate ∈ {1e-5, 1e-4}.
 */
public record GumbelSoftmaxAnneal(double tau0, double rate, double min, long everyN)
    implements Schedule {

  public GumbelSoftmaxAnneal {
    Parameters.positive("tau0", tau0);
    Parameters.nonNegative("rate", rate);
    Parameters.positive("min", min);
    Checks.ordered("min", min, "tau0", tau0);
    Parameters.atLeast("everyN", everyN, 1);
  }

  @Override
  public double at(long step) {
    Checks.step(step);
    long lastUpdate = everyN * (step / everyN);
    return Math.max(min, tau0 * Math.exp(-rate * lastUpdate));
  }

  @Override
  public String name() {
    return "gumbelSoftmax";
  }

  @Override
  public String quantity() {
    return Quantity.TEMPERATURE.label();
  }

  /** Until τ reaches {@code min} and a quarter as long again (1000 steps if it never changes). */
  @Override
  public long horizon() {
    if (rate == 0 || min == tau0) {
      return 1000;
    }
    double reach = Math.log(tau0 / min) / rate;
    double steps = Math.ceil(reach * 1.25) + everyN;
    return steps >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(2, (long) steps);
  }

  @Override
  public String toString() {
    return Describe.call("gumbelSoftmax", "tau0", tau0, "rate", rate, "min", min, "everyN", everyN);
  }
}
