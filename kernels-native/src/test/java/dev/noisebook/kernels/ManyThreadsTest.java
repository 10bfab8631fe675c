package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Kernels#withThreads} accepts any count >= 1, and {@link Kernels#of} uses one thread per
 * core (192 or 256 on big servers). Splitting work into that many parts must still cover each
 * element exactly once, with no empty or out-of-range part: results equal those of fewer threads.
 */
class ManyThreadsTest {
  static final int[] THREADS = {3, 7, 64, 128, 192, 256, 300, 1000};

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void expOnManyThreads(KernelPath path) {
    int n = (int) Kernels.PARALLEL_ELEMENTS; // the smallest array that is split
    float[] x = Reference.gaussian(new SplittableRandom(30), n, 0, 10);
    float[] y1 = new float[n];
    Kernels.of(path).withThreads(1).exp(x, y1);
    for (int threads : THREADS) {
      float[] y = new float[n];
      Kernels k = Kernels.of(path).withThreads(threads);
      assertDoesNotThrow(() -> k.exp(x, y), path + " exp of " + n + " on " + threads + " threads");
      assertArrayEquals(y1, y, path + " exp on " + threads + " threads");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void longRowOnManyThreads(KernelPath path) {
    int cols = Kernels.LONG_ROW; // one row, fewer rows than threads: split by columns
    Rows rows = Rows.row(cols);
    float[] x = Reference.gaussian(new SplittableRandom(31), cols, 5, 1);
    float[] y2 = new float[cols];
    float[] l2 = new float[1];
    Kernels.of(path).withThreads(2).softmax(x, y2, rows, 1f);
    Kernels.of(path).withThreads(2).logSumExp(x, rows, l2, 1f);
    for (int threads : THREADS) {
      float[] y = new float[cols];
      float[] l = new float[1];
      Kernels k = Kernels.of(path).withThreads(threads);
      String what = path + " row of " + cols + " on " + threads + " threads";
      assertDoesNotThrow(() -> k.softmax(x, y, rows, 1f), what + ": softmax");
      Compare.close(what + ": softmax vs 2 threads", y2, y, 0, cols, 0, LongRowSplitTest.AGREE);
      assertDoesNotThrow(() -> k.logSumExp(x, rows, l, 1f), what + ": logsumexp");
      Compare.close(what + ": logsumexp vs 2 threads", l2, l, 0, 1, 1e-5, 0);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void rowBatchesOnMoreThreadsThanRows(KernelPath path) {
    Rows rows = Rows.of(70, 1000); // 70,000 values: split by rows, fewer rows than threads
    float[] x = Reference.gaussian(new SplittableRandom(32), 70_000, 0, 3);
    float[] y1 = new float[x.length];
    Kernels.of(path).withThreads(1).softmax(x, y1, rows, 1f);
    for (int threads : THREADS) {
      float[] y = new float[x.length];
      Kernels.of(path).withThreads(threads).softmax(x, y, rows, 1f);
      assertArrayEquals(y1, y, path + " softmax on " + threads + " threads");
    }
  }
}
