package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.fail;

/** Element-wise comparisons that report the worst element (index, actual, expected) on failure. */
final class Compare {
  private Compare() {}

  /**
   * Every {@code actual[off + j]} is within {@code rel} relative error of {@code expected[j]} where
   * {@code |expected[j]| >= floor}; below the floor it must lie within {@code floor} of the
   * expected value (tiny values may flush to zero but cannot become large). Returns the max
   * relative error over the elements at or above the floor.
   */
  static double relative(
      String what, float[] actual, int off, double[] expected, double rel, double floor) {
    double worst = 0;
    for (int j = 0; j < expected.length; j++) {
      double a = actual[off + j], e = expected[j];
      boolean ok;
      if (Math.abs(e) >= floor) {
        double err = Math.abs(a - e) / Math.abs(e);
        ok = err <= rel;
        worst = Math.max(worst, err);
      } else {
        ok = Math.abs(a - e) <= floor;
      }
      if (!ok) {
        fail(
            String.format(
                "%s: at [%d] got %s, expected %s (relative error %.3g, tolerance %.3g)",
                what, j, actual[off + j], e, Math.abs(a - e) / Math.abs(e), rel));
      }
    }
    return worst;
  }

  /** |actual - expected| <= abs + rel * |expected| for every element. Returns the max ratio. */
  static double mixed(
      String what, float[] actual, int off, double[] expected, double abs, double rel) {
    double worst = 0;
    for (int j = 0; j < expected.length; j++) {
      double a = actual[off + j], e = expected[j];
      double err = a == e ? 0 : Math.abs(a - e) / (abs + rel * Math.abs(e));
      if (!(err <= 1)) {
        fail(
            String.format(
                "%s: at [%d] got %s, expected %s: error %.3g x the tolerance (%.3g + %.3g *"
                    + " |expected|)",
                what, j, actual[off + j], e, err, abs, rel));
      }
      worst = Math.max(worst, err);
    }
    return worst;
  }

  /** Two float arrays agree in [from, from + n) within abs + rel * max(|a|, |b|). */
  static void close(String what, float[] a, float[] b, int from, int n, double abs, double rel) {
    for (int i = from; i < from + n; i++) {
      if (Float.compare(a[i], b[i]) == 0) {
        continue;
      }
      double tol = abs + rel * Math.max(Math.abs(a[i]), Math.abs(b[i]));
      if (!(Math.abs(a[i] - b[i]) <= tol)) {
        fail(
            String.format(
                "%s: differ at [%d]: %s vs %s (tolerance %.3g)", what, i, a[i], b[i], tol));
      }
    }
  }

  /** The row sum in double. */
  static double sum(float[] y, int off, int cols) {
    double s = 0;
    for (int j = 0; j < cols; j++) {
      s += y[off + j];
    }
    return s;
  }
}
