package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fused cross-entropy loss and gradient against the float64 reference of {@link
 * Reference#crossEntropy}, with label smoothing, ignore index, temperature and gradient scale.
 * Tolerances: loss within 1e-5 + 4e-7 (|lse| + (1 - ε)|a_y| + ε mean|a|) (logsumexp's 1e-5 plus a
 * few ulps of each term, a = logits / T); gradient element j within |g| (1e-5 p_j + 1e-6 target_j)
 * with g = gradScale / T (softmax's 1e-5 relative, plus rounding of the target terms), and 1e-30
 * |g| absolute for probabilities that flush to zero.
 */
class CrossEntropyTest {

  static final List<CrossEntropy> SPECS =
      List.of(
          CrossEntropy.DEFAULT,
          CrossEntropy.DEFAULT.withLabelSmoothing(0.1f),
          CrossEntropy.DEFAULT.withLabelSmoothing(1f),
          CrossEntropy.DEFAULT.withTemperature(0.5f),
          CrossEntropy.DEFAULT.withTemperature(2.5f).withLabelSmoothing(0.2f),
          CrossEntropy.DEFAULT.withGradScale(1f / 64).withLabelSmoothing(0.05f),
          CrossEntropy.DEFAULT.withGradScale(-3f).withTemperature(0.7f),
          CrossEntropy.DEFAULT.withIgnoreIndex(2).withLabelSmoothing(0.1f));

  static void check(
      String what,
      float[] x,
      Rows rows,
      int[] labels,
      float[] loss,
      float[] grad,
      CrossEntropy spec) {
    double invT = Reference.invT(spec.temperature());
    double eps = spec.labelSmoothing();
    double g = Math.abs(spec.gradScale() * invT);
    for (int r = 0; r < rows.rows(); r++) {
      int off = r * rows.stride();
      Reference.CrossEntropyRow ref = Reference.crossEntropy(x, off, rows.cols(), labels[r], spec);
      String at = what + " " + spec + " row " + r + " label " + labels[r];
      if (labels[r] == spec.ignoreIndex()) {
        assertEquals(0f, loss[r], at + ": loss of an ignored row");
      } else {
        double lse = Reference.logSumExp(x, off, rows.cols(), invT);
        double meanAbs = 0; // the smoothing term, absent without smoothing (masked entries)
        for (int j = 0; eps > 0 && j < rows.cols(); j++) {
          meanAbs += Math.abs(x[off + j] * invT) / rows.cols();
        }
        double scale =
            Math.abs(lse) + (1 - eps) * Math.abs(x[off + labels[r]] * invT) + eps * meanAbs;
        double tol = 1e-5 + 4e-7 * scale;
        assertTrue(
            Math.abs(loss[r] - ref.loss()) <= tol,
            at + ": loss " + loss[r] + ", expected " + ref.loss() + " within " + tol);
      }
      if (grad == null) {
        continue;
      }
      double[] p = Reference.softmax(x, off, rows.cols(), invT);
      for (int j = 0; j < rows.cols(); j++) {
        double target = eps / rows.cols() + (j == labels[r] ? 1 - eps : 0);
        double tol = g * (1e-5 * p[j] + 1e-6 * target + 1e-30); // p < 1e-30 may flush to 0
        if (labels[r] == spec.ignoreIndex()) {
          tol = 0;
        }
        double got = grad[off + j];
        assertTrue(
            Math.abs(got - ref.grad()[j]) <= tol,
            at + ": grad[" + j + "] " + got + ", expected " + ref.grad()[j] + " within " + tol);
      }
    }
  }

  static int[] labels(SplittableRandom rnd, int rows, int cols, int ignoreIndex) {
    int[] labels = new int[rows];
    for (int r = 0; r < rows; r++) {
      labels[r] = r % 5 == 3 ? ignoreIndex : rnd.nextInt(cols);
    }
    return labels;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void lossAndGradientMatchFloat64(KernelPath path) {
    SplittableRandom rnd = new SplittableRandom(60);
    for (CrossEntropy spec : SPECS) {
      for (int cols : new int[] {1, 3, 8, 9, 33, 1000, 20_000}) {
        for (double sigma : new double[] {1, 10}) {
          int n = Math.clamp(8192 / cols, 2, 24);
          Rows rows = Rows.of(n, cols).withStride(cols + 2);
          float[] x = Reference.gaussian(rnd, (int) rows.span(), 0, sigma * spec.temperature());
          int[] labels = labels(rnd, n, cols, spec.ignoreIndex());
          float[] loss = new float[n];
          float[] grad = new float[x.length];
          Arrays.fill(grad, SoftmaxLayoutTest.PAD);
          Kernels.of(path).crossEntropy(x, rows, labels, loss, grad, spec);
          String what = path + " cols=" + cols + " sigma=" + sigma;
          check(what, x, rows, labels, loss, grad, spec);
          for (int i = 0; i < grad.length; i++) {
            if (i % rows.stride() >= cols) {
              assertEquals(SoftmaxLayoutTest.PAD, grad[i], what + ": padding at " + i + " written");
            }
          }

          float[] lossOnly = new float[n];
          Kernels.of(path).crossEntropy(x, rows, labels, lossOnly, null, spec);
          assertArrayEquals(loss, lossOnly, what + ": the loss depends on asking for a gradient");
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void gradientMayOverwriteTheLogitsInBigBatches(KernelPath path) {
    CrossEntropy spec = CrossEntropy.DEFAULT.withLabelSmoothing(0.1f).withGradScale(1f / 300);
    Rows rows = Rows.of(300, 1000); // 300,000 values: split over threads by rows
    SplittableRandom rnd = new SplittableRandom(61);
    float[] x = Reference.gaussian(rnd, 300_000, 0, 4);
    float[] original = x.clone();
    int[] labels = labels(rnd, 300, 1000, spec.ignoreIndex());
    float[] loss = new float[300];
    Kernels.of(path).withThreads(2).crossEntropy(x, rows, labels, loss, x, spec);
    check(path + " grad over logits", original, rows, labels, loss, x, spec);
  }
}
