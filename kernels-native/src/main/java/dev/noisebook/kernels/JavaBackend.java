package dev.noisebook.kernels;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The kernels in plain Java with {@link Math#exp} and float64 sums: the reference-quality fallback
 * when the native library cannot load, and the "scalar Java" baseline of the benchmarks. It follows
 * the pass structure of the native algorithms (reload: max, exp, scale; online: one normaliser
 * pass, one write pass) and the same rules for -inf, NaN and +inf.
 */
final class JavaBackend implements Backend {
  private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT_UNALIGNED;
  private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT_UNALIGNED;
  private static final ValueLayout.OfDouble D = ValueLayout.JAVA_DOUBLE_UNALIGNED;

  @Override
  public KernelPath path() {
    return KernelPath.JAVA;
  }

  private static float get(MemorySegment s, long i) {
    return s.getAtIndex(F, i);
  }

  private static void set(MemorySegment s, long i, float v) {
    s.setAtIndex(F, i, v);
  }

  private static void fill(MemorySegment s, long from, long n, float v) {
    for (long i = 0; i < n; i++) {
      set(s, from + i, v);
    }
  }

  /**
   * The online normaliser of {@code n} values from {@code from}: the max m (-inf when all are
   * masked; NaN and +inf make the sum NaN) and s = Σ exp((x - m) * invT).
   */
  record Normaliser(float max, double sum, double sumX) {}

  static Normaliser online(MemorySegment x, long from, long n, float invT) {
    float m = Float.NEGATIVE_INFINITY;
    double s = 0, sumX = 0;
    for (long i = 0; i < n; i++) {
      float v = get(x, from + i);
      sumX += v;
      if (v > m) { // (v - v) is NaN for +inf, so a row with +inf sums to NaN as in C
        s = s * Math.exp(((double) m - v) * invT) + Math.exp(((double) v - v) * invT);
        m = v;
      } else if (v != Float.NEGATIVE_INFINITY) { // masked entries add nothing
        s += Math.exp(((double) v - m) * invT);
      }
    }
    return new Normaliser(m, s, sumX);
  }

  private static float max(MemorySegment x, long from, long n) {
    float m = Float.NEGATIVE_INFINITY;
    for (long i = 0; i < n; i++) {
      m = Math.max(m, get(x, from + i));
    }
    return m;
  }

  @Override
  public void softmax(
      MemorySegment x, MemorySegment y, Rows r, float invT, SoftmaxAlgorithm algorithm) {
    for (int row = 0; row < r.rows(); row++) {
      long at = (long) row * r.stride();
      if (algorithm == SoftmaxAlgorithm.AUTO || algorithm == SoftmaxAlgorithm.RELOAD) {
        softmaxReload(x, y, at, r.cols(), invT);
      } else { // ONLINE and TWO_PASS share the two-pass structure; doubles need no exponent pairs
        Normaliser o = online(x, at, r.cols(), invT);
        if (o.sum() == 0) {
          fill(y, at, r.cols(), 0f); // all masked
        } else {
          scaleExp(x, y, at, r.cols(), o.max(), invT, (float) (1 / o.sum()));
        }
      }
    }
  }

  private static void softmaxReload(MemorySegment x, MemorySegment y, long at, int n, float invT) {
    float m = max(x, at, n);
    if (m == Float.NEGATIVE_INFINITY) {
      fill(y, at, n, 0f);
      return;
    }
    float inv = (float) (1 / expStoreSum(x, y, at, n, m, invT));
    for (long i = at; i < at + n; i++) {
      set(y, i, get(y, i) * inv);
    }
  }

  /** Reload's second pass: y = exp((x - m) * invT) stored, their sum returned. */
  private static double expStoreSum(
      MemorySegment x, MemorySegment y, long at, long n, float m, float invT) {
    double s = 0;
    for (long i = at; i < at + n; i++) {
      double e = Math.exp(((double) get(x, i) - m) * invT);
      set(y, i, (float) e);
      s += e;
    }
    return s;
  }

  private static void scaleExp(
      MemorySegment x, MemorySegment y, long at, long n, float m, float invT, float scale) {
    for (long i = at; i < at + n; i++) {
      set(y, i, (float) (Math.exp(((double) get(x, i) - m) * invT) * scale));
    }
  }

  @Override
  public void logSoftmax(MemorySegment x, MemorySegment y, Rows r, float invT) {
    for (int row = 0; row < r.rows(); row++) {
      long at = (long) row * r.stride();
      Normaliser o = online(x, at, r.cols(), invT);
      if (o.sum() == 0) {
        fill(y, at, r.cols(), Float.NEGATIVE_INFINITY);
        continue;
      }
      double log = Math.log(o.sum());
      for (long i = at; i < at + r.cols(); i++) {
        set(y, i, (float) (((double) get(x, i) - o.max()) * invT - log));
      }
    }
  }

  private static double logSumExp(Normaliser o, float invT) {
    return o.sum() == 0 ? Double.NEGATIVE_INFINITY : (double) o.max() * invT + Math.log(o.sum());
  }

  @Override
  public void logSumExp(MemorySegment x, Rows r, float invT, MemorySegment out) {
    for (int row = 0; row < r.rows(); row++) {
      set(out, row, (float) logSumExp(online(x, (long) row * r.stride(), r.cols(), invT), invT));
    }
  }

  @Override
  public void softmaxBackward(MemorySegment y, MemorySegment dy, MemorySegment dx, Rows r) {
    for (int row = 0; row < r.rows(); row++) {
      long at = (long) row * r.stride();
      double dot = 0;
      for (long i = at; i < at + r.cols(); i++) {
        dot += (double) get(y, i) * get(dy, i);
      }
      for (long i = at; i < at + r.cols(); i++) {
        set(dx, i, (float) (get(y, i) * (get(dy, i) - dot)));
      }
    }
  }

  @Override
  public void crossEntropy(
      MemorySegment logits,
      Rows r,
      MemorySegment labels,
      CrossEntropy spec,
      MemorySegment loss,
      MemorySegment grad) {
    boolean wantGrad = !MemorySegment.NULL.equals(grad);
    float invT = spec.invT();
    double eps = spec.labelSmoothing();
    int k = r.cols();
    for (int row = 0; row < r.rows(); row++) {
      long at = (long) row * r.stride();
      int label = labels.getAtIndex(I, row);
      Normaliser o = label == spec.ignoreIndex() ? null : online(logits, at, k, invT);
      if (o == null || o.sum() == 0) {
        set(loss, row, o == null ? 0f : Float.POSITIVE_INFINITY);
        if (wantGrad) {
          fill(grad, at, k, 0f);
        }
        continue;
      }
      double l = logSumExp(o, invT) - (1 - eps) * get(logits, at + label) * invT;
      if (eps > 0) {
        l -= eps / k * o.sumX() * invT;
      }
      set(loss, row, (float) l);
      if (wantGrad) {
        double g = (double) spec.gradScale() * invT;
        for (int j = 0; j < k; j++) {
          double p = Math.exp(((double) get(logits, at + j) - o.max()) * invT) / o.sum();
          set(grad, at + j, (float) (g * (p - eps / k - (j == label ? 1 - eps : 0))));
        }
      }
    }
  }

  @Override
  public void softmaxTopK(
      MemorySegment x, Rows r, float invT, int k, MemorySegment idx, MemorySegment prob) {
    float[] val = new float[k];
    int[] at = new int[k];
    for (int row = 0; row < r.rows(); row++) {
      long from = (long) row * r.stride();
      java.util.Arrays.fill(val, Float.NEGATIVE_INFINITY);
      java.util.Arrays.fill(at, -1);
      for (int j = 0; j < r.cols(); j++) {
        float v = get(x, from + j);
        if (v > val[k - 1]) { // strict: an equal later value never displaces an earlier one
          int p = k - 1;
          for (; p > 0 && val[p - 1] < v; p--) {
            val[p] = val[p - 1];
            at[p] = at[p - 1];
          }
          val[p] = v;
          at[p] = j;
        }
      }
      Normaliser o = online(x, from, r.cols(), invT);
      for (int j = 0; j < k; j++) {
        idx.setAtIndex(I, (long) row * k + j, at[j]);
        float p =
            o.sum() == 0 ? 0f : (float) (Math.exp(((double) val[j] - o.max()) * invT) / o.sum());
        set(prob, (long) row * k + j, p);
      }
    }
  }

  @Override
  public void sample(
      MemorySegment x, Rows r, float invT, MemorySegment uniforms, MemorySegment out) {
    for (int row = 0; row < r.rows(); row++) {
      out.setAtIndex(
          I,
          row,
          sampleRow(x, (long) row * r.stride(), r.cols(), invT, uniforms.getAtIndex(D, row)));
    }
  }

  private static int sampleRow(MemorySegment x, long at, int n, float invT, double u) {
    float m = max(x, at, n);
    if (!(m > Float.NEGATIVE_INFINITY) || m == Float.POSITIVE_INFINITY) {
      return -1;
    }
    double total = 0;
    for (int j = 0; j < n; j++) {
      total += Math.exp(((double) get(x, at + j) - m) * invT);
    }
    if (!(total > 0) || total == Double.POSITIVE_INFINITY) {
      return -1;
    }
    double target = u * total, cum = 0;
    int last = -1;
    for (int j = 0; j < n; j++) {
      double e = Math.exp(((double) get(x, at + j) - m) * invT);
      if (e > 0) {
        last = j;
      }
      cum += e;
      if (cum > target) {
        return j;
      }
    }
    return last; // rounding left the target unreached: the last entry with positive probability
  }

  /** ln(FLT_MIN): below it the native exp flushes to 0 rather than return a subnormal. */
  static final float DENORMAL_CUTOFF = -0x1.5D589Ep6f;

  @Override
  public void exp(MemorySegment x, MemorySegment y, long n) {
    for (long i = 0; i < n; i++) {
      float v = get(x, i);
      set(y, i, v < DENORMAL_CUTOFF ? 0f : (float) Math.exp(v));
    }
  }

  @Override
  public float[] onlinePartial(MemorySegment x, long n, float invT) {
    Normaliser o = online(x, 0, n, invT);
    return new float[] {o.max(), (float) o.sum()};
  }

  @Override
  public float[] reloadPartial(MemorySegment x, MemorySegment y, long n, float invT) {
    float m = max(x, 0, n);
    if (m == Float.NEGATIVE_INFINITY) {
      fill(y, 0, n, 0f);
      return new float[] {m, 0f};
    }
    return new float[] {m, (float) expStoreSum(x, y, 0, n, m, invT)};
  }

  @Override
  public void scale(MemorySegment y, long n, float a) {
    for (long i = 0; i < n; i++) {
      set(y, i, get(y, i) * a);
    }
  }

  /**
   * One float64 dot product per element of C, as the DSL's double loops do: the reference the
   * native float32 kernels are compared with, not a fast product.
   */
  @Override
  public void gemm(Product p, MemorySegment a, MemorySegment b, MemorySegment c) {
    long ar = p.aRowStep(), ac = p.aColStep(), br = p.bRowStep(), bc = p.bColStep();
    for (int i = 0; i < p.m(); i++) {
      for (int j = 0; j < p.n(); j++) {
        double dot = 0;
        for (int q = 0; q < p.k(); q++) {
          dot += (double) get(a, i * ar + q * ac) * get(b, q * br + j * bc);
        }
        long at = p.cOffset(i) + j;
        double old = p.beta() == 0 ? 0 : p.beta() * (double) get(c, at); // beta = 0 reads no C
        set(c, at, (float) (p.alpha() * dot + old));
      }
    }
  }
}
