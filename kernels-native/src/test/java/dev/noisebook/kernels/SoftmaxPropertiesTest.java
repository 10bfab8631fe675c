package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of softmax that need no reference: rows sum to 1 and are non-negative; softmax(x + c)
 * equals softmax(x); a tiny temperature makes the output one-hot at the argmax (split evenly
 * between tied maxima); a huge temperature makes it uniform.
 */
class SoftmaxPropertiesTest {

  /** Gaussian values on a grid of 2^-10, so that x + c is exact for the shifts used here. */
  static float[] onGrid(SplittableRandom rnd, int n, double sigma) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) (Math.rint(sigma * rnd.nextGaussian() * 1024) / 1024);
    }
    return x;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#allWithAlgorithms")
  void rowsAreDistributions(KernelPath path, SoftmaxAlgorithm algorithm) {
    SplittableRandom rnd = new SplittableRandom(90);
    for (int i = 0; i < 40; i++) {
      int cols = 1 + rnd.nextInt(3000);
      int rows = 1 + rnd.nextInt(6);
      float t = (float) Math.exp(rnd.nextDouble(-1, 1.5));
      float[] x = Reference.gaussian(rnd, rows * cols, rnd.nextDouble(-20, 20), 3 * t);
      float[] y = new float[x.length];
      Kernels.of(path).softmax(x, y, Rows.of(rows, cols), t, algorithm);
      for (int r = 0; r < rows; r++) {
        double sum = Compare.sum(y, r * cols, cols);
        String what = path + " " + algorithm + " cols=" + cols + " T=" + t + " row " + r;
        assertTrue(Math.abs(sum - 1) <= SoftmaxAccuracyTest.SUM, what + ": sum - 1 = " + (sum - 1));
        for (int j = 0; j < cols; j++) {
          float v = y[r * cols + j];
          assertTrue(v >= 0 && v <= 1, what + ": y[" + j + "] = " + v);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#allWithAlgorithms")
  void shiftInvariance(KernelPath path, SoftmaxAlgorithm algorithm) {
    SplittableRandom rnd = new SplittableRandom(91);
    // TWO_PASS works on x / T itself, so its error grows with |x + c| (1e-5 up to ~100):
    // the shift of 1000, which overflows exp unless the max is subtracted, is for the others.
    float[] shifts =
        algorithm == SoftmaxAlgorithm.TWO_PASS
            ? new float[] {-40f, 64f}
            : new float[] {-40f, 64f, 1000f, -3000f};
    for (int cols : new int[] {1, 9, 100, 5000}) {
      float[] x = onGrid(rnd, cols, 3);
      float[] y = new float[cols];
      Kernels.of(path).softmax(x, y, Rows.row(cols), 1f, algorithm);
      for (float c : shifts) {
        float[] shifted = new float[cols];
        for (int j = 0; j < cols; j++) {
          shifted[j] = x[j] + c;
          assertEquals((double) x[j] + c, shifted[j], 0, "the shift must be exact");
        }
        float[] ys = new float[cols];
        Kernels.of(path).softmax(shifted, ys, Rows.row(cols), 1f, algorithm);
        // Each is within 1e-5 of the same exact softmax, so they agree within 2e-5.
        double[] asDouble = new double[cols];
        for (int j = 0; j < cols; j++) {
          asDouble[j] = y[j];
        }
        Compare.relative(
            path + " " + algorithm + " cols=" + cols + " shift " + c, ys, 0, asDouble, 2e-5, 1e-30);
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#allWithAlgorithms")
  void tinyTemperatureGivesOneHotAtTheArgmax(KernelPath path, SoftmaxAlgorithm algorithm) {
    SplittableRandom rnd = new SplittableRandom(92);
    float t = 1e-3f;
    for (int cols : new int[] {2, 8, 33, 1000}) {
      for (int trial = 0; trial < 5; trial++) {
        float[] x = onGrid(rnd, cols, 1);
        int argmax = rnd.nextInt(cols);
        float top = Float.NEGATIVE_INFINITY;
        for (float v : x) {
          top = Math.max(top, v);
        }
        x[argmax] = top + 0.05f; // a clear winner: the runner-up gets e^-50 of it
        float[] y = new float[cols];
        Kernels.of(path).softmax(x, y, Rows.row(cols), t, algorithm);
        String what = path + " " + algorithm + " cols=" + cols + " argmax " + argmax;
        assertEquals(1f, y[argmax], 1e-6f, what);
        for (int j = 0; j < cols; j++) {
          if (j != argmax) {
            assertTrue(y[j] <= 1e-20f, what + ": y[" + j + "] = " + y[j]);
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#allWithAlgorithms")
  void tiedMaximaShareTheMassAtTinyTemperature(KernelPath path, SoftmaxAlgorithm algorithm) {
    int cols = 50;
    float[] x = onGrid(new SplittableRandom(93), cols, 1);
    float top = 10f;
    x[3] = top;
    x[17] = top;
    x[49] = top;
    float[] y = new float[cols];
    Kernels.of(path).softmax(x, y, Rows.row(cols), 1e-3f, algorithm);
    for (int j = 0; j < cols; j++) {
      float expected = j == 3 || j == 17 || j == 49 ? 1f / 3 : 0f;
      assertEquals(expected, y[j], 1e-6f, path + " " + algorithm + " y[" + j + "]");
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#allWithAlgorithms")
  void hugeTemperatureGivesUniform(KernelPath path, SoftmaxAlgorithm algorithm) {
    int cols = 777;
    float[] x = Reference.gaussian(new SplittableRandom(94), cols, 0, 1);
    float[] y = new float[cols];
    Kernels.of(path).softmax(x, y, Rows.row(cols), 1e6f, algorithm);
    for (int j = 0; j < cols; j++) {
      // |x| < 6, so every exp(x / T) is within 1.2e-5 of 1.
      assertEquals(1.0 / cols, y[j], 2e-5 / cols, path + " " + algorithm + " y[" + j + "]");
    }
  }
}
