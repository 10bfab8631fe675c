package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * log-softmax against float64, with temperature, strided rows and in place. Tolerance: |got - ref|
 * <= 1e-5 + 2 ulp(ref), that of {@link LogSumExpTest} (y = x/T - logsumexp): the normaliser's
 * rounding moves every entry alike by up to 1e-5, the float arithmetic adds a few ulps.
 */
class LogSoftmaxTest {

  static double tolerance(double ref) {
    return 1e-5 + 2 * Math.ulp((float) ref);
  }

  private static void check(String what, float[] x, float[] y, Rows rows, float t) {
    for (int r = 0; r < rows.rows(); r++) {
      int off = r * rows.stride();
      double[] ref = Reference.logSoftmax(x, off, rows.cols(), Reference.invT(t));
      for (int j = 0; j < rows.cols(); j++) {
        double got = y[off + j];
        assertTrue(
            Math.abs(got - ref[j]) <= tolerance(ref[j]),
            String.format("%s row %d [%d]: got %s, expected %s", what, r, j, got, ref[j]));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void matchesFloat64Reference(KernelPath path) {
    SplittableRandom rnd = new SplittableRandom(40);
    for (int cols : new int[] {1, 7, 8, 9, 31, 33, 1000, 65536}) {
      for (double sigma : new double[] {1, 10}) {
        for (float t : new float[] {1f, 0.25f, 4f}) {
          int rows = Math.clamp(4096 / cols, 1, 16);
          Rows layout = Rows.of(rows, cols).withStride(cols + 3);
          float[] x = Reference.gaussian(rnd, (int) layout.span(), 5 * t, sigma * t);
          float[] y = new float[x.length];
          Arrays.fill(y, SoftmaxLayoutTest.PAD);
          Kernels.of(path).logSoftmax(x, y, layout, t);
          String what = path + " cols=" + cols + " sigma=" + sigma + " T=" + t;
          check(what, x, y, layout, t);
          for (int i = 0; i < y.length; i++) {
            if (i % layout.stride() >= cols) {
              assertEquals(SoftmaxLayoutTest.PAD, y[i], what + ": padding at " + i + " written");
            }
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void inPlaceAndManyRows(KernelPath path) {
    Rows rows = Rows.of(700, 129); // 90,300 values: split over threads by rows
    float[] x = Reference.gaussian(new SplittableRandom(41), (int) rows.span(), 0, 5);
    float[] original = x.clone();
    Kernels.of(path).withThreads(2).logSoftmax(x, x, rows, 0.8f);
    check(path + " in place", original, x, rows, 0.8f);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void expOfLogSoftmaxIsSoftmax(KernelPath path) {
    // Ties the two kernels together: exp(log-softmax) and softmax agree to about 1e-5 relative.
    int cols = 333;
    float[] x = Reference.gaussian(new SplittableRandom(42), cols, 1, 2);
    float[] ls = new float[cols];
    float[] p = new float[cols];
    Kernels.of(path).logSoftmax(x, ls, Rows.row(cols), 1.3f);
    Kernels.of(path).softmax(x, p, Rows.row(cols), 1.3f);
    double[] fromLog = new double[cols];
    for (int j = 0; j < cols; j++) {
      fromLog[j] = Math.exp(ls[j]);
    }
    Compare.relative(path + " softmax vs exp(log-softmax)", p, 0, fromLog, 2e-5, 1e-30);
  }
}
