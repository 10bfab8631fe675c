package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Softmax backward dx = y (dy - <y, dy>) against float64 from the same float y and dy. Tolerance
 * per element: |got - ref| <= 2e-6 * |y_j| * (|dy_j| + Σ_i |y_i dy_i|): the float dot product has a
 * relative error of a few 1e-7 of Σ |y_i dy_i|, and the subtraction and product add an ulp each. A
 * wrong formula (missing dot, wrong sign) errs by order |y_j| |dy_j|.
 */
class SoftmaxBackwardTest {

  static void check(String what, float[] y, float[] dy, float[] dx, Rows rows) {
    for (int r = 0; r < rows.rows(); r++) {
      int off = r * rows.stride();
      double[] ref = Reference.softmaxBackward(y, dy, off, rows.cols());
      double s = 0;
      for (int j = 0; j < rows.cols(); j++) {
        s += Math.abs((double) y[off + j] * dy[off + j]);
      }
      for (int j = 0; j < rows.cols(); j++) {
        double tol = 2e-6 * Math.abs(y[off + j]) * (Math.abs(dy[off + j]) + s);
        double got = dx[off + j];
        assertTrue(
            Math.abs(got - ref[j]) <= tol,
            String.format("%s row %d [%d]: got %s, expected %s", what, r, j, got, ref[j]));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void matchesFloat64Reference(KernelPath path) {
    SplittableRandom rnd = new SplittableRandom(50);
    for (int cols : new int[] {1, 7, 8, 9, 31, 33, 1000, 65536}) {
      for (double sigma : new double[] {1, 10}) {
        int rows = Math.clamp(4096 / cols, 1, 16);
        Rows layout = Rows.of(rows, cols).withStride(cols + 5);
        float[] x = Reference.gaussian(rnd, (int) layout.span(), 5, sigma);
        float[] y = new float[x.length];
        Kernels.of(path).softmax(x, y, layout, 1f);
        float[] dy = Reference.gaussian(rnd, x.length, 0.5, 2);
        float[] dx = new float[x.length];
        Arrays.fill(dx, SoftmaxLayoutTest.PAD);
        Kernels.of(path).softmaxBackward(y, dy, dx, layout);
        String what = path + " cols=" + cols + " sigma=" + sigma;
        check(what, y, dy, dx, layout);
        for (int i = 0; i < dx.length; i++) {
          if (i % layout.stride() >= cols) {
            assertEquals(SoftmaxLayoutTest.PAD, dx[i], what + ": padding at " + i + " written");
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void dxMayAliasDyAndBigBatchesSplit(KernelPath path) {
    Rows rows = Rows.of(600, 200); // 120,000 values: split over threads by rows
    SplittableRandom rnd = new SplittableRandom(51);
    float[] x = Reference.gaussian(rnd, 120_000, 0, 3);
    float[] y = new float[x.length];
    Kernels.of(path).softmax(x, y, rows, 1f);
    float[] dy = Reference.gaussian(rnd, x.length, 0, 1);
    float[] original = dy.clone();
    Kernels.of(path).withThreads(2).softmaxBackward(y, dy, dy, rows);
    check(path + " dx == dy", y, original, dy, rows);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void gradientOfAConstantIsZero(KernelPath path) {
    // dy = c for every j: <y, dy> = c (y sums to 1), so dx = 0 up to rounding.
    int cols = 1000;
    float[] y = new float[cols];
    Kernels.of(path)
        .softmax(Reference.gaussian(new SplittableRandom(52), cols, 0, 2), y, Rows.row(cols));
    float[] dy = new float[cols];
    Arrays.fill(dy, 3.5f);
    float[] dx = new float[cols];
    Kernels.of(path).softmaxBackward(y, dy, dx, Rows.row(cols));
    for (int j = 0; j < cols; j++) {
      assertTrue(Math.abs(dx[j]) <= 1e-5 * 3.5 * y[j] + 1e-12, path + " [" + j + "] = " + dx[j]);
    }
  }
}
