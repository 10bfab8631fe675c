package dev.noisebook.kernels;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * The native library's kernels for one instruction set, bound with FFM. Every handle is a {@code
 * critical} downcall, so heap arrays pass by address with no copy; {@link Kernels} keeps each call
 * short (chunks of rows) because a critical call holds off garbage collection while it runs.
 */
final class NativeBackend implements Backend {
  private static final Linker LINKER = Linker.nativeLinker();
  private static final Linker.Option CRITICAL = Linker.Option.critical(true);

  private final KernelPath path;
  private final MethodHandle softmax;
  private final MethodHandle logSoftmax;
  private final MethodHandle logSumExp;
  private final MethodHandle softmaxBackward;
  private final MethodHandle crossEntropy;
  private final MethodHandle softmaxTopK;
  private final MethodHandle sample;
  private final MethodHandle exp;
  private final MethodHandle onlinePartial;
  private final MethodHandle reloadPartial;
  private final MethodHandle scale;
  private final MethodHandle gemm;

  NativeBackend(SymbolLookup lookup, KernelPath path) {
    this.path = path;
    String suffix = "_" + path.id();
    softmax =
        bind(
            lookup,
            "sk_softmax_f32" + suffix,
            ADDRESS,
            JAVA_LONG,
            ADDRESS,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_FLOAT,
            JAVA_INT);
    logSoftmax =
        bind(
            lookup,
            "sk_log_softmax_f32" + suffix,
            ADDRESS,
            JAVA_LONG,
            ADDRESS,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_FLOAT);
    logSumExp =
        bind(
            lookup,
            "sk_logsumexp_f32" + suffix,
            ADDRESS,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_FLOAT,
            ADDRESS);
    softmaxBackward =
        bind(
            lookup,
            "sk_softmax_backward_f32" + suffix,
            ADDRESS,
            JAVA_LONG,
            ADDRESS,
            JAVA_LONG,
            ADDRESS,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_LONG);
    crossEntropy =
        bind(
            lookup,
            "sk_cross_entropy_f32" + suffix,
            ADDRESS,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_LONG,
            ADDRESS,
            JAVA_INT,
            JAVA_FLOAT,
            JAVA_FLOAT,
            ADDRESS,
            ADDRESS,
            JAVA_LONG,
            JAVA_FLOAT);
    softmaxTopK =
        bind(
            lookup,
            "sk_softmax_topk_f32" + suffix,
            ADDRESS,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_FLOAT,
            JAVA_INT,
            ADDRESS,
            ADDRESS);
    sample =
        bind(
            lookup,
            "sk_sample_f32" + suffix,
            ADDRESS,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_FLOAT,
            ADDRESS,
            ADDRESS);
    exp = bind(lookup, "sk_exp_f32" + suffix, ADDRESS, ADDRESS, JAVA_LONG);
    onlinePartial =
        bind(lookup, "sk_online_partial_f32" + suffix, ADDRESS, JAVA_LONG, JAVA_FLOAT, ADDRESS);
    reloadPartial =
        bind(
            lookup,
            "sk_reload_partial_f32" + suffix,
            ADDRESS,
            ADDRESS,
            JAVA_LONG,
            JAVA_FLOAT,
            ADDRESS);
    scale = bind(lookup, "sk_scale_f32" + suffix, ADDRESS, JAVA_LONG, JAVA_FLOAT);
    gemm =
        bind(
            lookup,
            "sk_gemm_f32" + suffix,
            JAVA_INT,
            JAVA_INT,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_FLOAT,
            ADDRESS,
            JAVA_LONG,
            ADDRESS,
            JAVA_LONG,
            JAVA_FLOAT,
            ADDRESS,
            JAVA_LONG);
  }

  private static MethodHandle bind(
      SymbolLookup lookup, String name, java.lang.foreign.MemoryLayout... args) {
    return LINKER.downcallHandle(
        lookup.findOrThrow(name), FunctionDescriptor.of(JAVA_INT, args), CRITICAL);
  }

  @Override
  public KernelPath path() {
    return path;
  }

  /** A downcall through an exact-typed handle, which declares Throwable. */
  @FunctionalInterface
  private interface Downcall {
    int invoke() throws Throwable;
  }

  /** The C side checks again; a refusal there means the Java checks missed a case. */
  private static void call(String kernel, Downcall downcall) {
    int status;
    try {
      status = downcall.invoke();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("native " + kernel + " failed", e);
    }
    if (status != 0) {
      throw new IllegalStateException(
          "native " + kernel + " rejected its arguments (" + status + ")");
    }
  }

  @Override
  public void softmax(
      MemorySegment x, MemorySegment y, Rows r, float invT, SoftmaxAlgorithm algorithm) {
    call(
        "softmax",
        () ->
            (int)
                softmax.invokeExact(
                    x,
                    (long) r.stride(),
                    y,
                    (long) r.stride(),
                    (long) r.rows(),
                    (long) r.cols(),
                    invT,
                    algorithm.code));
  }

  @Override
  public void logSoftmax(MemorySegment x, MemorySegment y, Rows r, float invT) {
    call(
        "log_softmax",
        () ->
            (int)
                logSoftmax.invokeExact(
                    x,
                    (long) r.stride(),
                    y,
                    (long) r.stride(),
                    (long) r.rows(),
                    (long) r.cols(),
                    invT));
  }

  @Override
  public void logSumExp(MemorySegment x, Rows r, float invT, MemorySegment out) {
    call(
        "logsumexp",
        () ->
            (int)
                logSumExp.invokeExact(
                    x, (long) r.stride(), (long) r.rows(), (long) r.cols(), invT, out));
  }

  @Override
  public void softmaxBackward(MemorySegment y, MemorySegment dy, MemorySegment dx, Rows r) {
    long ld = r.stride();
    call(
        "softmax_backward",
        () ->
            (int)
                softmaxBackward.invokeExact(
                    y, ld, dy, ld, dx, ld, (long) r.rows(), (long) r.cols()));
  }

  @Override
  public void crossEntropy(
      MemorySegment logits,
      Rows r,
      MemorySegment labels,
      CrossEntropy spec,
      MemorySegment loss,
      MemorySegment grad) {
    call(
        "cross_entropy",
        () ->
            (int)
                crossEntropy.invokeExact(
                    logits,
                    (long) r.stride(),
                    (long) r.rows(),
                    (long) r.cols(),
                    labels,
                    spec.ignoreIndex(),
                    spec.labelSmoothing(),
                    spec.invT(),
                    loss,
                    grad,
                    (long) r.stride(),
                    spec.gradScale()));
  }

  @Override
  public void softmaxTopK(
      MemorySegment x, Rows r, float invT, int k, MemorySegment idx, MemorySegment prob) {
    call(
        "softmax_topk",
        () ->
            (int)
                softmaxTopK.invokeExact(
                    x, (long) r.stride(), (long) r.rows(), (long) r.cols(), invT, k, idx, prob));
  }

  @Override
  public void sample(
      MemorySegment x, Rows r, float invT, MemorySegment uniforms, MemorySegment out) {
    call(
        "sample",
        () ->
            (int)
                sample.invokeExact(
                    x, (long) r.stride(), (long) r.rows(), (long) r.cols(), invT, uniforms, out));
  }

  @Override
  public void exp(MemorySegment x, MemorySegment y, long n) {
    call("exp", () -> (int) exp.invokeExact(x, y, n));
  }

  @Override
  public float[] onlinePartial(MemorySegment x, long n, float invT) {
    float[] ms = new float[2];
    call(
        "online_partial",
        () -> (int) onlinePartial.invokeExact(x, n, invT, MemorySegment.ofArray(ms)));
    return ms;
  }

  @Override
  public float[] reloadPartial(MemorySegment x, MemorySegment y, long n, float invT) {
    float[] ms = new float[2];
    call(
        "reload_partial",
        () -> (int) reloadPartial.invokeExact(x, y, n, invT, MemorySegment.ofArray(ms)));
    return ms;
  }

  @Override
  public void scale(MemorySegment y, long n, float a) {
    call("scale", () -> (int) scale.invokeExact(y, n, a));
  }

  @Override
  public void gemm(Product p, MemorySegment a, MemorySegment b, MemorySegment c) {
    call(
        "gemm",
        () ->
            (int)
                gemm.invokeExact(
                    p.transA().ordinal(),
                    p.transB().ordinal(),
                    (long) p.m(),
                    (long) p.n(),
                    (long) p.k(),
                    p.alpha(),
                    a,
                    (long) p.lda(),
                    b,
                    (long) p.ldb(),
                    p.beta(),
                    c,
                    (long) p.ldc()));
  }
}
