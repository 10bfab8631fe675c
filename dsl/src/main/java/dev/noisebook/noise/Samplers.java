package dev.noisebook.noise;

import java.util.random.RandomGenerator;

/**
 * The random variates the noise models draw, all from a {@link RandomGenerator} so that a seed
 * fixes them. Exact samplers, no approximations: Marsaglia and Tsang's gamma method, Hörmann's PTRS
 * for Poisson means of 10 and more (multiplication of uniforms below), Student-t as a normal over
 * the root of a scaled chi-square.
 */
final class Samplers {
  private static final double[] LOG_FACTORIAL = new double[256];

  static {
    for (int k = 1; k < LOG_FACTORIAL.length; k++) {
      LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
    }
  }

  private Samplers() {}

  /** N(0, 1). */
  static double normal(RandomGenerator rng) {
    return rng.nextGaussian();
  }

  /**
   * Gamma(shape, scale 1), mean = variance = shape: G. Marsaglia and W. W. Tsang, <i>A Simple
   * Method for Generating Gamma Variables</i> (2000); shapes below 1 use Gamma(shape +
   * 1)·U^(1/shape).
   */
  static double gamma(double shape, RandomGenerator rng) {
    if (shape < 1) {
      return gamma(shape + 1, rng) * Math.pow(rng.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = rng.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = rng.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  /**
   * Poisson(mean): products of uniforms below mean 10, else W. Hörmann's transformed rejection with
   * squeeze, <i>The Transformed Rejection Method for Generating Poisson Random Variables</i>
   * (1993), as numpy's {@code random_poisson_ptrs}.
   */
  static long poisson(double mean, RandomGenerator rng) {
    if (mean == 0) {
      return 0;
    }
    if (mean < 10) {
      double limit = Math.exp(-mean);
      double product = rng.nextDouble();
      long k = 0;
      while (product > limit) {
        k++;
        product *= rng.nextDouble();
      }
      return k;
    }
    double slam = Math.sqrt(mean);
    double loglam = Math.log(mean);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double invalpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = rng.nextDouble() - 0.5;
      double v = rng.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b)
          <= -mean + k * loglam - logFactorial(k)) {
        return k;
      }
    }
  }

  /** Student-t with ν degrees of freedom: Z / √(χ²_ν / ν), χ²_ν = 2·Gamma(ν/2). */
  static double studentT(double nu, RandomGenerator rng) {
    double chiSquare = 2 * gamma(nu / 2, rng);
    return rng.nextGaussian() / Math.sqrt(chiSquare / nu);
  }

  /** N(mean, std²) restricted to [low, high], by rejection. */
  static double truncatedNormal(
      double mean, double std, double low, double high, RandomGenerator rng) {
    while (true) {
      double x = mean + std * rng.nextGaussian();
      if (x >= low && x <= high) {
        return x;
      }
    }
  }

  /**
   * The index j with cumulative(p, j-1) <= u < cumulative(p, j); the last positive one at u ≈ 1.
   */
  static int categorical(double[] probabilities, double u) {
    double cumulative = 0;
    int last = 0;
    for (int j = 0; j < probabilities.length; j++) {
      if (probabilities[j] > 0) {
        cumulative += probabilities[j];
        last = j;
        if (u < cumulative) {
          return j;
        }
      }
    }
    return last;
  }

  /** Fisher–Yates shuffle in place. */
  static void shuffle(int[] values, RandomGenerator rng) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }

  /** ln k!, from a table below 256 and Stirling's series (error < 1e-15 relative) above. */
  static double logFactorial(long k) {
    if (k < LOG_FACTORIAL.length) {
      return LOG_FACTORIAL[(int) k];
    }
    double n = k + 1.0;
    double inv = 1 / n;
    double inv2 = inv * inv;
    return (n - 0.5) * Math.log(n)
        - n
        + 0.5 * Math.log(2 * Math.PI)
        + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
  }
}
