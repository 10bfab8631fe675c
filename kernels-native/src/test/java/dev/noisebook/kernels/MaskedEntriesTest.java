package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * -inf entries are masked, in every kernel and on every path: probability 0 (log-probability -inf),
 * no share of logsumexp, zero cross-entropy gradient (without smoothing), never in a top-k, never
 * sampled; the other entries behave as if the masked ones were absent. Masks cover whole vectors,
 * vector heads and tails, the first and the last column.
 */
class MaskedEntriesTest {
  static final float NEG_INF = Float.NEGATIVE_INFINITY;

  /** Rows of Gaussian logits with a varied mask, at least one entry unmasked per row. */
  static float[] maskedRows(SplittableRandom rnd, Rows rows) {
    float[] x = Reference.gaussian(rnd, (int) rows.span(), 0, 2);
    for (int r = 0; r < rows.rows(); r++) {
      int off = r * rows.stride();
      int cols = rows.cols();
      switch (r % 4) {
        case 0 -> Arrays.fill(x, off, off + Math.min(cols - 1, 40), NEG_INF); // whole vectors
        case 1 -> {
          for (int j = 0; j < cols; j += 3) {
            x[off + j] = NEG_INF;
          }
        }
        case 2 -> x[off + cols - 1] = NEG_INF; // the tail
        default -> {
          for (int j = 1; j < cols; j++) {
            x[off + j] = rnd.nextInt(4) == 0 ? NEG_INF : x[off + j];
          }
        }
      }
      x[off + rnd.nextInt(cols)] = (float) rnd.nextGaussian(); // never all masked
    }
    return x;
  }

  static final int[] COLS = {2, 7, 9, 33, 100, 1001};

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#allWithAlgorithms")
  void softmax(KernelPath path, SoftmaxAlgorithm algorithm) {
    SplittableRandom rnd = new SplittableRandom(110);
    for (int cols : COLS) {
      Rows rows = Rows.of(8, cols);
      float[] x = maskedRows(rnd, rows);
      float[] y = new float[x.length];
      Kernels.of(path).softmax(x, y, rows, 0.8f, algorithm);
      for (int r = 0; r < 8; r++) {
        String what = path + " " + algorithm + " cols=" + cols + " row " + r;
        double[] ref = Reference.softmax(x, r * cols, cols, Reference.invT(0.8f));
        Compare.relative(what, y, r * cols, ref, SoftmaxAccuracyTest.REL, 1e-30);
        for (int j = 0; j < cols; j++) {
          if (x[r * cols + j] == NEG_INF) {
            assertEquals(0f, y[r * cols + j], what + ": masked entry " + j);
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void logSoftmaxAndLogSumExp(KernelPath path) {
    SplittableRandom rnd = new SplittableRandom(111);
    for (int cols : COLS) {
      Rows rows = Rows.of(8, cols);
      float[] x = maskedRows(rnd, rows);
      float[] y = new float[x.length];
      float[] lse = new float[8];
      Kernels.of(path).logSoftmax(x, y, rows, 1.2f);
      Kernels.of(path).logSumExp(x, rows, lse, 1.2f);
      for (int r = 0; r < 8; r++) {
        String what = path + " cols=" + cols + " row " + r;
        double[] ref = Reference.logSoftmax(x, r * cols, cols, Reference.invT(1.2f));
        for (int j = 0; j < cols; j++) {
          float got = y[r * cols + j];
          if (x[r * cols + j] == NEG_INF) {
            assertEquals(NEG_INF, got, what + ": masked entry " + j);
          } else {
            assertTrue(
                Math.abs(got - ref[j]) <= LogSoftmaxTest.tolerance(ref[j]),
                what + ": [" + j + "] " + got + ", expected " + ref[j]);
          }
        }
        double refLse = Reference.logSumExp(x, r * cols, cols, Reference.invT(1.2f));
        assertTrue(
            Math.abs(lse[r] - refLse) <= LogSumExpTest.tolerance(refLse),
            what + ": logsumexp " + lse[r] + ", expected " + refLse);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void crossEntropy(KernelPath path) {
    SplittableRandom rnd = new SplittableRandom(112);
    CrossEntropy spec = CrossEntropy.DEFAULT.withTemperature(0.9f).withGradScale(0.5f);
    for (int cols : COLS) {
      Rows rows = Rows.of(8, cols);
      float[] x = maskedRows(rnd, rows);
      int[] labels = new int[8];
      for (int r = 0; r < 8; r++) {
        do {
          labels[r] = rnd.nextInt(cols);
        } while (x[r * cols + labels[r]] == NEG_INF);
      }
      float[] loss = new float[8];
      float[] grad = new float[x.length];
      Kernels.of(path).crossEntropy(x, rows, labels, loss, grad, spec);
      CrossEntropyTest.check(path + " cols=" + cols, x, rows, labels, loss, grad, spec);
      for (int i = 0; i < x.length; i++) {
        if (x[i] == NEG_INF) {
          assertEquals(0f, grad[i], path + " cols=" + cols + ": gradient of masked entry " + i);
        }
        assertTrue(Float.isFinite(loss[i / cols]), path + ": loss " + loss[i / cols]);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void topKSkipsMaskedEntries(KernelPath path) {
    SplittableRandom rnd = new SplittableRandom(113);
    for (int cols : COLS) {
      Rows rows = Rows.of(8, cols);
      float[] x = maskedRows(rnd, rows);
      int k = Math.min(cols, 5);
      int[] idx = new int[8 * k];
      float[] prob = new float[8 * k];
      Kernels.of(path).softmaxTopK(x, rows, k, idx, prob, 1f);
      SoftmaxTopKTest.check(path + " cols=" + cols, path, x, rows, k, 1f, idx, prob);
      for (int i = 0; i < idx.length; i++) {
        int r = i / k;
        assertTrue(
            idx[i] == -1 || x[r * cols + idx[i]] != NEG_INF,
            path + " cols=" + cols + ": top-k returned masked column " + idx[i]);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void samplingNeverDrawsAMaskedEntry(KernelPath path) {
    SplittableRandom rnd = new SplittableRandom(114);
    for (int cols : COLS) {
      int draws = 4000;
      float[] row = maskedRows(rnd, Rows.of(4, cols));
      row = Arrays.copyOfRange(row, 3 * cols, 4 * cols); // the randomly masked kind
      float[] x = new float[draws * cols];
      for (int d = 0; d < draws; d++) {
        System.arraycopy(row, 0, x, d * cols, cols);
      }
      double[] u = new double[draws];
      for (int d = 0; d < draws; d++) {
        u[d] = d < 2 ? (d == 0 ? 0 : Math.nextDown(1.0)) : rnd.nextDouble();
      }
      int[] out = new int[draws];
      Kernels.of(path).sample(x, Rows.of(draws, cols), 1f, u, out);
      for (int d = 0; d < draws; d++) {
        assertTrue(
            out[d] >= 0 && out[d] < cols && row[out[d]] != NEG_INF,
            path + " cols=" + cols + " u=" + u[d] + ": drew " + out[d]);
      }
    }
  }
}
