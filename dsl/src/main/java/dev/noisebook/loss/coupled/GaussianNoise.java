package dev.noisebook.loss.coupled;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The isotropic Gaussian noise distribution N(mean, sd² I) of the NCE-type estimators: its
 * log-density and a sampler. Parameters are checked with messages naming {@code loss}. Immutable.
 */
final class GaussianNoise {
  private final String loss;
  private final double[] mean;
  private final double sd;
  private final double logNorm;

  GaussianNoise(String loss, double[] mean, double sd) {
    this.loss = loss;
    this.mean = java.util.Objects.requireNonNull(mean, "mean").clone();
    this.sd = Stable.positive(loss, "noise standard deviation", sd);
    for (double m : this.mean) {
      Stable.finite(loss, "noise mean", m);
    }
    this.logNorm = -this.mean.length * (Math.log(sd) + 0.5 * Math.log(2 * Math.PI));
  }

  double[] mean() {
    return mean.clone();
  }

  double sd() {
    return sd;
  }

  /** The arguments {@code [m1, m2, …], sd} of the factory call that makes this noise. */
  String recipeArguments() {
    StringBuilder out = new StringBuilder("[");
    for (int c = 0; c < mean.length; c++) {
      out.append(c > 0 ? ", " : "").append(mean[c]);
    }
    return out.append("], ").append(sd).toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GaussianNoise g
        && Arrays.equals(g.mean, mean)
        && Double.compare(g.sd, sd) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(mean) * 31 + Double.hashCode(sd);
  }

  /** log q(x). */
  double logDensity(double[] x) {
    if (x.length != mean.length) {
      throw new IllegalArgumentException(
          loss + ": a sample has dimension " + x.length + ", the noise " + mean.length);
    }
    double sq = 0;
    for (int c = 0; c < x.length; c++) {
      double d = (x[c] - mean[c]) / sd;
      sq += d * d;
    }
    return logNorm - 0.5 * sq;
  }

  /** {@code count} samples drawn from {@code random}. */
  double[][] sample(SplittableRandom random, int count) {
    double[][] out = new double[count][mean.length];
    for (double[] row : out) {
      for (int c = 0; c < row.length; c++) {
        row[c] = mean[c] + sd * random.nextGaussian();
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "N(" + Arrays.toString(mean) + ", " + sd + "²I)";
  }
}
