package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.Random;

/**
 * Linear regression data: x ~ N(0, I_d), y = w·x + b + σ·ε. The weights w are drawn N(0, 1) from
 * the seed (before any example) unless given with {@link #weights}; b is {@link #intercept}.
 */
public final class Linear extends RegressionGenerator<Linear> {
  @Config(mandatory = true, description = "Number of features d.")
  private int features;

  @Config(description = "The weights w, one per feature; empty to draw them N(0, 1).")
  private double[] weights = new double[0];

  @Config(description = "The intercept b.")
  private double intercept = 0;

  /** For OLCUT. */
  private Linear() {
    super(0.1);
  }

  /** d features, weights drawn N(0, 1), intercept 0, noise 0.1, 1000 samples, seed 1. */
  public static Linear of(int features) {
    Parameters.atLeast("features", features, 1);
    Linear linear = new Linear();
    linear.features = features;
    return linear;
  }

  /** Fixed weights, one per feature. */
  public Linear weights(double... w) {
    Checks.allFinite("weights", w);
    checkWeights(w, features);
    double[] copy = w.clone();
    return with(l -> l.weights = copy);
  }

  /** The intercept b. */
  public Linear intercept(double b) {
    Parameters.finite("intercept", b);
    return with(l -> l.intercept = b);
  }

  @Override
  public int features() {
    return features;
  }

  /** The weights w, given or drawn from the seed. */
  public double[] weights() {
    validate();
    return weights(new Random(seed));
  }

  public double intercept() {
    return intercept;
  }

  private double[] weights(Random rng) {
    return weights.length > 0 ? weights.clone() : Draw.gaussians(features, rng);
  }

  private static void checkWeights(double[] w, int features) {
    if (w.length != features) {
      throw new IllegalArgumentException(
          "weights need one value per feature (" + features + "), got " + w.length);
    }
  }

  @Override
  protected void validate() {
    super.validate();
    Parameters.atLeast("features", features, 1);
    Parameters.finite("intercept", intercept);
    Checks.allFinite("weights", weights);
    if (weights.length > 0) {
      checkWeights(weights, features);
    }
  }

  @Override
  protected Target target(Random rng) {
    double[] w = weights(rng);
    return new Target() {
      @Override
      public double[] input(Random r) {
        return Draw.gaussians(features, r);
      }

      @Override
      public double value(double[] x) {
        double y = intercept;
        for (int i = 0; i < x.length; i++) {
          y += w[i] * x[i];
        }
        return y;
      }
    };
  }

  @Override
  public String toString() {
    return weights.length > 0
        ? describe("linear", "features", features, "weights", weights, "intercept", intercept)
        : describe("linear", "features", features, "intercept", intercept);
  }
}
