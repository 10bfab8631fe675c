package dev.noisebook.noise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

/** Sample statistics and the confidence bounds the statistical tests use (5 standard errors). */
final class Stats {
  /** Standard errors allowed: a false failure has probability below 1e-6 per check. */
  static final double Z = 5;

  private Stats() {}

  static double mean(double[] x) {
    return Arrays.stream(x).sum() / x.length;
  }

  /** The unbiased sample variance. */
  static double variance(double[] x) {
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return s / (x.length - 1);
  }

  /** |observed − p| within Z·√(p(1 − p)/n). */
  static void assertProportion(String what, double observed, double p, int n) {
    double bound = Z * Math.sqrt(p * (1 - p) / n) + 1e-12;
    assertThat(observed)
        .as(what + " (expected " + p + ")")
        .isCloseTo(p, org.assertj.core.data.Offset.offset(bound));
  }

  /** |mean − μ| within Z·σ/√n for a sample of variance σ². */
  static void assertMean(String what, double[] x, double mu, double variance) {
    double bound = Z * Math.sqrt(variance / x.length);
    assertThat(mean(x))
        .as(what + " mean")
        .isCloseTo(mu, org.assertj.core.data.Offset.offset(bound));
  }

  /**
   * |s² − σ²| within Z·σ²·√((κ − 1)/n), κ the kurtosis of the distribution (3 for a normal): the
   * large-sample standard error of the sample variance.
   */
  static void assertVariance(String what, double[] x, double sigma2, double kurtosis) {
    double bound = Z * sigma2 * Math.sqrt((kurtosis - 1) / x.length);
    assertThat(variance(x))
        .as(what + " variance")
        .isCloseTo(sigma2, org.assertj.core.data.Offset.offset(bound));
  }

  /** The empirical CDF at x, within Z·√(F(1 − F)/n) of the reference F(x). */
  static void assertCdf(String what, double[] sample, double x, double cdf) {
    long below = Arrays.stream(sample).filter(v -> v <= x).count();
    assertProportion(
        what + ": P(X <= " + x + ")", (double) below / sample.length, cdf, sample.length);
  }

  /**
   * Pearson's chi-square of observed counts against probabilities, over the cells with positive
   * probability; cells with probability 0 must be empty.
   */
  static void assertMultinomial(String what, int[] observed, double[] p) {
    int n = Arrays.stream(observed).sum();
    double chi2 = 0;
    int cells = 0;
    for (int j = 0; j < p.length; j++) {
      if (p[j] == 0) {
        assertThat(observed[j]).as(what + ": cell " + j + " has probability 0").isZero();
        continue;
      }
      double expected = n * p[j];
      chi2 += (observed[j] - expected) * (observed[j] - expected) / expected;
      cells++;
    }
    if (cells > 1) {
      assertThat(chi2)
          .as(what + ": chi-square with " + (cells - 1) + " degrees of freedom")
          .isLessThan(NoiseFixtures.chiSquareUpper(cells - 1));
    }
  }
}
