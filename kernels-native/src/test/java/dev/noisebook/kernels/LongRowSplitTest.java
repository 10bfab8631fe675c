package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The column split of long rows, done in Java from online partials (softmax AUTO and logsumexp): a
 * row of at least {@link Kernels#LONG_ROW} columns when there are fewer rows than threads, and any
 * row longer than {@link Kernels#CALL_ELEMENTS}. Results must match the float64 reference and agree
 * between one thread and two (to rounding: the unsplit row is one reload, the split one is
 * chunk-local reloads merged in double).
 */
class LongRowSplitTest {
  static final int OVER_CALL = Kernels.CALL_ELEMENTS + 37;

  /**
   * Split and unsplit rows round x - max against different maxima (chunk-local ones when split);
   * each is within REL of the float64 reference, checked separately, so they agree within 2 REL.
   */
  static final double AGREE = 2 * SoftmaxAccuracyTest.REL;

  private static void checkSoftmax(String what, float[] x, float[] y, Rows rows, float t) {
    for (int r = 0; r < rows.rows(); r++) {
      int off = r * rows.stride();
      double[] ref = Reference.softmax(x, off, rows.cols(), Reference.invT(t));
      Compare.relative(what + " row " + r, y, off, ref, SoftmaxAccuracyTest.REL, 1e-30);
      double sum = Compare.sum(y, off, rows.cols());
      assertTrue(Math.abs(sum - 1) <= SoftmaxAccuracyTest.SUM, what + ": sum - 1 = " + (sum - 1));
    }
  }

  private static void checkLogSumExp(String what, float[] x, float[] out, Rows rows, float t) {
    for (int r = 0; r < rows.rows(); r++) {
      double ref = Reference.logSumExp(x, r * rows.stride(), rows.cols(), Reference.invT(t));
      double tol = LogSumExpTest.tolerance(ref);
      assertTrue(
          Math.abs(out[r] - ref) <= tol,
          what + " row " + r + ": got " + out[r] + ", expected " + ref + " within " + tol);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void rowSplitAcrossThreadsMatchesOneThread(KernelPath path) {
    SplittableRandom rnd = new SplittableRandom(10);
    for (int cols : new int[] {Kernels.LONG_ROW, Kernels.LONG_ROW + 5, OVER_CALL}) {
      for (float t : new float[] {1f, 0.5f, 3f}) {
        Rows rows = Rows.row(cols);
        double sigma = t == 1f ? 1 : 10; // of x / T: the spreads of SoftmaxAccuracyTest
        float[] x = Reference.gaussian(rnd, cols, 5 * t, sigma * t);
        float[] y1 = new float[cols];
        float[] y2 = new float[cols];
        Kernels.of(path).withThreads(1).softmax(x, y1, rows, t);
        Kernels.of(path).withThreads(2).softmax(x, y2, rows, t);
        String what = path + " cols=" + cols + " sigma=" + sigma + " T=" + t;
        checkSoftmax(what + " threads=1", x, y1, rows, t);
        checkSoftmax(what + " threads=2", x, y2, rows, t);
        // Below FLT_MIN the kernels' exp flushes to 0 (documented); a chunk-local max can keep
        // such a value as a subnormal instead, so agreement is absolute there.
        Compare.close(what + " threads 1 vs 2", y1, y2, 0, cols, Float.MIN_NORMAL, AGREE);

        float[] l1 = new float[1];
        float[] l2 = new float[1];
        Kernels.of(path).withThreads(1).logSumExp(x, rows, l1, t);
        Kernels.of(path).withThreads(2).logSumExp(x, rows, l2, t);
        checkLogSumExp(what + " threads=1", x, l1, rows, t);
        checkLogSumExp(what + " threads=2", x, l2, rows, t);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void fewStridedRowsOnMoreThreadsLeaveThePaddingAlone(KernelPath path) {
    // 2 rows < 4 threads, cols >= LONG_ROW: each row is split into 4 chunks of columns.
    Rows rows = Rows.of(2, Kernels.LONG_ROW + 3).withStride(Kernels.LONG_ROW + 11);
    SplittableRandom rnd = new SplittableRandom(11);
    float[] x = Reference.gaussian(rnd, rows.rows() * rows.stride(), 5, 10);
    float[] y = new float[x.length];
    Arrays.fill(y, SoftmaxLayoutTest.PAD);
    Kernels.of(path).withThreads(4).softmax(x, y, rows, 1f);
    checkSoftmax(path + " " + rows, x, y, rows, 1f);
    for (int i = 0; i < y.length; i++) {
      if (i % rows.stride() >= rows.cols()) {
        assertEquals(SoftmaxLayoutTest.PAD, y[i], path + ": padding at " + i + " was written");
      }
    }
    float[] out = new float[2];
    Kernels.of(path).withThreads(4).logSumExp(x, rows, out, 1f);
    checkLogSumExp(path + " " + rows, x, out, rows, 1f);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void splitRowInPlace(KernelPath path) {
    Rows rows = Rows.row(OVER_CALL);
    float[] x = Reference.gaussian(new SplittableRandom(12), OVER_CALL, 5, 10);
    float[] original = x.clone();
    Kernels.of(path).withThreads(2).softmax(x, x, rows, 1f);
    checkSoftmax(path + " in place", original, x, rows, 1f);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void maskedChunksAndSpecialValuesInSplitRows(KernelPath path) {
    int cols = Kernels.LONG_ROW;
    Rows rows = Rows.row(cols);
    Kernels k = Kernels.of(path).withThreads(2); // two chunks of cols / 2
    float[] x = Reference.gaussian(new SplittableRandom(13), cols, 0, 1);
    Arrays.fill(x, 0, cols / 2 + 100, Float.NEGATIVE_INFINITY); // chunk 0 all masked
    float[] y = new float[cols];
    k.softmax(x, y, rows, 1f);
    checkSoftmax(path + " first chunk masked", x, y, rows, 1f);
    float[] lse = new float[1];
    k.logSumExp(x, rows, lse, 1f);
    checkLogSumExp(path + " first chunk masked", x, lse, rows, 1f);

    Arrays.fill(x, Float.NEGATIVE_INFINITY);
    Arrays.fill(y, 7f);
    k.softmax(x, y, rows, 1f);
    for (int j = 0; j < cols; j++) {
      assertEquals(0f, y[j], path + ": all -inf, softmax at " + j);
    }
    k.logSumExp(x, rows, lse, 1f);
    assertEquals(Float.NEGATIVE_INFINITY, lse[0], path + ": all -inf, logsumexp");

    for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY}) {
      x = Reference.gaussian(new SplittableRandom(14), cols, 0, 1);
      x[cols - 3] = bad; // in the second chunk only
      k.softmax(x, y, rows, 1f);
      for (int j = 0; j < cols; j++) {
        assertTrue(
            Float.isNaN(y[j]), path + ": a row with " + bad + ", softmax at " + j + " = " + y[j]);
      }
      k.logSumExp(x, rows, lse, 1f);
      assertTrue(Float.isNaN(lse[0]), path + ": a row with " + bad + ", logsumexp = " + lse[0]);
    }
  }
}
