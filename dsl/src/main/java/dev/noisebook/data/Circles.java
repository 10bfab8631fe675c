package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.Random;

/**
 * Two concentric circles, scikit-learn's {@code make_circles}: class 0 on the unit circle, class 1
 * on the circle of radius {@link #factor}, each at angles evenly spaced over [0, 2π) without the
 * end point ({@code numpy.linspace(0, 2π, n_k, endpoint=False)}); {@code n/2} points in class 0,
 * the rest in class 1; then Gaussian noise of standard deviation {@link #noise} added to each
 * coordinate. With noise 0 the points are exactly sklearn's (tested against {@code
 * make_circles(shuffle=False)}); the order and the noise draws differ from sklearn's.
 */
public final class Circles extends LabelGenerator<Circles> {
  /** The noise unless {@link #noise(double)} says otherwise (sklearn's default is none). */
  public static final double DEFAULT_NOISE = 0.05;

  /** The inner radius unless {@link #factor(double)} says otherwise (sklearn's default is 0.8). */
  public static final double DEFAULT_FACTOR = 0.5;

  @Config(description = "Standard deviation of the Gaussian noise added to each coordinate.")
  private double noise = DEFAULT_NOISE;

  @Config(description = "Radius of the inner circle (class 1); the outer one has radius 1.")
  private double factor = DEFAULT_FACTOR;

  /** For OLCUT, and {@code Data.circles()}: 1000 samples, noise 0.05, factor 0.5, seed 1. */
  public Circles() {}

  /** σ, the standard deviation of the Gaussian noise on each coordinate (0 for none). */
  public Circles noise(double sigma) {
    Parameters.nonNegative("noise", sigma);
    return with(c -> c.noise = sigma);
  }

  /** The inner circle's radius, in [0, 1) (the outer circle's is 1). */
  public Circles factor(double radius) {
    checkFactor(radius);
    return with(c -> c.factor = radius);
  }

  public double noise() {
    return noise;
  }

  public double factor() {
    return factor;
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
    checkFactor(factor);
  }

  private static void checkFactor(double factor) {
    Parameters.finite("factor", factor);
    if (factor < 0 || factor >= 1) {
      throw new IllegalArgumentException(
          "factor (the inner radius) must lie in [0, 1), got " + Text.num(factor));
    }
  }

  @Override
  protected PointSampler sampler(Random rng) {
    return (k, j, count, r) -> {
      double theta = Draw.linspace(0, 2 * Math.PI, j, count, false);
      double radius = k == 0 ? 1 : factor;
      double[] point = {StrictMath.cos(theta) * radius, StrictMath.sin(theta) * radius};
      return Draw.jitter(point, noise, r);
    };
  }

  @Override
  public String toString() {
    return describe("circles", "noise", noise, "factor", factor);
  }
}
