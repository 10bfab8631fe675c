package dev.noisebook.loss.coupled;

/** Numerically stable scalar functions shared by the coupled losses. */
final class Stable {
  private Stable() {}

  /** {@code log(1 + e^x)}, written as {@code max(x, 0) + log1p(e^-|x|)}. */
  static double softplus(double x) {
    return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
  }

  /** {@code 1 / (1 + e^-x)} without overflow. */
  static double sigmoid(double x) {
    if (x >= 0) {
      return 1 / (1 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1 + e);
  }

  static double positive(String loss, String name, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(
          loss + ": " + name + " must be positive and finite, got " + value);
    }
    return value;
  }

  static double finite(String loss, String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(loss + ": " + name + " must be finite, got " + value);
    }
    return value;
  }

  static void sameLength(String loss, String name, double[] a, String other, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          loss + ": " + name + " has " + a.length + " entries but " + other + " has " + b.length);
    }
  }

  static void nonEmpty(String loss, String name, double[] a) {
    if (a.length == 0) {
      throw new IllegalArgumentException(loss + ": " + name + " is empty");
    }
  }
}
