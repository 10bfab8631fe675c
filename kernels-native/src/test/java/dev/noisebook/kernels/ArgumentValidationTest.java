package dev.noisebook.kernels;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad arguments get an IllegalArgumentException whose message names the kernel, the argument and
 * the problem, on every path, before any output is written: arrays too short for the Rows,
 * temperatures that are not positive and finite, k outside [1, cols], labels out of range (but not
 * the ignore index), uniforms outside [0, 1), bad CrossEntropy options and thread counts.
 */
class ArgumentValidationTest {
  static final Rows R = Rows.of(2, 6); // needs 12 floats
  static final float[] X = new float[12];

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void arraysTooShortForTheRows(KernelPath path) {
    Kernels k = Kernels.of(path);
    float[] short11 = new float[11];
    assertThatThrownBy(() -> k.softmax(new float[10], new float[12], R))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("softmax: x holds 10 floats but 2 x 6 rows needs 12");
    assertThatThrownBy(() -> k.softmax(X, short11, R))
        .hasMessage("softmax: y holds 11 floats but 2 x 6 rows needs 12");
    assertThatThrownBy(() -> k.softmax(X, new float[16], R.withStride(7)))
        .hasMessage("softmax: x holds 12 floats but 2 x 6 (stride 7) rows needs 13");
    assertThatThrownBy(() -> k.logSoftmax(X, short11, R))
        .hasMessage("logSoftmax: y holds 11 floats but 2 x 6 rows needs 12");
    assertThatThrownBy(() -> k.logSumExp(X, R, new float[1]))
        .hasMessage("logSumExp: out holds 1 floats but 2 x 6 rows needs 2");
    assertThatThrownBy(() -> k.softmaxBackward(X, short11, X, R))
        .hasMessage("softmaxBackward: dy holds 11 floats but 2 x 6 rows needs 12");
    assertThatThrownBy(() -> k.crossEntropy(X, R, new int[1], new float[2], null))
        .hasMessage("crossEntropy: labels holds 1 ints but 2 x 6 rows needs 2");
    assertThatThrownBy(() -> k.crossEntropy(X, R, new int[2], new float[1], null))
        .hasMessage("crossEntropy: loss holds 1 floats but 2 x 6 rows needs 2");
    assertThatThrownBy(() -> k.crossEntropy(X, R, new int[2], new float[2], short11))
        .hasMessage("crossEntropy: grad holds 11 floats but 2 x 6 rows needs 12");
    assertThatThrownBy(() -> k.softmaxTopK(X, R, 3, new int[5], new float[6]))
        .hasMessage("softmaxTopK: idx holds 5 ints but 2 x 6 rows needs 6");
    assertThatThrownBy(() -> k.softmaxTopK(X, R, 3, new int[6], new float[5]))
        .hasMessage("softmaxTopK: prob holds 5 floats but 2 x 6 rows needs 6");
    assertThatThrownBy(() -> k.sample(X, R, 1f, new double[1], new int[2]))
        .hasMessage("sample: uniforms holds 1 doubles but 2 x 6 rows needs 2");
    assertThatThrownBy(() -> k.sample(X, R, 1f, new double[2], new int[1]))
        .hasMessage("sample: out holds 1 ints but 2 x 6 rows needs 2");
    assertThatThrownBy(() -> k.exp(new float[5], new float[3]))
        .hasMessage("exp: y holds 3 floats but x has 5");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void temperatureMustBePositiveAndFinite(KernelPath path) {
    Kernels k = Kernels.of(path);
    for (float t : new float[] {-1f, 0f, -0f, Float.NaN, Float.POSITIVE_INFINITY}) {
      String message = "temperature must be positive and finite, got " + t;
      float[] y = new float[12];
      assertThatThrownBy(() -> k.softmax(X, y, R, t)).hasMessage(message);
      assertThatThrownBy(() -> k.softmax(X, y, R, t, SoftmaxAlgorithm.TWO_PASS))
          .hasMessage(message);
      assertThatThrownBy(() -> k.logSoftmax(X, y, R, t)).hasMessage(message);
      assertThatThrownBy(() -> k.logSumExp(X, R, new float[2], t)).hasMessage(message);
      assertThatThrownBy(() -> k.softmaxTopK(X, R, 2, new int[4], new float[4], t))
          .hasMessage(message);
      assertThatThrownBy(() -> k.sample(X, R, t, new double[2], new int[2])).hasMessage(message);
      assertThatThrownBy(() -> CrossEntropy.DEFAULT.withTemperature(t)).hasMessage(message);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void kMustLieInOneToCols(KernelPath path) {
    Kernels k = Kernels.of(path);
    for (int bad : new int[] {0, -1, 7}) {
      int[] idx = new int[20];
      float[] prob = new float[20];
      assertThatThrownBy(() -> k.softmaxTopK(X, R, bad, idx, prob))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("softmaxTopK: k must lie in [1, cols = 6], got " + bad);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void labelsOutOfRangeAreRefusedBeforeAnyWrite(KernelPath path) {
    Kernels k = Kernels.of(path);
    float[] loss = {5f, 5f};
    float[] grad = new float[12];
    Arrays.fill(grad, 5f);
    assertThatThrownBy(() -> k.crossEntropy(X, R, new int[] {0, 6}, loss, grad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "crossEntropy: labels[1] = 6 lies outside [0, 6) and is not the ignore index -100");
    assertThatThrownBy(() -> k.crossEntropy(X, R, new int[] {-1, 0}, loss, grad))
        .hasMessage(
            "crossEntropy: labels[0] = -1 lies outside [0, 6) and is not the ignore index -100");
    CrossEntropy ignore7 = CrossEntropy.DEFAULT.withIgnoreIndex(7);
    assertThatThrownBy(() -> k.crossEntropy(X, R, new int[] {7, -100}, loss, grad, ignore7))
        .hasMessage(
            "crossEntropy: labels[1] = -100 lies outside [0, 6) and is not the ignore index 7");
    assertArrayEquals(new float[] {5f, 5f}, loss, "loss written before the check");
    for (float g : grad) {
      assertEquals(5f, g, "grad written before the check");
    }
    // The ignore index itself, in range or not, is accepted.
    k.crossEntropy(X, R, new int[] {7, 0}, loss, grad, ignore7);
    k.crossEntropy(X, R, new int[] {-100, 5}, loss, grad);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void uniformsMustLieInZeroToOne(KernelPath path) {
    Kernels k = Kernels.of(path);
    for (double bad : new double[] {1.0, -1e-300, -0.5, 2, Double.NaN, Double.POSITIVE_INFINITY}) {
      int[] out = {9, 9};
      assertThatThrownBy(() -> k.sample(X, R, 1f, new double[] {0.5, bad}, out))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("sample: uniforms[1] = " + bad + " lies outside [0, 1)");
      assertArrayEquals(new int[] {9, 9}, out, "out written before the check");
    }
    k.sample(X, R, 1f, new double[] {0, Math.nextDown(1.0)}, new int[2]); // both ends are fine
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void expLengthMustBeNonNegative(KernelPath path) {
    var x = java.lang.foreign.MemorySegment.ofArray(new float[4]);
    assertThatThrownBy(() -> Kernels.of(path).exp(x, x, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exp: n must be >= 0, got -1");
    assertThatThrownBy(() -> Kernels.of(path).exp(x, x, 5))
        .hasMessage("exp: x holds 4 floats but 5 values needs 5");
  }

  @org.junit.jupiter.api.Test
  void crossEntropyOptionsAndThreadCounts() {
    for (float eps : new float[] {-0.1f, 1.5f, Float.NaN}) {
      assertThatThrownBy(() -> CrossEntropy.DEFAULT.withLabelSmoothing(eps))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("label smoothing must lie in [0, 1], got " + eps);
    }
    for (float s : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> CrossEntropy.DEFAULT.withGradScale(s))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("gradient scale must be finite, got " + s);
    }
    assertThatThrownBy(() -> Kernels.best().withThreads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be >= 1, got 0");
    assertThatThrownBy(() -> KernelPath.fromId("gpu"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown kernel path 'gpu': expected one of avx2, scalar, java");
  }
}
