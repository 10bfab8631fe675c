package dev.noisebook.kernels;

import java.lang.foreign.MemorySegment;

/**
 * One implementation of the kernels over memory segments, each call covering whole rows that start
 * at the segments' first element. {@link Kernels} checks every argument before a call and splits
 * big batches across threads, so implementations trust their inputs. The semantics, rules for
 * special values included, are those of {@code sk.h} and of {@link Kernels}' javadoc.
 */
sealed interface Backend permits NativeBackend, JavaBackend {

  KernelPath path();

  void softmax(MemorySegment x, MemorySegment y, Rows rows, float invT, SoftmaxAlgorithm algorithm);

  void logSoftmax(MemorySegment x, MemorySegment y, Rows rows, float invT);

  void logSumExp(MemorySegment x, Rows rows, float invT, MemorySegment out);

  void softmaxBackward(MemorySegment y, MemorySegment dy, MemorySegment dx, Rows rows);

  /** {@code grad} is {@link MemorySegment#NULL} when no gradient is wanted. */
  void crossEntropy(
      MemorySegment logits,
      Rows rows,
      MemorySegment labels,
      CrossEntropy spec,
      MemorySegment loss,
      MemorySegment grad);

  void softmaxTopK(
      MemorySegment x, Rows rows, float invT, int k, MemorySegment idx, MemorySegment prob);

  void sample(MemorySegment x, Rows rows, float invT, MemorySegment uniforms, MemorySegment out);

  void exp(MemorySegment x, MemorySegment y, long n);

  /** The online normaliser of one chunk: returns {max, sum of exp((x - max) * invT)}. */
  float[] onlinePartial(MemorySegment x, long n, float invT);

  /**
   * Reload's first two passes over one chunk: returns {max, sum} and leaves y = exp((x - max) *
   * invT) unnormalised (a masked chunk: {-inf, 0} and y = 0; one hiding a NaN: {NaN, NaN}).
   */
  float[] reloadPartial(MemorySegment x, MemorySegment y, long n, float invT);

  /** y *= a. */
  void scale(MemorySegment y, long n, float a);

  /** {@code C = alpha * op(A) * op(B) + beta * C}; C does not overlap A or B. */
  void gemm(Product p, MemorySegment a, MemorySegment b, MemorySegment c);
}
