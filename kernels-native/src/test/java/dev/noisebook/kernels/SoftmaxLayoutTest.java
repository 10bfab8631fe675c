package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Softmax with temperature, strided rows (the padding between rows is left untouched), in place (x
 * == y) and in batches big enough to be spread over threads by rows; every path and algorithm,
 * against the float64 reference with the tolerances of {@link SoftmaxAccuracyTest}.
 */
class SoftmaxLayoutTest {
  static final float PAD = 12345.5f;

  private static void check(String what, float[] x, float[] y, Rows rows, float temperature) {
    double invT = Reference.invT(temperature);
    for (int r = 0; r < rows.rows(); r++) {
      int off = r * rows.stride();
      double[] ref = Reference.softmax(x, off, rows.cols(), invT);
      Compare.relative(what + " row " + r, y, off, ref, SoftmaxAccuracyTest.REL, 1e-30);
      double sum = Compare.sum(y, off, rows.cols());
      assertTrue(Math.abs(sum - 1) <= SoftmaxAccuracyTest.SUM, what + ": sum - 1 = " + (sum - 1));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#allWithAlgorithms")
  void temperature(KernelPath path, SoftmaxAlgorithm algorithm) {
    SplittableRandom rnd = new SplittableRandom(1);
    for (float t : new float[] {0.05f, 0.3f, 0.7f, 1.5f, 8f}) {
      for (int cols : new int[] {5, 8, 100, 4099}) {
        Rows rows = Rows.of(3, cols);
        // |x / T| stays below ~100, the range of the 1e-5 tolerance (native-kernels.md sec. 5.2):
        // TWO_PASS rounds x * (1/T) itself, a relative error of up to |x / T| * 2^-24 per entry.
        float[] x = Reference.gaussian(rnd, 3 * cols, 0, Math.min(2, 16 * t));
        float[] y = new float[x.length];
        Kernels.of(path).softmax(x, y, rows, t, algorithm);
        check(path + " " + algorithm + " T=" + t + " cols=" + cols, x, y, rows, t);
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#allWithAlgorithms")
  void stridedRowsLeaveThePaddingAlone(KernelPath path, SoftmaxAlgorithm algorithm) {
    SplittableRandom rnd = new SplittableRandom(2);
    for (int cols : new int[] {1, 7, 9, 33, 1000}) {
      for (int extra : new int[] {1, 3, 8, 13}) {
        Rows rows = Rows.of(5, cols).withStride(cols + extra);
        int n = (int) rows.span() + extra; // padding after the last row too
        float[] x = Reference.gaussian(rnd, n, 1, 3);
        float[] y = new float[n];
        Arrays.fill(y, PAD);
        float[] xBefore = x.clone();
        Kernels.of(path).softmax(x, y, rows, 0.9f, algorithm);
        String what = path + " " + algorithm + " " + rows;
        check(what, x, y, rows, 0.9f);
        for (int i = 0; i < n; i++) {
          if (i % rows.stride() >= cols || i >= rows.span()) {
            assertEquals(PAD, y[i], what + ": padding at " + i + " was written");
          }
        }
        assertTrue(Arrays.equals(xBefore, x), what + ": the input changed");
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#allWithAlgorithms")
  void inPlace(KernelPath path, SoftmaxAlgorithm algorithm) {
    SplittableRandom rnd = new SplittableRandom(3);
    for (int cols : new int[] {1, 9, 31, 1000, 65536}) {
      Rows rows = Rows.of(2, cols).withStride(cols + 3);
      float[] x = Reference.gaussian(rnd, (int) rows.span(), 5, 10);
      float[] original = x.clone();
      Kernels.of(path).softmax(x, x, rows, 1.25f, algorithm);
      String what = path + " " + algorithm + " in place " + rows;
      check(what, original, x, rows, 1.25f);
      for (int i = cols; i < cols + 3; i++) {
        assertEquals(original[i], x[i], what + ": padding at " + i + " was written");
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#allWithAlgorithms")
  void manyRowBatchesSpreadOverThreads(KernelPath path, SoftmaxAlgorithm algorithm) {
    // 1500 x 333 = 499,500 values: >= 65,536, so the batch is split by rows over the threads.
    Rows rows = Rows.of(1500, 333).withStride(337);
    SplittableRandom rnd = new SplittableRandom(4);
    float[] x = Reference.gaussian(rnd, (int) rows.span(), 5, 10);
    float[] y2 = new float[x.length];
    float[] y1 = new float[x.length];
    Kernels.of(path).withThreads(2).softmax(x, y2, rows, 1f, algorithm);
    Kernels.of(path).withThreads(1).softmax(x, y1, rows, 1f, algorithm);
    check(path + " " + algorithm + " " + rows, x, y2, rows, 1f);
    assertTrue(Arrays.equals(y1, y2), "splitting rows over threads changed the result");
  }
}
