package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.Random;

/**
 * Two interleaving half circles, scikit-learn's {@code make_moons}: class 0 (the upper moon) at
 * (cos θ, sin θ), class 1 at (1 - cos θ, 1/2 - sin θ), θ evenly spaced over [0, π] with both ends
 * included ({@code numpy.linspace(0, π, n_k)}); {@code n/2} points in class 0, the rest in class 1;
 * then Gaussian noise of standard deviation {@link #noise} added to each coordinate. With noise 0
 * the points are exactly sklearn's (tested against {@code make_moons(shuffle=False)}); the order
 * and the noise draws differ from sklearn's.
 */
public final class Moons extends LabelGenerator<Moons> {
  /** The noise unless {@link #noise(double)} says otherwise (sklearn's default is none). */
  public static final double DEFAULT_NOISE = 0.1;

  @Config(description = "Standard deviation of the Gaussian noise added to each coordinate.")
  private double noise = DEFAULT_NOISE;

  /** For OLCUT, and {@code Data.moons()}: 1000 samples, noise 0.1, seed 1. */
  public Moons() {}

  /** σ, the standard deviation of the Gaussian noise on each coordinate (0 for none). */
  public Moons noise(double sigma) {
    Parameters.nonNegative("noise", sigma);
    return with(m -> m.noise = sigma);
  }

  public double noise() {
    return noise;
  }

  @Override
  public int classes() {
    return 2;
  }

  @Override
  public int features() {
    return 2;
  }

  @Override
  protected int[] balancedCounts() {
    return ClassCounts.halves(samples);
  }

  @Override
  protected void validate() {
    super.validate();
    Parameters.nonNegative("noise", noise);
  }

  @Override
  protected PointSampler sampler(Random rng) {
    return (k, j, count, r) -> {
      double theta = Draw.linspace(0, Math.PI, j, count, true);
      double[] point =
          k == 0
              ? new double[] {StrictMath.cos(theta), StrictMath.sin(theta)}
              : new double[] {1 - StrictMath.cos(theta), 1 - StrictMath.sin(theta) - 0.5};
      return Draw.jitter(point, noise, r);
    };
  }

  @Override
  public String toString() {
    return describe("moons", "noise", noise);
  }
}
