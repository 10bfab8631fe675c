package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fused gradient is the derivative of the kernel's own loss: central differences of the float
 * loss, (L(x + h e_j) - L(x - h e_j)) / 2h, against grad_j, independently of the float64 reference.
 * In float32 the loss (about 3) carries a rounding of a few 1e-7, so the difference quotient
 * carries about 3e-5 with h = 1/64 (exact steps); the truncation error h^2/6 |L'''| is below 4e-6 /
 * T^3. The tolerance 1e-4 / T + 5e-4 |grad| is a few times both (measured: under half of it), while
 * a wrong factor (T, 1 - ε, gradScale) or sign is off by order |grad|.
 */
class CrossEntropyGradientCheckTest {
  static final float H = 1f / 64;

  static final List<CrossEntropy> SPECS =
      List.of(
          CrossEntropy.DEFAULT,
          CrossEntropy.DEFAULT.withLabelSmoothing(0.15f),
          CrossEntropy.DEFAULT.withTemperature(0.5f),
          CrossEntropy.DEFAULT.withTemperature(2f).withLabelSmoothing(0.3f));

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void gradientIsTheDerivativeOfTheLoss(KernelPath path) {
    Kernels k = Kernels.of(path);
    SplittableRandom rnd = new SplittableRandom(70);
    for (CrossEntropy spec : SPECS) {
      for (int cols : new int[] {2, 9, 40}) {
        Rows rows = Rows.row(cols);
        float[] x = Reference.gaussian(rnd, cols, 0, 1.5 * spec.temperature());
        int[] label = {rnd.nextInt(cols)};
        float[] loss = new float[1];
        float[] grad = new float[cols];
        k.crossEntropy(x, rows, label, loss, grad, spec);
        for (int j = 0; j < cols; j++) {
          float keep = x[j];
          x[j] = keep + H;
          double up = x[j];
          k.crossEntropy(x, rows, label, loss, null, spec);
          double lossUp = loss[0];
          x[j] = keep - H;
          double down = x[j];
          k.crossEntropy(x, rows, label, loss, null, spec);
          double lossDown = loss[0];
          x[j] = keep;
          double fd = (lossUp - lossDown) / (up - down);
          double tol = 1e-4 / spec.temperature() + 5e-4 * Math.abs(grad[j]);
          assertTrue(
              Math.abs(fd - grad[j]) <= tol,
              String.format(
                  "%s %s cols=%d label=%d: dL/dx[%d] by differences %s, kernel grad %s",
                  path, spec, cols, label[0], j, fd, grad[j]));
        }
      }
    }
  }
}
