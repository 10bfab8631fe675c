package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/**
 * Softmax temperature schedules starting from τ₀ = {@code initial} (logits are divided by τ, so a
 * falling τ sharpens the distribution). Reached through {@link Schedule#temperature(double)}.
 *
 * <pre>{@code
 * Schedule.temperature(1.0).gumbelSoftmax(1e-4, 0.5, 500);
 * Schedule.temperature(5.0).linear(0.5, 10_000);
 * }</pre>
 */
public record TemperatureSchedules(double initial) {

  public TemperatureSchedules {
    Parameters.positive("initial temperature tau0", initial);
  }

  /** τ(t) = τ₀. */
  public Schedule constant() {
    return new Constant(initial, Quantity.TEMPERATURE);
  }

  /**
   * τ(t) = τ₀·γ^t with {@code rate} = γ, as in <i>Small Temperature is All You Need for
   * Differentiable Architecture Search</i>; see {@link Exponential}.
   */
  public Exponential exponential(double rate) {
    return new Exponential(initial, rate, Quantity.TEMPERATURE);
  }

  /** τ(t) = τ₀ + (to - τ₀)·min(t, steps)/steps; see {@link LinearRamp}. */
  public LinearRamp linear(double to, long steps) {
    Parameters.positive("final temperature", to);
    return new LinearRamp("linear", initial, to, steps, Quantity.TEMPERATURE);
  }

  /**
   * τ(t) = max(min, τ₀·exp(-rate·t)), updated every {@code everyN} steps, as in <i>Categorical
   * Reparameterization with Gumbel-Softmax</i>; see {@link GumbelSoftmaxAnneal}.
   */
  public GumbelSoftmaxAnneal gumbelSoftmax(double rate, double min, long everyN) {
    return new GumbelSoftmaxAnneal(initial, rate, min, everyN);
  }

  @Override
  public String toString() {
    return "temperature("
        + Describe.num(initial)
        + "): constant(), exponential(rate), linear(to, steps), gumbelSoftmax(rate, min, everyN)";
  }
}
