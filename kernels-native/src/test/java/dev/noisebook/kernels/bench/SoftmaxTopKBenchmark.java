package dev.noisebook.kernels.bench;

import dev.noisebook.kernels.KernelPath;
import dev.noisebook.kernels.Kernels;
import dev.noisebook.kernels.Rows;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * BENCHMARKS.md rows "fused softmax + top-k" (question 3): a batch of {@value #ROWS} rows, native
 * AVX2 path, one thread.
 *
 * <ul>
 *   <li>{@code fused}: {@code Kernels.softmaxTopK}, the k largest probabilities and their indices
 *       from one read of each row plus the normaliser.
 *   <li>{@code softmaxThenSelect}: {@code Kernels.softmax} (AUTO, i.e. reload at these sizes) into
 *       a probability buffer, then a good partial selection in Java: one pass per row keeping the k
 *       largest in a descending array, with a single compare against the current k-th value per
 *       element and an insertion only when it is beaten (for random order about k ln(n/k)
 *       insertions of O(k) each, no sort).
 * </ul>
 *
 * <p>Both produce the same {@code idx} / {@code prob} (descending, ties lower index first); setup
 * checks that before measuring.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
public class SoftmaxTopKBenchmark {
  static final int ROWS = 8;

  @Param({"1", "5", "50"})
  public int k;

  @Param({"32768", "262144"})
  public int cols;

  private Kernels kernels;
  private Rows rows;
  private float[] x;
  private float[] probs;
  private int[] idx;
  private float[] prob;

  @Setup
  public void setup() {
    kernels = BenchInputs.kernels(KernelPath.AVX2, 1);
    rows = Rows.of(ROWS, cols);
    x = BenchInputs.logits(rows.elements(), BenchInputs.SEED);
    probs = new float[x.length];
    idx = new int[ROWS * k];
    prob = new float[ROWS * k];

    fused();
    int[] fusedIdx = idx.clone();
    float[] fusedProb = prob.clone();
    softmaxThenSelect();
    for (int i = 0; i < idx.length; i++) {
      boolean tied =
          (i % k > 0 && prob[i] == prob[i - 1]) || (i % k < k - 1 && prob[i] == prob[i + 1]);
      if (Math.abs(prob[i] - fusedProb[i]) > 1e-5f * fusedProb[i]
          || (idx[i] != fusedIdx[i] && !tied)) {
        throw new IllegalStateException(
            "fused and unfused top-k differ at "
                + i
                + ": "
                + Arrays.toString(fusedIdx)
                + " vs "
                + Arrays.toString(idx));
      }
    }
  }

  @Benchmark
  public float[] fused() {
    kernels.softmaxTopK(x, rows, k, idx, prob);
    return prob;
  }

  @Benchmark
  public float[] softmaxThenSelect() {
    kernels.softmax(x, probs, rows);
    for (int r = 0; r < ROWS; r++) {
      select(probs, r * cols, cols, k, idx, prob, r * k);
    }
    return prob;
  }

  /**
   * The k largest of {@code p[from .. from+n)} into {@code val[out .. out+k)} (descending) and
   * their column indices into {@code at}; an equal later value never displaces an earlier one. The
   * hot loop is one compare per element against the current k-th value; the rare insertion lives in
   * its own method so the loop stays small.
   */
  static void select(float[] p, int from, int n, int k, int[] at, float[] val, int out) {
    Arrays.fill(val, out, out + k, Float.NEGATIVE_INFINITY);
    Arrays.fill(at, out, out + k, -1);
    float threshold = Float.NEGATIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      float v = p[from + j];
      if (v > threshold) {
        threshold = insert(v, j, at, val, out, k);
      }
    }
  }

  /** Inserts {@code v} at its place in the descending {@code val[out .. out+k)}; the new k-th. */
  private static float insert(float v, int j, int[] at, float[] val, int out, int k) {
    int q = out + k - 1;
    for (; q > out && val[q - 1] < v; q--) {
      val[q] = val[q - 1];
      at[q] = at[q - 1];
    }
    val[q] = v;
    at[q] = j;
    return val[out + k - 1];
  }
}
