package dev.noisebook.noise;

import dev.noisebook.check.Parameters;
import java.util.random.RandomGenerator;

/**
 * One draw of a diffusion forward process: x_t = α_t·x_0 + σ_t·ε, ε ~ N(0, I), with the ε that was
 * drawn (the ε-prediction target) and the coefficients used. Immutable; arrays are copied.
 *
 * @param x0 the clean input
 * @param xt the noisy input x_t
 * @param epsilon the standard normal noise ε drawn
 * @param time the timestep t (an integer for variance-preserving schedules, in [0, 1] for
 *     variance-exploding ones)
 * @param signalScale α_t, the factor on x_0 (√ᾱ_t for VP, 1 for VE)
 * @param noiseStd σ_t, the standard deviation of the added noise (√(1 − ᾱ_t) for VP)
 */
public record ForwardSample(
    double[] x0, double[] xt, double[] epsilon, double time, double signalScale, double noiseStd) {

  public ForwardSample {
    x0 = x0.clone();
    xt = xt.clone();
    epsilon = epsilon.clone();
  }

  /** Draws ε ~ N(0, I) from {@code rng} and forms x_t. */
  static ForwardSample draw(
      double[] x0, double time, double signalScale, double noiseStd, RandomGenerator rng) {
    Parameters.notNull("x0", x0);
    double[] epsilon = new double[x0.length];
    double[] xt = new double[x0.length];
    for (int i = 0; i < x0.length; i++) {
      epsilon[i] = Samplers.normal(rng);
      xt[i] = signalScale * x0[i] + noiseStd * epsilon[i];
    }
    return new ForwardSample(x0, xt, epsilon, time, signalScale, noiseStd);
  }

  @Override
  public double[] x0() {
    return x0.clone();
  }

  @Override
  public double[] xt() {
    return xt.clone();
  }

  @Override
  public double[] epsilon() {
    return epsilon.clone();
  }

  /**
   * The v-prediction target v = α_t·ε − σ_t·x_0 of <i>Progressive Distillation for Fast Sampling of
   * Diffusion Models</i> (Salimans and Ho), defined for variance-preserving processes.
   */
  public double[] velocity() {
    double[] v = new double[x0.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = signalScale * epsilon[i] - noiseStd * x0[i];
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ForwardSample s
        && java.util.Arrays.equals(x0, s.x0)
        && java.util.Arrays.equals(xt, s.xt)
        && java.util.Arrays.equals(epsilon, s.epsilon)
        && time == s.time
        && signalScale == s.signalScale
        && noiseStd == s.noiseStd;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(xt) * 31 + Double.hashCode(time);
  }

  @Override
  public String toString() {
    return "ForwardSample(t="
        + Text.num(time)
        + ", x_t = "
        + Text.significant(signalScale, 4)
        + "·x_0 + "
        + Text.significant(noiseStd, 4)
        + "·eps, "
        + x0.length
        + " values)";
  }
}
