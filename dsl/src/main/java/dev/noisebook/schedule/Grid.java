package dev.noisebook.schedule;

/**
 * numpy's {@code linspace} and float {@code arange}, operation for operation, so that schedules
 * built on them agree with diffusers' float64 results to the last bit where the libm agrees.
 */
final class Grid {
  private Grid() {}

  /** {@code np.linspace(start, stop, n)}: {@code start + i·(stop - start)/(n - 1)}, last = stop. */
  static double[] linspace(double start, double stop, int n) {
    double[] y = new double[n];
    double step = (stop - start) / (n - 1);
    for (int i = 0; i < n; i++) {
      y[i] = n > 1 ? i * step + start : start;
    }
    if (n > 1) {
      y[n - 1] = stop;
    }
    return y;
  }

  /**
   * The first {@code n} values of {@code np.arange(start, stop, step)} for a float step: numpy
   * fills {@code start + i·delta} with {@code delta = (start + step) - start}.
   */
  static double[] arange(double start, double step, int n) {
    double delta = (start + step) - start;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = start + i * delta;
    }
    return y;
  }
}
