package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.Random;

/**
 * Friedman #1 ("Multivariate adaptive regression splines", Friedman 1991), as scikit-learn's {@code
 * make_friedman1}: x ~ U[0, 1)^d with d >= 5, y = 10 sin(π x1 x2) + 20 (x3 - 1/2)² + 10 x4 + 5 x5 +
 * σ·ε; features beyond the fifth are pure noise. The formula is tested against sklearn's values.
 * Default σ = 1, Friedman's own (sklearn's default is 0).
 */
public final class Friedman1 extends RegressionGenerator<Friedman1> {
  @Config(description = "Number of features d (>= 5).")
  private int features = 10;

  /** For OLCUT, and {@code Data.friedman1()}: d = 10, noise 1, 1000 samples, seed 1. */
  public Friedman1() {
    super(1);
  }

  /** d features, the first five informative. */
  public Friedman1 features(int d) {
    Parameters.atLeast("features", d, 5);
    return with(f -> f.features = d);
  }

  @Override
  public int features() {
    return features;
  }

  /** The noise-free target of one input. */
  static double friedman1(double[] x) {
    return 10 * StrictMath.sin(Math.PI * x[0] * x[1])
        + 20 * (x[2] - 0.5) * (x[2] - 0.5)
        + 10 * x[3]
        + 5 * x[4];
  }

  @Override
  protected void validate() {
    super.validate();
    Parameters.atLeast("features", features, 5);
  }

  @Override
  protected Target target(Random rng) {
    return new Target() {
      @Override
      public double[] input(Random r) {
        return Draw.uniforms(features, 0, 1, r);
      }

      @Override
      public double value(double[] x) {
        return friedman1(x);
      }
    };
  }

  @Override
  public String toString() {
    return describe("friedman1", "features", features);
  }
}
