package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A row of only -inf, between ordinary rows, in every kernel and on every path: softmax 0,
 * log-softmax -inf, logsumexp -inf, cross-entropy +inf with a zero gradient (0 when the label is
 * the ignore index), top-k index -1 with probability 0, sample -1. The neighbouring rows are
 * unaffected. Top-k on a row with fewer unmasked entries than k pads with -1 / 0.
 */
class AllMaskedRowTest {
  static final float NEG_INF = Float.NEGATIVE_INFINITY;
  static final int[] COLS = {1, 7, 8, 9, 40, 1000};

  /** Three rows; the middle one all -inf. */
  static float[] rows(int cols) {
    float[] x = Reference.gaussian(new SplittableRandom(cols), 3 * cols, 0, 2);
    Arrays.fill(x, cols, 2 * cols, NEG_INF);
    return x;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#allWithAlgorithms")
  void softmax(KernelPath path, SoftmaxAlgorithm algorithm) {
    for (int cols : COLS) {
      float[] x = rows(cols);
      float[] y = new float[x.length];
      Arrays.fill(y, 5f);
      Kernels.of(path).softmax(x, y, Rows.of(3, cols), 1f, algorithm);
      for (int j = 0; j < cols; j++) {
        assertEquals(0f, y[cols + j], path + " " + algorithm + " cols=" + cols + " [" + j + "]");
      }
      for (int r : new int[] {0, 2}) {
        Compare.relative(
            path + " " + algorithm + " neighbour row " + r,
            y,
            r * cols,
            Reference.softmax(x, r * cols, cols, 1),
            SoftmaxAccuracyTest.REL,
            1e-30);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void logSoftmaxAndLogSumExp(KernelPath path) {
    for (int cols : COLS) {
      float[] x = rows(cols);
      float[] y = new float[x.length];
      float[] lse = new float[3];
      Kernels.of(path).logSoftmax(x, y, Rows.of(3, cols), 1f);
      Kernels.of(path).logSumExp(x, Rows.of(3, cols), lse, 1f);
      for (int j = 0; j < cols; j++) {
        assertEquals(NEG_INF, y[cols + j], path + " cols=" + cols + " log-softmax [" + j + "]");
      }
      assertEquals(NEG_INF, lse[1], path + " cols=" + cols + " logsumexp");
      double ref = Reference.logSumExp(x, 2 * cols, cols, 1);
      assertEquals(ref, lse[2], LogSumExpTest.tolerance(ref), path + " neighbour logsumexp");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void crossEntropy(KernelPath path) {
    for (CrossEntropy spec :
        new CrossEntropy[] {
          CrossEntropy.DEFAULT, CrossEntropy.DEFAULT.withLabelSmoothing(0.1f).withTemperature(2f)
        }) {
      for (int cols : COLS) {
        float[] x = rows(cols);
        int[] labels = {0, cols - 1, cols / 2};
        float[] loss = new float[3];
        float[] grad = new float[x.length];
        Arrays.fill(grad, 5f);
        Kernels.of(path).crossEntropy(x, Rows.of(3, cols), labels, loss, grad, spec);
        String what = path + " " + spec + " cols=" + cols;
        assertEquals(Float.POSITIVE_INFINITY, loss[1], what + ": loss");
        for (int j = 0; j < cols; j++) {
          assertEquals(0f, grad[cols + j], what + ": grad [" + j + "]");
        }
        CrossEntropyTest.check(
            what + " neighbour",
            Arrays.copyOfRange(x, 2 * cols, 3 * cols),
            Rows.row(cols),
            new int[] {labels[2]},
            new float[] {loss[2]},
            Arrays.copyOfRange(grad, 2 * cols, 3 * cols),
            spec);

        // The ignore index wins over the mask: loss 0, zero gradient.
        labels[1] = spec.ignoreIndex();
        Kernels.of(path).crossEntropy(x, Rows.of(3, cols), labels, loss, grad, spec);
        assertEquals(0f, loss[1], what + ": ignored all -inf row");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void topK(KernelPath path) {
    for (int cols : COLS) {
      float[] x = rows(cols);
      int k = Math.min(cols, 3);
      int[] idx = new int[3 * k];
      float[] prob = new float[3 * k];
      Arrays.fill(prob, 5f);
      Kernels.of(path).softmaxTopK(x, Rows.of(3, cols), k, idx, prob, 1f);
      for (int i = k; i < 2 * k; i++) {
        assertEquals(-1, idx[i], path + " cols=" + cols + " index " + (i - k));
        assertEquals(0f, prob[i], path + " cols=" + cols + " prob " + (i - k));
      }
      SoftmaxTopKTest.check(
          path + " cols=" + cols + " neighbour",
          path,
          Arrays.copyOfRange(x, 2 * cols, 3 * cols),
          Rows.row(cols),
          k,
          1f,
          Arrays.copyOfRange(idx, 2 * k, 3 * k),
          Arrays.copyOfRange(prob, 2 * k, 3 * k));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void topKPadsRowsWithFewerUnmaskedEntriesThanK(KernelPath path) {
    int cols = 37;
    float[] x = new float[cols];
    Arrays.fill(x, NEG_INF);
    x[30] = 1f;
    x[4] = 2f;
    x[36] = 1f; // tied with 30: the lower index first
    int k = 6;
    int[] idx = new int[k];
    float[] prob = new float[k];
    Kernels.of(path).softmaxTopK(x, Rows.row(cols), k, idx, prob, 1f);
    double e = Math.E;
    assertArrayEquals(new int[] {4, 30, 36, -1, -1, -1}, idx);
    float[] expected = {
      (float) (e / (e + 2)), (float) (1 / (e + 2)), (float) (1 / (e + 2)), 0, 0, 0
    };
    assertArrayEquals(expected, prob, 1e-6f, path.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void sample(KernelPath path) {
    for (int cols : COLS) {
      float[] x = rows(cols);
      for (double u : new double[] {0, 0.5, Math.nextDown(1.0)}) {
        int[] out = {7, 7, 7};
        Kernels.of(path).sample(x, Rows.of(3, cols), 1f, new double[] {u, u, u}, out);
        assertEquals(-1, out[1], path + " cols=" + cols + " u=" + u);
        assertTrue(out[0] >= 0 && out[2] >= 0, path + " neighbours drew " + out[0] + ", " + out[2]);
      }
    }
  }
}
