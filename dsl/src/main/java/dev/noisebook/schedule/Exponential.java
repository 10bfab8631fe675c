package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/**
 * Geometric decay (or growth): {@code at(t) = initial · gamma^t}.
 *
 * <ul>
 *   <li>As a learning rate it is torch's {@code ExponentialLR(optimizer, gamma)} with {@code
 *       initial = base_lr} ({@code torch.optim.lr_scheduler}).
 *   <li>As a softmax temperature it is the annealing τ_t = τ₀·γ^t of <i>Small Temperature is All
 *       You Need for Differentiable Architecture Search</i>.
 * </ul>
 *
 * @param gamma the per-step factor, {@code > 0}; below 1 the value decays
 */
public record Exponential(double initial, double gamma, Quantity kind) implements Schedule {

  public Exponential {
    Parameters.notNull("kind", kind);
    Parameters.positive(kind.initialName(), initial);
    Parameters.positive("gamma (the per-step factor)", gamma);
  }

  @Override
  public double at(long step) {
    Checks.step(step);
    return initial * Math.pow(gamma, step);
  }

  @Override
  public String name() {
    return "exponential";
  }

  @Override
  public String quantity() {
    return kind.label();
  }

  @Override
  public String toString() {
    return Describe.call("exponential", kind.initialName(), initial, "gamma", gamma);
  }
}
