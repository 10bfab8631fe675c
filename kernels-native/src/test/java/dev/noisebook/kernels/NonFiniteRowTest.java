package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A row holding NaN or +inf (first column, inside a vector, the last partial vector), between
 * ordinary rows: softmax, log-softmax, logsumexp and cross-entropy give NaN, top-k probabilities
 * are NaN, sample gives -1, on every path; the neighbouring rows are unaffected. Rows come in two
 * kinds: Gaussian logits with one masked entry besides the bad one, and rows whose every other
 * entry is masked (-inf), which must not pass for all-masked rows.
 */
class NonFiniteRowTest {
  static final float[] BAD = {Float.NaN, Float.POSITIVE_INFINITY};
  static final int[] COLS = {1, 2, 7, 8, 9, 17, 40, 1000};

  /** Three rows; the middle one holds {@code bad} at {@code at}. */
  static float[] rows(int cols, float bad, int at, boolean othersMasked) {
    float[] x = Reference.gaussian(new SplittableRandom(cols * 7L + at), 3 * cols, 0, 2);
    if (othersMasked) {
      Arrays.fill(x, cols, 2 * cols, Float.NEGATIVE_INFINITY);
    } else if (cols > 2) {
      x[cols + (at + 1) % cols] = Float.NEGATIVE_INFINITY;
    }
    x[cols + at] = bad;
    return x;
  }

  static int[] positions(int cols) {
    return java.util.stream.IntStream.of(0, cols / 2, cols - 1).distinct().toArray();
  }

  /** The entries of y[from, from + n) that are not NaN, as a short description, or null. */
  private static String notNaN(float[] y, int from, int n) {
    List<String> bad = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (!Float.isNaN(y[from + j])) {
        bad.add("[" + j + "]=" + y[from + j]);
      }
    }
    return bad.isEmpty() ? null : bad.size() + " not NaN, e.g. " + bad.getFirst();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#allWithAlgorithms")
  void softmax(KernelPath path, SoftmaxAlgorithm algorithm) {
    List<String> failures = new ArrayList<>();
    for (float bad : BAD) {
      for (boolean othersMasked : new boolean[] {false, true}) {
        for (int cols : COLS) {
          for (int at : positions(cols)) {
            float[] x = rows(cols, bad, at, othersMasked);
            float[] y = new float[x.length];
            Kernels.of(path).softmax(x, y, Rows.of(3, cols), 1f, algorithm);
            String what =
                bad + " at " + at + " cols=" + cols + (othersMasked ? " others -inf" : "");
            String wrong = notNaN(y, cols, cols);
            if (wrong != null) {
              failures.add(what + ": " + wrong);
            }
            Compare.relative(
                what + " neighbour",
                y,
                2 * cols,
                Reference.softmax(x, 2 * cols, cols, 1),
                SoftmaxAccuracyTest.REL,
                1e-30);
          }
        }
      }
    }
    assertTrue(
        failures.isEmpty(),
        path
            + " "
            + algorithm
            + ": softmax of rows with NaN / +inf is not all NaN in "
            + failures.size()
            + " cases:\n  "
            + String.join("\n  ", failures));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void logSoftmaxLogSumExpAndCrossEntropy(KernelPath path) {
    List<String> failures = new ArrayList<>();
    for (float bad : BAD) {
      for (boolean othersMasked : new boolean[] {false, true}) {
        for (int cols : COLS) {
          for (int at : positions(cols)) {
            float[] x = rows(cols, bad, at, othersMasked);
            Rows rows = Rows.of(3, cols);
            String what =
                bad + " at " + at + " cols=" + cols + (othersMasked ? " others -inf" : "");
            float[] y = new float[x.length];
            Kernels.of(path).logSoftmax(x, y, rows, 1f);
            String wrong = notNaN(y, cols, cols);
            if (wrong != null) {
              failures.add(what + ": log-softmax " + wrong);
            }
            float[] lse = new float[3];
            Kernels.of(path).logSumExp(x, rows, lse, 1f);
            if (!Float.isNaN(lse[1])) {
              failures.add(what + ": logsumexp " + lse[1]);
            }
            assertTrue(Float.isFinite(lse[2]), what + " neighbour logsumexp " + lse[2]);
            for (CrossEntropy spec :
                new CrossEntropy[] {
                  CrossEntropy.DEFAULT, CrossEntropy.DEFAULT.withLabelSmoothing(0.2f)
                }) {
              for (int label : new int[] {at, (at + cols - 1) % cols}) {
                float[] loss = new float[3];
                Kernels.of(path)
                    .crossEntropy(
                        x, rows, new int[] {0, label, 0}, loss, new float[x.length], spec);
                if (!Float.isNaN(loss[1])) {
                  failures.add(what + " " + spec + " label " + label + ": loss " + loss[1]);
                }
                assertTrue(Float.isFinite(loss[2]), what + ": neighbour loss " + loss[2]);
              }
            }
          }
        }
      }
    }
    assertTrue(
        failures.isEmpty(),
        path + ": " + failures.size() + " cases not NaN:\n  " + String.join("\n  ", failures));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void topKAndSample(KernelPath path) {
    List<String> failures = new ArrayList<>();
    for (float bad : BAD) {
      for (boolean othersMasked : new boolean[] {false, true}) {
        for (int cols : COLS) {
          for (int at : positions(cols)) {
            float[] x = rows(cols, bad, at, othersMasked);
            Rows rows = Rows.of(3, cols);
            String what =
                bad + " at " + at + " cols=" + cols + (othersMasked ? " others -inf" : "");
            int k = Math.min(cols, 4);
            int[] idx = new int[3 * k];
            float[] prob = new float[3 * k];
            Kernels.of(path).softmaxTopK(x, rows, k, idx, prob, 1f);
            String wrong = notNaN(prob, k, k);
            if (wrong != null) {
              failures.add(what + ": top-k prob " + wrong);
            }
            for (int i = 2 * k; i < 3 * k; i++) {
              assertTrue(Float.isFinite(prob[i]), what + ": neighbour top-k prob " + prob[i]);
            }
            for (double u : new double[] {0, 0.3, 0.999}) {
              int[] out = {9, 9, 9};
              Kernels.of(path).sample(x, rows, 1f, new double[] {u, u, u}, out);
              if (out[1] != -1) {
                failures.add(what + ": sample with u=" + u + " drew " + out[1]);
              }
              assertTrue(out[2] >= 0, what + ": neighbour sample " + out[2]);
            }
          }
        }
      }
    }
    assertEquals(List.of(), failures, path + ": top-k / sample of rows with NaN / +inf");
  }
}
