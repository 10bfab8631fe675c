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
 * The normaliser Σ exp(x - max) of long rows at spreads between the sigma 1 and 10 of
 * native-kernels.md sec. 5.2. At sigma 1 every term is near the mean, at sigma 10 a few terms near
 * the max carry the sum; in between, a large share of the mass sits in many terms that are small
 * next to the running float accumulator, where rounding loses them one-sidedly. The documented
 * tolerances (|sum - 1| <= 1e-5 for N <= 1M, per element 1e-5) and the logsumexp tolerance of
 * {@link LogSumExpTest} must hold here too.
 */
class SummationAccuracyTest {

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (KernelPath path : Kernels.available()) {
      for (SoftmaxAlgorithm algorithm : SoftmaxAlgorithm.values()) {
        for (int cols : new int[] {65536, 1 << 20}) {
          for (double sigma : new double[] {2, 4, 6}) {
            cases.add(Arguments.of(path, algorithm, cols, sigma));
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} cols={2} sigma={3}")
  @MethodSource("cases")
  void softmaxSumAndLogSumExp(KernelPath path, SoftmaxAlgorithm algorithm, int cols, double sigma) {
    float[] x = Reference.gaussian(new SplittableRandom(cols + (long) sigma), cols, 5, sigma);
    float[] y = new float[cols];
    Rows rows = Rows.row(cols);
    Kernels k = Kernels.of(path).withThreads(1);
    k.softmax(x, y, rows, 1f, algorithm);
    double sum = Compare.sum(y, 0, cols);
    String what = path + " " + algorithm + " cols=" + cols + " sigma=" + sigma;
    assertTrue(Math.abs(sum - 1) <= SoftmaxAccuracyTest.SUM, what + ": sum - 1 = " + (sum - 1));
    Compare.relative(what, y, 0, Reference.softmax(x, 0, cols, 1), SoftmaxAccuracyTest.REL, 1e-30);
    if (algorithm == SoftmaxAlgorithm.AUTO) {
      float[] lse = new float[1];
      k.logSumExp(x, rows, lse, 1f);
      double ref = Reference.logSumExp(x, 0, cols, 1);
      assertTrue(
          Math.abs(lse[0] - ref) <= LogSumExpTest.tolerance(ref),
          what + ": logsumexp " + lse[0] + ", expected " + ref);
    }
  }
}
