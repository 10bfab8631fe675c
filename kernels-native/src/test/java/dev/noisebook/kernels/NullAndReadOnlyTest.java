package dev.noisebook.kernels;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Null arrays and segments are refused with a NullPointerException naming the argument; a read-only
 * segment passed as an output is refused with "kernel: name is a read-only segment", while
 * read-only inputs are fine.
 */
class NullAndReadOnlyTest {
  static final Rows R = Rows.of(2, 4);

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void nullArraysNameTheArgument(KernelPath path) {
    Kernels k = Kernels.of(path);
    float[] f = new float[8];
    assertThatThrownBy(() -> k.softmax(null, f, R))
        .isInstanceOf(NullPointerException.class)
        .hasMessageMatching(".*\\bx\\b.*");
    assertThatThrownBy(() -> k.softmax(f, null, R)).hasMessageMatching(".*\\by\\b.*");
    assertThatThrownBy(() -> k.logSoftmax(f, null, R)).hasMessageMatching(".*\\by\\b.*");
    assertThatThrownBy(() -> k.logSumExp(f, R, null)).hasMessageMatching(".*\\bout\\b.*");
    assertThatThrownBy(() -> k.softmaxBackward(f, null, f, R)).hasMessageMatching(".*\\bdy\\b.*");
    assertThatThrownBy(() -> k.crossEntropy(f, R, null, new float[2], null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageMatching(".*\\blabels\\b.*");
    assertThatThrownBy(() -> k.crossEntropy(f, R, new int[2], null, null))
        .hasMessageMatching(".*\\bloss\\b.*");
    assertThatThrownBy(() -> k.crossEntropy(f, R, new int[2], new float[2], null, null))
        .hasMessageMatching(".*\\bspec\\b.*");
    assertThatThrownBy(() -> k.softmaxTopK(f, R, 1, null, new float[2]))
        .hasMessageMatching(".*\\bidx\\b.*");
    assertThatThrownBy(() -> k.sample(f, R, 1f, (double[]) null, new int[2]))
        .hasMessageMatching(".*\\buniforms\\b.*");
    assertThatThrownBy(
            () -> k.sample(f, R, 1f, (java.util.random.RandomGenerator) null, new int[2]))
        .hasMessageMatching(".*\\brng\\b.*");
    assertThatThrownBy(() -> k.exp(null, f)).hasMessageMatching(".*\\bx\\b.*");
    assertThatThrownBy(() -> k.softmax(f, f, R, 1f, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageMatching(".*\\balgorithm\\b.*");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void nullSegmentsNameTheKernelAndArgument(KernelPath path) {
    Kernels k = Kernels.of(path);
    MemorySegment s = MemorySegment.ofArray(new float[8]);
    assertThatThrownBy(() -> k.softmax(null, s, R, 1f, SoftmaxAlgorithm.AUTO))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("softmax: x is null");
    assertThatThrownBy(() -> k.logSumExp(null, R, s, 1f)).hasMessage("logSumExp: x is null");
    assertThatThrownBy(() -> k.softmaxBackward(s, null, s, R))
        .hasMessage("softmaxBackward: dy is null");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void readOnlyOutputsAreRefused(KernelPath path) {
    Kernels k = Kernels.of(path);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment in = arena.allocate(8 * 4L, 64);
      MemorySegment ro = arena.allocate(8 * 8L, 64).asReadOnly();
      MemorySegment labels = arena.allocate(2 * 4L, 4);
      MemorySegment rw = arena.allocate(8 * 8L, 64);
      assertThatThrownBy(() -> k.softmax(in, ro, R, 1f, SoftmaxAlgorithm.AUTO))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("softmax: y is a read-only segment");
      assertThatThrownBy(() -> k.logSoftmax(in, ro, R, 1f))
          .hasMessage("logSoftmax: y is a read-only segment");
      assertThatThrownBy(() -> k.logSumExp(in, R, ro, 1f))
          .hasMessage("logSumExp: out is a read-only segment");
      assertThatThrownBy(() -> k.softmaxBackward(in, in, ro, R))
          .hasMessage("softmaxBackward: dx is a read-only segment");
      assertThatThrownBy(() -> k.crossEntropy(in, R, labels, ro, rw, CrossEntropy.DEFAULT))
          .hasMessage("crossEntropy: loss is a read-only segment");
      assertThatThrownBy(() -> k.crossEntropy(in, R, labels, rw, ro, CrossEntropy.DEFAULT))
          .hasMessage("crossEntropy: grad is a read-only segment");
      assertThatThrownBy(() -> k.softmaxTopK(in, R, 2, ro, rw, 1f))
          .hasMessage("softmaxTopK: idx is a read-only segment");
      assertThatThrownBy(() -> k.softmaxTopK(in, R, 2, rw, ro, 1f))
          .hasMessage("softmaxTopK: prob is a read-only segment");
      MemorySegment u = arena.allocate(ValueLayout.JAVA_DOUBLE, 2);
      assertThatThrownBy(() -> k.sample(in, R, 1f, u, ro))
          .hasMessage("sample: out is a read-only segment");
      assertThatThrownBy(() -> k.exp(in, ro, 8)).hasMessage("exp: y is a read-only segment");

      // Read-only inputs are fine.
      k.softmax(in.asReadOnly(), rw, R, 1f, SoftmaxAlgorithm.AUTO);
      k.crossEntropy(
          in.asReadOnly(), R, labels.asReadOnly(), rw, MemorySegment.NULL, CrossEntropy.DEFAULT);
      k.sample(in.asReadOnly(), R, 1f, u.asReadOnly(), rw);
    }
  }
}
