package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.SplittableRandom;

/**
 * Instance-dependent label noise by the generation procedure of <i>Part-dependent Label Noise:
 * Towards Instance-dependent Label Noise</i> (Xia et al., NeurIPS 2020, Algorithm 2, as in the
 * authors' {@code get_instance_noisy_label}), with noise rate τ:
 *
 * <ol>
 *   <li>per example, a flip rate q_i ~ N(τ, std²) truncated to [0, 1] (std = 0.1 by default);
 *   <li>per class k, a projection W_k ∈ R^{S×K} with standard normal entries (S = number of
 *       features);
 *   <li>per example (x_i, y_i): scores s = x_i·W_{y_i}, s_{y_i} = −∞; P(ỹ = j | x_i) =
 *       q_i·softmax(s)_j for j ≠ y_i and 1 − q_i for j = y_i; ỹ_i drawn from it.
 * </ol>
 *
 * So the flip probability of example i is exactly q_i and the expected flip rate is the mean of the
 * truncated normal (τ for τ well inside (0, 1), slightly more near 0 and less near 1); which wrong
 * class is chosen depends on the features. The features are used as given (the paper uses flattened
 * images in [0, 1]); standardise them first if their scale would make the softmax one-hot. Draws in
 * the paper's order: all q_i, then W, then the labels. Each label is drawn on its own (there is no
 * exact-count mode: every example has its own row).
 */
public final class InstanceDependentNoise extends LabelNoise {

  @Config(
      mandatory = true,
      description = "The noise rate τ, the mean of the flip-rate distribution.")
  private double rate;

  @Config(description = "The standard deviation of the per-example flip rate before truncation.")
  private double rateStd = 0.1;

  private InstanceDependentNoise() {}

  InstanceDependentNoise(double rate) {
    this.rate = rate;
    postConfig();
  }

  @Override
  public void postConfig() {
    Parameters.unitInterval("instanceDependent noise rate", rate);
    Parameters.positive("instanceDependent rateStd (a standard deviation)", rateStd);
  }

  public double rate() {
    return rate;
  }

  public double rateStd() {
    return rateStd;
  }

  /** The same noise with another spread of the per-example flip rates (0.1 in the paper). */
  public InstanceDependentNoise rateStd(double std) {
    return copy((InstanceDependentNoise n) -> n.rateStd = std);
  }

  @Override
  public InstanceDependentNoise seed(long seed) {
    return withSeed(seed);
  }

  /** Rejected: this noise depends on the features. */
  @Override
  public NoisyLabels apply(int[] labels, int numClasses) {
    throw new IllegalArgumentException(
        "instance-dependent noise needs the features: use apply(features, labels, numClasses)");
  }

  @Override
  public NoisyLabels apply(double[][] features, int[] labels, int numClasses) {
    Checks.labels(labels, numClasses);
    int width = checkFeatures(features, labels.length);
    SplittableRandom rng = new SplittableRandom(seed());
    double[] q = new double[labels.length];
    for (int i = 0; i < q.length; i++) {
      q[i] = Samplers.truncatedNormal(rate, rateStd, 0, 1, rng);
    }
    double[][][] w = new double[numClasses][width][numClasses];
    for (double[][] wk : w) {
      for (double[] row : wk) {
        for (int j = 0; j < numClasses; j++) {
          row[j] = rng.nextGaussian();
        }
      }
    }
    int[] noisy = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      double[] p = rowProbabilities(features[i], w[labels[i]], labels[i], q[i]);
      noisy[i] = Samplers.categorical(p, rng.nextDouble());
    }
    return new NoisyLabels(labels, noisy, numClasses);
  }

  /** P(ỹ | x) = q·softmax(x·W_y with the y entry at −∞) + (1 − q)·e_y. */
  static double[] rowProbabilities(double[] x, double[][] wy, int y, double q) {
    int k = wy[0].length;
    double[] s = new double[k];
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      if (j != y) {
        for (int f = 0; f < x.length; f++) {
          s[j] += x[f] * wy[f][j];
        }
        max = Math.max(max, s[j]);
      }
    }
    double sum = 0;
    for (int j = 0; j < k; j++) {
      s[j] = j == y ? 0 : Math.exp(s[j] - max);
      sum += s[j];
    }
    for (int j = 0; j < k; j++) {
      s[j] = j == y ? 1 - q : q * s[j] / sum;
    }
    return s;
  }

  @Override
  boolean needsFeatures() {
    return true;
  }

  @Override
  public String name() {
    return "instanceDependent";
  }

  @Override
  Object[] parameters() {
    return new Object[] {"rate", rate, "rateStd", rateStd};
  }

  private static int checkFeatures(double[][] features, int n) {
    Parameters.notNull("features", features);
    if (features.length != n) {
      throw new IllegalArgumentException(
          "features has " + features.length + " rows but there are " + n + " labels");
    }
    int width = n == 0 ? 0 : Parameters.notNull("row 0 of features", features[0]).length;
    for (int i = 0; i < n; i++) {
      if (features[i] == null || features[i].length != width) {
        throw new IllegalArgumentException(
            "row "
                + i
                + " of features has "
                + (features[i] == null ? 0 : features[i].length)
                + " values but row 0 has "
                + width);
      }
    }
    return width;
  }
}
