package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/**
 * Step decay, torch's {@code StepLR(optimizer, step_size, gamma)}: {@code lr(t) = base ·
 * gamma^floor(t / stepSize)} ({@code torch.optim.lr_scheduler}, closed form).
 */
public record StepDecay(double base, long stepSize, double gamma) implements Schedule {

  public StepDecay {
    Parameters.positive("base", base);
    Parameters.atLeast("stepSize", stepSize, 1);
    Parameters.positive("gamma (the factor per stepSize steps)", gamma);
  }

  @Override
  public double at(long step) {
    Checks.step(step);
    return base * Math.pow(gamma, step / stepSize);
  }

  @Override
  public String name() {
    return "step";
  }

  @Override
  public String quantity() {
    return Quantity.LEARNING_RATE.label();
  }

  @Override
  public String toString() {
    return Describe.call("step", "base", base, "stepSize", stepSize, "gamma", gamma);
  }
}
