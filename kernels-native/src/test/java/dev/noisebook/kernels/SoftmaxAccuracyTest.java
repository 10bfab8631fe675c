package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Softmax against a float64 reference, for every path and algorithm, at row lengths around the
 * vector width (1, 7, 8, 9, 31, 33), a typical vocabulary (1000), 64K and 1M, with Gaussian logits
 * of mean 5 and sigma 1 and 10. Tolerances of native-kernels.md sec. 5.2: per-element relative
 * error <= 1e-5 where the reference is >= 1e-30 (below, within 1e-30 absolute), |sum - 1| <= 1e-5.
 * The 1M rows run both on one thread and on two (AUTO then splits the row by columns).
 */
class SoftmaxAccuracyTest {
  static final double REL = 1e-5;
  static final double SUM = 1e-5;
  static final double FLOOR = 1e-30;

  static final int[] LENGTHS = {1, 7, 8, 9, 31, 33, 1000, 65536, 1 << 20};

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (KernelPath path : Kernels.available()) {
      for (SoftmaxAlgorithm algorithm : SoftmaxAlgorithm.values()) {
        for (int cols : LENGTHS) {
          for (double sigma : new double[] {1, 10}) {
            cases.add(Arguments.of(path, algorithm, cols, sigma, 2));
            if (cols == 1 << 20 && algorithm == SoftmaxAlgorithm.AUTO) {
              cases.add(Arguments.of(path, algorithm, cols, sigma, 1));
            }
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} cols={2} sigma={3} threads={4}")
  @MethodSource("cases")
  void matchesFloat64Reference(
      KernelPath path, SoftmaxAlgorithm algorithm, int cols, double sigma, int threads) {
    int rows = Math.clamp(8192 / cols, 1, 64);
    SplittableRandom rnd = new SplittableRandom(cols * 31L + (long) sigma);
    float[] x = Reference.gaussian(rnd, rows * cols, 5, sigma);
    float[] y = new float[x.length];
    Kernels k = Kernels.of(path).withThreads(threads);
    k.softmax(x, y, Rows.of(rows, cols), 1f, algorithm);
    for (int r = 0; r < rows; r++) {
      double[] ref = Reference.softmax(x, r * cols, cols, 1);
      String what =
          path
              + " "
              + algorithm
              + " cols="
              + cols
              + " sigma="
              + sigma
              + " threads="
              + threads
              + " row "
              + r;
      Compare.relative(what, y, r * cols, ref, REL, FLOOR);
      double sum = Compare.sum(y, r * cols, cols);
      assertTrue(Math.abs(sum - 1) <= SUM, what + ": sum - 1 = " + (sum - 1));
    }
  }
}
