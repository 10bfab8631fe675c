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
 * README benchmark rows "fused softmax + top-k" (question 3): a batch of {@value #ROWS} rows,
 * native AVX2 path, one thread.
 *
 * <ul>
 *   <li>{@code fused}: {@code Kernels.softmaxTopK}, the k largest probabilities and their indices
 *       from one read of each row plus the normaliser.
 *   <li>{@code softmaxThenSelect}: {@code Kernels.softmax} (AUTO, i.e. reload at these sizes) into
 *       a probability buffer, then a good partial selection in Java: one pass per row keeping the k
 *       largest in a descending array; blocks of 64 columns are first filtered against the current
 *       k-th value with a vectorisable count, and only blocks with a hit are scanned and inserted
 *       from (for random order about k ln(n/k) insertions of O(k) each, no sort).
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

  /** Columns per block of the selection's filter. */
  static final int BLOCK = 64;

  /**
   * The k largest of {@code p[from .. from+n)} into {@code val[out .. out+k)} (descending) and
   * their column indices into {@code at}; an equal later value never displaces an earlier one.
   *
   * <p>Per block of {@value #BLOCK} columns a branch-free count of the values above the current
   * k-th largest (a loop C2 vectorises); only a block with a hit is scanned and inserted from. A
   * plain one-compare-per-element loop measured 1.1 to 2.4 ns per element depending on which k C2
   * profiled first; this filter runs at about 0.6 ns per element whatever the profile.
   */
  static void select(float[] p, int from, int n, int k, int[] at, float[] val, int out) {
    Arrays.fill(val, out, out + k, Float.NEGATIVE_INFINITY);
    Arrays.fill(at, out, out + k, -1);
    float threshold = Float.NEGATIVE_INFINITY;
    int j = 0;
    for (; j + BLOCK <= n; j += BLOCK) {
      int above = 0;
      for (int i = from + j, end = i + BLOCK; i < end; i++) {
        above += p[i] > threshold ? 1 : 0;
      }
      if (above != 0) {
        threshold = scan(p, from, j, j + BLOCK, threshold, k, at, val, out);
      }
    }
    scan(p, from, j, n, threshold, k, at, val, out);
  }

  /** Inserts every value of columns {@code [j0, j1)} above {@code threshold}; the new k-th. */
  private static float scan(
      float[] p, int from, int j0, int j1, float threshold, int k, int[] at, float[] val, int out) {
    int last = out + k - 1;
    for (int j = j0; j < j1; j++) {
      float v = p[from + j];
      if (v > threshold) {
        int q = last;
        for (; q > out && val[q - 1] < v; q--) {
          val[q] = val[q - 1];
          at[q] = at[q - 1];
        }
        val[q] = v;
        at[q] = j;
        threshold = val[last];
      }
    }
    return threshold;
  }
}
