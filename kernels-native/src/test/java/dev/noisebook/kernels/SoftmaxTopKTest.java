package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fused softmax + top-k: the indices equal the first k of a full stable sort by descending value
 * (ties: lower index first), and the probabilities are the softmax values at those indices (1e-5
 * relative to the float64 reference, as softmax; 1e-6 relative to the same path's ONLINE softmax,
 * which computes the same online normaliser). Inputs on a coarse grid of 0.25 so that the top of
 * each row holds many ties.
 */
class SoftmaxTopKTest {

  static float[] withTies(SplittableRandom rnd, int n, double sigma) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) (Math.rint(sigma * rnd.nextGaussian() * 4) / 4);
    }
    return x;
  }

  static void check(
      String what, KernelPath path, float[] x, Rows rows, int k, float t, int[] idx, float[] prob) {
    float[] softmax = new float[x.length];
    // ONLINE runs the same online normaliser as top-k: the values agree to rounding.
    Kernels.of(path).softmax(x, softmax, rows, t, SoftmaxAlgorithm.ONLINE);
    for (int r = 0; r < rows.rows(); r++) {
      int off = r * rows.stride();
      int[] expected = Reference.topK(x, off, rows.cols(), k);
      String at = what + " k=" + k + " row " + r;
      assertArrayEquals(expected, Arrays.copyOfRange(idx, r * k, r * k + k), at + ": indices");
      double[] ref = Reference.softmax(x, off, rows.cols(), Reference.invT(t));
      double[] refAtIdx = new double[k];
      double[] ownAtIdx = new double[k];
      for (int i = 0; i < k; i++) {
        boolean pad = expected[i] < 0; // fewer unmasked entries than k: probability 0
        refAtIdx[i] = pad ? 0 : ref[expected[i]];
        ownAtIdx[i] = pad ? 0 : softmax[off + expected[i]];
      }
      Compare.relative(at + ": prob vs reference", prob, r * k, refAtIdx, 1e-5, 1e-30);
      Compare.relative(at + ": prob vs ONLINE softmax", prob, r * k, ownAtIdx, 1e-6, 1e-30);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void agreesWithAStableSort(KernelPath path) {
    SplittableRandom rnd = new SplittableRandom(100);
    for (int cols : new int[] {1000, 32768}) {
      for (int k : new int[] {1, 5, 50}) {
        for (float t : new float[] {1f, 0.4f, 3f}) {
          Rows rows = Rows.of(3, cols).withStride(cols + 7);
          float[] x = withTies(rnd, (int) rows.span(), 2 * t);
          int[] idx = new int[3 * k];
          float[] prob = new float[3 * k];
          Kernels.of(path).softmaxTopK(x, rows, k, idx, prob, t);
          check(path + " cols=" + cols + " T=" + t, path, x, rows, k, t, idx, prob);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void smallRowsAndAllTies(KernelPath path) {
    SplittableRandom rnd = new SplittableRandom(101);
    for (int cols = 1; cols <= 40; cols++) {
      for (int k : new int[] {1, 2, 5, cols}) {
        if (k > cols) {
          continue;
        }
        Rows rows = Rows.of(4, cols);
        float[] x = withTies(rnd, 4 * cols, 0.5);
        Arrays.fill(x, 0, cols, 1.5f); // row 0: every entry tied
        int[] idx = new int[4 * k];
        float[] prob = new float[4 * k];
        Kernels.of(path).softmaxTopK(x, rows, k, idx, prob, 1f);
        check(path + " cols=" + cols, path, x, rows, k, 1f, idx, prob);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void bigBatchesSplitOverThreads(KernelPath path) {
    Rows rows = Rows.of(400, 500); // 200,000 values
    SplittableRandom rnd = new SplittableRandom(102);
    float[] x = withTies(rnd, 200_000, 2);
    int k = 5;
    int[] idx = new int[400 * k];
    float[] prob = new float[400 * k];
    Kernels.of(path).withThreads(2).softmaxTopK(x, rows, k, idx, prob, 1f);
    check(path + " batch", path, x, rows, k, 1f, idx, prob);
  }
}
