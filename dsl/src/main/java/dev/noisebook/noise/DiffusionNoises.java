package dev.noisebook.noise;

import dev.noisebook.schedule.BetaSchedule;

/**
 * Diffusion forward processes, reached through {@code Noise.diffusion()}.
 *
 * <pre>{@code
 * var vp = Noise.diffusion().variancePreserving(Schedule.diffusion().linear(1e-4, 0.02, 1000));
 * var s = vp.sample(x0, 500);       // s.xt(), s.epsilon() (the target), s.velocity()
 * Noise.diffusion().varianceExploding(0.01, 50).sample(x0, 0.5);
 * }</pre>
 */
public final class DiffusionNoises {
  /** The one factory; it has no state. */
  public static final DiffusionNoises INSTANCE = new DiffusionNoises();

  private DiffusionNoises() {}

  /**
   * x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε over the schedule's T timesteps. See {@link VariancePreserving}.
   */
  public VariancePreserving variancePreserving(BetaSchedule schedule) {
    return new VariancePreserving(schedule, 0);
  }

  /** x_t = x_0 + σ_min(σ_max/σ_min)^t·ε, t ∈ [0, 1]. See {@link VarianceExploding}. */
  public VarianceExploding varianceExploding(double sigmaMin, double sigmaMax) {
    return new VarianceExploding(sigmaMin, sigmaMax, 0);
  }

  @Override
  public String toString() {
    return "diffusion(): variancePreserving(betaSchedule), varianceExploding(sigmaMin, sigmaMax)";
  }
}
