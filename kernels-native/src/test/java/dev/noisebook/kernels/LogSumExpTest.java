package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * logsumexp against float64, with temperature and strided rows. Tolerance: |got - ref| <= 1e-5 + 2
 * ulp(ref): an error of the normaliser Σ exp by a relative 1e-5 (what the softmax sum tolerance
 * allows) moves logsumexp by 1e-5, and the float result adds its own rounding. Logits divided by
 * the temperature have sigma 1 or 10, the spreads of native-kernels.md sec. 5.2 (spreads in
 * between: {@link SummationAccuracyTest}).
 */
class LogSumExpTest {

  static double tolerance(double ref) {
    return 1e-5 + 2 * Math.ulp((float) ref);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void matchesFloat64Reference(KernelPath path) {
    SplittableRandom rnd = new SplittableRandom(20);
    for (int cols : new int[] {1, 7, 8, 9, 31, 33, 1000, 65536}) {
      for (double sigma : new double[] {1, 10}) {
        for (float t : new float[] {1f, 0.25f, 4f}) {
          int rows = Math.clamp(4096 / cols, 1, 16);
          float[] x = Reference.gaussian(rnd, rows * (cols + 2), 5 * t, sigma * t);
          Rows layout = Rows.of(rows, cols).withStride(cols + 2);
          float[] out = new float[rows];
          Kernels.of(path).logSumExp(x, layout, out, t);
          for (int r = 0; r < rows; r++) {
            double ref = Reference.logSumExp(x, r * (cols + 2), cols, Reference.invT(t));
            assertTrue(
                Math.abs(out[r] - ref) <= tolerance(ref),
                String.format(
                    "%s cols=%d sigma=%s T=%s row %d: got %s, expected %s",
                    path, cols, sigma, t, r, out[r], ref));
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void largeAndSmallMagnitudesDoNotOverflow(KernelPath path) {
    // exp(x) of these overflows / underflows float; logsumexp itself is ordinary.
    float[] x = {1000f, 999f, 998.5f, -1000f, -999f, -1002f};
    Rows rows = Rows.of(2, 3);
    float[] out = new float[2];
    Kernels.of(path).logSumExp(x, rows, out, 1f);
    for (int r = 0; r < 2; r++) {
      double ref = Reference.logSumExp(x, 3 * r, 3, 1);
      assertTrue(
          Math.abs(out[r] - ref) <= tolerance(ref),
          path + " row " + r + ": got " + out[r] + ", expected " + ref);
    }
  }
}
