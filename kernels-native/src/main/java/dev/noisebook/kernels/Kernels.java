package dev.noisebook.kernels;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * The softmax family over batches of float32 rows: softmax, log-softmax, log-sum-exp, softmax
 * backward, fused cross-entropy with its gradient, fused softmax + top-k, categorical sampling and
 * a vectorised exp; and the float32 matrix product {@link #gemm}. {@link #best()} runs the native
 * AVX2+FMA kernels where the CPU has them, the native scalar build elsewhere, and pure Java when
 * the library cannot load (it says why, once).
 *
 * <p>Every kernel takes {@code float[]} arrays (passed to native code by address, no copy) or
 * {@link MemorySegment}s, with a {@link Rows} layout; outputs may alias inputs. Big batches are
 * spread over the cores by rows, and one long row by chunks with merged normalisers.
 *
 * <p>Special values, the same on every path:
 *
 * <ul>
 *   <li>{@code -inf} is a masked entry: probability 0, never sampled, never in a top-k.
 *   <li>A row of only {@code -inf}: softmax 0, log-softmax {@code -inf}, log-sum-exp {@code -inf},
 *       cross-entropy {@code +inf} with a zero gradient, top-k index -1 with probability 0, sample
 *       -1.
 *   <li>A row holding NaN or {@code +inf}: softmax, log-softmax, log-sum-exp and cross-entropy give
 *       NaN, top-k probabilities are NaN, sample gives -1. The kernels do not hide such rows; the
 *       DSL rejects NaN logits with an error before it calls them.
 * </ul>
 *
 * <p>Select a path with {@code -Dnoisebook.kernels=avx2|scalar|java} or the environment variable
 * {@code NOISEBOOK_KERNELS}; {@code -Dnoisebook.kernels.library=/path/libnoisebook_kernels.so}
 * loads a library from outside the jar.
 */
public final class Kernels {
  public static final String PATH_PROPERTY = "noisebook.kernels";
  public static final String PATH_ENVIRONMENT = "NOISEBOOK_KERNELS";

  /** Work per downcall: a critical call holds off GC, so calls stay under about a millisecond. */
  static final int CALL_ELEMENTS = 1 << 20;

  /** Batches smaller than this run on the calling thread: a fork costs microseconds. */
  static final long PARALLEL_ELEMENTS = 1 << 16;

  /** The longest chunk of a split row: 1 MiB of floats stays in L2/L3 between passes. */
  static final int ROW_CHUNK = 1 << 18;

  /** Rows at least this long are split across threads when there are fewer rows than threads. */
  static final int LONG_ROW = 1 << 17;

  /**
   * Multiply-adds per gemm downcall: about 0.25 ms on AVX2 (1.5 ms on the scalar build), short
   * enough for a critical call, long enough that re-packing B per call stays a few percent.
   */
  static final long GEMM_CALL_WORK = 1L << 24;

  /** Products with less work than this run on the calling thread. */
  static final long GEMM_PARALLEL_WORK = 1L << 21;

  private static final System.Logger LOG = System.getLogger(Kernels.class.getName());
  private static final Map<KernelPath, Kernels> BY_PATH = new ConcurrentHashMap<>();

  private final Backend backend;
  private final int threads;

  /** Run every part on the calling thread, still split as for {@code threads}: same numbers. */
  private final boolean callerOnly;

  private Kernels(Backend backend, int threads, boolean callerOnly) {
    this.backend = backend;
    this.threads = threads;
    this.callerOnly = callerOnly;
  }

  private static final class Best {
    static final Kernels INSTANCE = choose();
  }

  /** The fastest path on this machine, or the one named by {@code -Dnoisebook.kernels}. */
  public static Kernels best() {
    return Best.INSTANCE;
  }

  /**
   * The kernels of one path, for tests and comparisons.
   *
   * @throws IllegalStateException naming the reason when this machine cannot run that path
   */
  public static Kernels of(KernelPath path) {
    return BY_PATH.computeIfAbsent(path, Kernels::create);
  }

  /** The paths this machine can run, fastest first; {@link KernelPath#JAVA} always. */
  public static List<KernelPath> available() {
    List<KernelPath> paths = new ArrayList<>();
    NativeLibrary.Loaded lib = NativeLibrary.get();
    if (lib.ok() && lib.avx2()) {
      paths.add(KernelPath.AVX2);
    }
    if (lib.ok()) {
      paths.add(KernelPath.SCALAR);
    }
    paths.add(KernelPath.JAVA);
    return paths;
  }

  /** Why the native library did not load, if it did not. */
  public static Optional<String> nativeFailure() {
    return Optional.ofNullable(NativeLibrary.get().failure());
  }

  /** The row length up to which {@link SoftmaxAlgorithm#AUTO} uses reload in native code. */
  public static long reloadMaxCols() {
    return NativeLibrary.get().reloadMaxCols();
  }

  private static Kernels create(KernelPath path) {
    NativeLibrary.Loaded lib = NativeLibrary.get();
    Backend backend =
        switch (path) {
          case JAVA -> new JavaBackend();
          case SCALAR, AVX2 -> {
            if (!lib.ok()) {
              throw new IllegalStateException(
                  "the "
                      + path
                      + " kernels need the native library, which did not load: "
                      + lib.failure());
            }
            if (path == KernelPath.AVX2 && !lib.avx2()) {
              throw new IllegalStateException("this CPU lacks AVX2 or FMA; use scalar or java");
            }
            yield new NativeBackend(lib.lookup(), path);
          }
        };
    return new Kernels(backend, Parallel.CORES, false);
  }

  private static Kernels choose() {
    String requested = System.getProperty(PATH_PROPERTY, System.getenv(PATH_ENVIRONMENT));
    if (requested != null && !requested.isBlank() && !requested.equalsIgnoreCase("auto")) {
      try {
        return of(KernelPath.fromId(requested));
      } catch (IllegalArgumentException | IllegalStateException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "noisebook kernels: ignoring " + requested + ": " + e.getMessage());
      }
    }
    KernelPath first = available().getFirst();
    if (first == KernelPath.JAVA) {
      LOG.log(
          System.Logger.Level.INFO,
          "noisebook kernels: running in pure Java, "
              + "about 20x slower, because the native library did not load: "
              + NativeLibrary.get().failure());
    }
    return of(first);
  }

  /** Which implementation runs: avx2, scalar or java. */
  public KernelPath path() {
    return backend.path();
  }

  /** The same kernels limited to {@code threads} threads per call (1: the calling thread only). */
  public Kernels withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    return threads == this.threads ? this : new Kernels(backend, threads, false);
  }

  /** How many threads one call may use. */
  public int threads() {
    return threads;
  }

  @Override
  public String toString() {
    return "Kernels[" + path() + ", " + threads + " threads]";
  }

  // ---- softmax

  /** {@code y = softmax(x)} per row, with temperature 1. */
  public void softmax(float[] x, float[] y, Rows rows) {
    softmax(x, y, rows, 1f);
  }

  /** {@code y = softmax(x / temperature)} per row: {@code y_j = exp(x_j/T) / Σ_i exp(x_i/T)}. */
  public void softmax(float[] x, float[] y, Rows rows, float temperature) {
    softmax(x, y, rows, temperature, SoftmaxAlgorithm.AUTO);
  }

  /** Softmax with a chosen algorithm, for comparisons; {@link SoftmaxAlgorithm#AUTO} is fastest. */
  public void softmax(
      float[] x, float[] y, Rows rows, float temperature, SoftmaxAlgorithm algorithm) {
    softmax(of("x", x), of("y", y), rows, temperature, algorithm);
  }

  /** Softmax over segments holding float32 rows (heap or native memory). */
  public void softmax(
      MemorySegment x, MemorySegment y, Rows rows, float temperature, SoftmaxAlgorithm algorithm) {
    Objects.requireNonNull(algorithm, "algorithm");
    Checks.rows("softmax", "x", x, rows);
    Checks.rows("softmax", "y", writable("softmax", "y", y), rows);
    float invT = 1f / Checks.temperature(temperature);
    Kernels k = on(x, y);
    if (algorithm == SoftmaxAlgorithm.AUTO && k.splitsRow(rows)) {
      for (int r = 0; r < rows.rows(); r++) {
        k.softmaxLongRow(row(x, rows, r), row(y, rows, r), rows.cols(), invT);
      }
      return;
    }
    k.forRowChunks(
        rows,
        (first, chunk) ->
            backend.softmax(row(x, rows, first), row(y, rows, first), chunk, invT, algorithm));
  }

  // ---- log-softmax and log-sum-exp

  /** {@code y = log softmax(x)} per row: {@code y_j = x_j - log Σ_i exp(x_i)}. */
  public void logSoftmax(float[] x, float[] y, Rows rows) {
    logSoftmax(x, y, rows, 1f);
  }

  /** {@code y = x/T - logsumexp(x/T)} per row, from one online pass and one write pass. */
  public void logSoftmax(float[] x, float[] y, Rows rows, float temperature) {
    logSoftmax(of("x", x), of("y", y), rows, temperature);
  }

  public void logSoftmax(MemorySegment x, MemorySegment y, Rows rows, float temperature) {
    Checks.rows("logSoftmax", "x", x, rows);
    Checks.rows("logSoftmax", "y", writable("logSoftmax", "y", y), rows);
    float invT = 1f / Checks.temperature(temperature);
    on(x, y)
        .forRowChunks(
            rows,
            (first, chunk) ->
                backend.logSoftmax(row(x, rows, first), row(y, rows, first), chunk, invT));
  }

  /** {@code out[r] = log Σ_j exp(x[r][j])}, natural log, one online pass per row. */
  public void logSumExp(float[] x, Rows rows, float[] out) {
    logSumExp(x, rows, out, 1f);
  }

  /** {@code out[r] = log Σ_j exp(x[r][j] / T)}: the log-partition of the tempered distribution. */
  public void logSumExp(float[] x, Rows rows, float[] out, float temperature) {
    logSumExp(of("x", x), rows, of("out", out), temperature);
  }

  public void logSumExp(MemorySegment x, Rows rows, MemorySegment out, float temperature) {
    Checks.rows("logSumExp", "x", x, rows);
    Checks.perRow("logSumExp", "out", writable("logSumExp", "out", out), JAVA_FLOAT, rows, 1);
    float invT = 1f / Checks.temperature(temperature);
    Kernels k = on(x, out);
    if (k.splitsRow(rows)) {
      for (int r = 0; r < rows.rows(); r++) {
        Normaliser n = k.normalise(row(x, rows, r), rows.cols(), invT);
        float lse = n.sum == 0 ? Float.NEGATIVE_INFINITY : (float) (n.max * invT + Math.log(n.sum));
        out.setAtIndex(JAVA_FLOAT, r, lse);
      }
      return;
    }
    k.forRowChunks(
        rows,
        (first, chunk) -> backend.logSumExp(row(x, rows, first), chunk, invT, at(out, first * 4L)));
  }

  // ---- softmax backward

  /**
   * The gradient through {@code y = softmax(x)}: {@code dx = y ⊙ (dy - <y, dy>)} per row, where
   * {@code dy} is the gradient with respect to {@code y}. {@code dx} may alias {@code dy}.
   */
  public void softmaxBackward(float[] y, float[] dy, float[] dx, Rows rows) {
    softmaxBackward(of("y", y), of("dy", dy), of("dx", dx), rows);
  }

  public void softmaxBackward(MemorySegment y, MemorySegment dy, MemorySegment dx, Rows rows) {
    Checks.rows("softmaxBackward", "y", y, rows);
    Checks.rows("softmaxBackward", "dy", dy, rows);
    Checks.rows("softmaxBackward", "dx", writable("softmaxBackward", "dx", dx), rows);
    on(y, dy, dx)
        .forRowChunks(
            rows,
            (first, chunk) ->
                backend.softmaxBackward(
                    row(y, rows, first), row(dy, rows, first), row(dx, rows, first), chunk));
  }

  // ---- cross-entropy

  /** Cross-entropy with the {@link CrossEntropy#DEFAULT} options; {@code grad} may be null. */
  public void crossEntropy(float[] logits, Rows rows, int[] labels, float[] loss, float[] grad) {
    crossEntropy(logits, rows, labels, loss, grad, CrossEntropy.DEFAULT);
  }

  /**
   * Per-row cross-entropy of {@code softmax(logits / T)} against integer labels, fused with its
   * gradient: one online pass per row for the loss and one write pass for the gradient, which may
   * overwrite the logits. See {@link CrossEntropy} for the formula, label smoothing and the ignore
   * index. {@code grad} may be null (loss only).
   */
  public void crossEntropy(
      float[] logits, Rows rows, int[] labels, float[] loss, float[] grad, CrossEntropy spec) {
    crossEntropy(
        of("logits", logits),
        rows,
        ofInts("labels", labels),
        of("loss", loss),
        grad == null ? MemorySegment.NULL : MemorySegment.ofArray(grad),
        spec);
  }

  /** Cross-entropy over segments; labels are int32; pass {@link MemorySegment#NULL} for no grad. */
  public void crossEntropy(
      MemorySegment logits,
      Rows rows,
      MemorySegment labels,
      MemorySegment loss,
      MemorySegment grad,
      CrossEntropy spec) {
    Objects.requireNonNull(spec, "spec");
    Checks.rows("crossEntropy", "logits", logits, rows);
    Checks.perRow("crossEntropy", "labels", labels, JAVA_INT, rows, 1);
    Checks.perRow(
        "crossEntropy", "loss", writable("crossEntropy", "loss", loss), JAVA_FLOAT, rows, 1);
    boolean wantGrad = !MemorySegment.NULL.equals(Objects.requireNonNull(grad, "grad"));
    if (wantGrad) {
      Checks.rows("crossEntropy", "grad", writable("crossEntropy", "grad", grad), rows);
    }
    for (int r = 0; r < rows.rows(); r++) {
      int label = labels.getAtIndex(JAVA_INT, r);
      if (label != spec.ignoreIndex() && (label < 0 || label >= rows.cols())) {
        throw new IllegalArgumentException(
            "crossEntropy: labels["
                + r
                + "] = "
                + label
                + " lies outside [0, "
                + rows.cols()
                + ") and is not the ignore index "
                + spec.ignoreIndex());
      }
    }
    on(logits, labels, loss, grad)
        .forRowChunks(
            rows,
            (first, chunk) ->
                backend.crossEntropy(
                    row(logits, rows, first),
                    chunk,
                    at(labels, first * 4L),
                    spec,
                    at(loss, first * 4L),
                    wantGrad ? row(grad, rows, first) : MemorySegment.NULL));
  }

  // ---- top-k

  /** The {@code k} most probable entries of {@code softmax(x)} per row; see the full overload. */
  public void softmaxTopK(float[] x, Rows rows, int k, int[] idx, float[] prob) {
    softmaxTopK(x, rows, k, idx, prob, 1f);
  }

  /**
   * The {@code k} largest probabilities of {@code softmax(x / T)} per row and their column indices,
   * in descending order (ties: the lower index first), computed in one read of each row together
   * with the normaliser, as in "Online normalizer calculation for softmax" (Milakov and Gimelshein,
   * 2018). {@code idx} and {@code prob} hold {@code rows * k} entries; a row with fewer than {@code
   * k} unmasked entries pads with index -1 and probability 0. Made for small {@code k} (decoding,
   * sampling); any {@code k <= cols} works.
   */
  public void softmaxTopK(float[] x, Rows rows, int k, int[] idx, float[] prob, float temperature) {
    softmaxTopK(of("x", x), rows, k, ofInts("idx", idx), of("prob", prob), temperature);
  }

  public void softmaxTopK(
      MemorySegment x, Rows rows, int k, MemorySegment idx, MemorySegment prob, float temperature) {
    if (k < 1 || k > rows.cols()) {
      throw new IllegalArgumentException(
          "softmaxTopK: k must lie in [1, cols = " + rows.cols() + "], got " + k);
    }
    Checks.rows("softmaxTopK", "x", x, rows);
    Checks.perRow("softmaxTopK", "idx", writable("softmaxTopK", "idx", idx), JAVA_INT, rows, k);
    Checks.perRow(
        "softmaxTopK", "prob", writable("softmaxTopK", "prob", prob), JAVA_FLOAT, rows, k);
    float invT = 1f / Checks.temperature(temperature);
    on(x, idx, prob)
        .forRowChunks(
            rows,
            (first, chunk) ->
                backend.softmaxTopK(
                    row(x, rows, first),
                    chunk,
                    invT,
                    k,
                    at(idx, first * 4L * k),
                    at(prob, first * 4L * k)));
  }

  // ---- sampling

  /** One draw per row from {@code softmax(logits / T)}, with uniforms from {@code rng}. */
  public void sample(float[] logits, Rows rows, float temperature, RandomGenerator rng, int[] out) {
    Objects.requireNonNull(rng, "rng");
    double[] uniforms = new double[rows.rows()];
    for (int r = 0; r < uniforms.length; r++) {
      uniforms[r] = rng.nextDouble();
    }
    sample(logits, rows, temperature, uniforms, out);
  }

  /**
   * One draw per row from {@code softmax(logits / T)} by inverse CDF: {@code out[r]} is the first
   * column whose cumulative probability exceeds {@code uniforms[r]} in [0, 1). Probabilities are
   * summed in float64, so a token 30 nats below the top keeps its 1e-13 share: float32 Gumbel-max
   * cannot reach gaps beyond about 19.4 nats and so silently lowers the temperature ("Masked
   * Diffusion Models are Secretly Time-Agnostic Masked Models and Exploit Inaccurate Categorical
   * Sampling", Zheng et al., 2024).
   */
  public void sample(float[] logits, Rows rows, float temperature, double[] uniforms, int[] out) {
    sample(
        of("logits", logits),
        rows,
        temperature,
        ofDoubles("uniforms", uniforms),
        ofInts("out", out));
  }

  public void sample(
      MemorySegment logits,
      Rows rows,
      float temperature,
      MemorySegment uniforms,
      MemorySegment out) {
    Checks.rows("sample", "logits", logits, rows);
    Checks.perRow("sample", "uniforms", uniforms, JAVA_DOUBLE, rows, 1);
    Checks.perRow("sample", "out", writable("sample", "out", out), JAVA_INT, rows, 1);
    for (int r = 0; r < rows.rows(); r++) {
      double u = uniforms.getAtIndex(JAVA_DOUBLE, r);
      if (!(u >= 0 && u < 1)) {
        throw new IllegalArgumentException(
            "sample: uniforms[" + r + "] = " + u + " lies outside [0, 1)");
      }
    }
    float invT = 1f / Checks.temperature(temperature);
    on(logits, uniforms, out)
        .forRowChunks(
            rows,
            (first, chunk) ->
                backend.sample(
                    row(logits, rows, first),
                    chunk,
                    invT,
                    at(uniforms, first * 8L),
                    at(out, first * 4L)));
  }

  // ---- exp

  /** {@code y[i] = exp(x[i])}: within 3 ulp on [-87.3, 88.7], 0 below, +inf above, NaN kept. */
  public void exp(float[] x, float[] y) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    if (y.length < x.length) {
      throw new IllegalArgumentException(
          "exp: y holds " + y.length + " floats but x has " + x.length);
    }
    exp(MemorySegment.ofArray(x), MemorySegment.ofArray(y), x.length);
  }

  public void exp(MemorySegment x, MemorySegment y, long n) {
    if (n < 0) {
      throw new IllegalArgumentException("exp: n must be >= 0, got " + n);
    }
    Checks.values("exp", "x", x, n);
    Checks.values("exp", "y", writable("exp", "y", y), n);
    Kernels k = on(x, y);
    long wanted = Math.ceilDiv(n, CALL_ELEMENTS);
    if (k.threads > 1 && n >= PARALLEL_ELEMENTS) {
      wanted = Math.max(wanted, k.threads);
    }
    Chunks c = Chunks.of(n, wanted);
    Parallel.run(
        c.parts(),
        k.workers(),
        i -> {
          long from = c.from(i), len = c.length(i);
          backend.exp(x.asSlice(from * 4, len * 4), y.asSlice(from * 4, len * 4), len);
        });
  }

  // ---- matrix products

  /**
   * {@code C = alpha * op(A) * op(B) + beta * C} in float32 (GEMM), where op(X) is X or Xᵀ. Each
   * {@link Rows} describes a matrix as stored (row-major, with its stride): op(A) is m x k, op(B) k
   * x n and C must be m x n. So {@code S = U Vᵀ} is {@code gemm(NO, YES, 1, u, Rows.of(m, k), v,
   * Rows.of(n, k), 0, s, Rows.of(m, n))}. With {@code beta = 0}, C is only written (NaN there does
   * not leak in). C must not overlap A or B. Rows of C are split across the threads and into calls
   * of bounded work.
   */
  public void gemm(
      Transpose transA,
      Transpose transB,
      float alpha,
      float[] a,
      Rows aLayout,
      float[] b,
      Rows bLayout,
      float beta,
      float[] c,
      Rows cLayout) {
    gemm(
        transA, transB, alpha, of("a", a), aLayout, of("b", b), bLayout, beta, of("c", c), cLayout);
  }

  public void gemm(
      Transpose transA,
      Transpose transB,
      float alpha,
      MemorySegment a,
      Rows aLayout,
      MemorySegment b,
      Rows bLayout,
      float beta,
      MemorySegment c,
      Rows cLayout) {
    Product p =
        Product.of(
            Objects.requireNonNull(transA, "transA"),
            Objects.requireNonNull(transB, "transB"),
            alpha,
            Objects.requireNonNull(aLayout, "aLayout"),
            Objects.requireNonNull(bLayout, "bLayout"),
            beta,
            Objects.requireNonNull(cLayout, "cLayout"));
    Checks.rows("gemm", "a", a, aLayout);
    Checks.rows("gemm", "b", b, bLayout);
    Checks.rows("gemm", "c", writable("gemm", "c", c), cLayout);
    Checks.disjoint("gemm", "c", c, "a", a);
    Checks.disjoint("gemm", "c", c, "b", b);
    if (p.m() == 0) {
      return;
    }
    Kernels k = on(a, b, c);
    int perCall = Math.clamp(GEMM_CALL_WORK / ((long) p.n() * Math.max(1, p.k())), 1, p.m());
    if (k.threads > 1 && p.work() >= GEMM_PARALLEL_WORK) {
      perCall = Math.min(perCall, Math.ceilDiv(p.m(), k.threads));
    }
    int size = perCall;
    Parallel.run(
        Math.ceilDiv(p.m(), size),
        k.workers(),
        i -> {
          int first = i * size;
          backend.gemm(
              p.withRows(Math.min(size, p.m() - first)),
              at(a, p.aOffset(first) * 4),
              b,
              at(c, p.cOffset(first) * 4));
        });
  }

  // ---- splitting work

  @FunctionalInterface
  private interface RowChunk {
    void run(int first, Rows chunk);
  }

  /**
   * Calls {@code body} on consecutive chunks of rows: each chunk is one downcall of at most about
   * {@link #CALL_ELEMENTS} values, and big batches are spread over the threads.
   */
  private void forRowChunks(Rows rows, RowChunk body) {
    int n = rows.rows();
    if (n == 0) {
      return;
    }
    int perCall = Math.max(1, Math.min(n, CALL_ELEMENTS / rows.cols()));
    if (threads > 1 && rows.elements() >= PARALLEL_ELEMENTS) {
      perCall = Math.min(perCall, Math.ceilDiv(n, threads));
    }
    if (perCall >= n) {
      body.run(0, rows); // the common small call: no split, no pool
      return;
    }
    int size = perCall;
    int parts = Math.ceilDiv(n, size);
    Parallel.run(
        parts,
        workers(),
        i -> {
          int first = i * size;
          body.run(first, rows.withRows(Math.min(size, n - first)));
        });
  }

  /**
   * Long rows are split by columns: a row too long for one call, or too few rows for the threads.
   */
  private boolean splitsRow(Rows rows) {
    return rows.cols() > CALL_ELEMENTS
        || (threads > 1 && rows.rows() < threads && rows.cols() >= LONG_ROW);
  }

  private record Normaliser(float max, double sum) {}

  /** Online normalisers of chunks of one row, merged: M = max m_i, S = Σ s_i exp((m_i - M) / T). */
  private Normaliser normalise(MemorySegment x, int cols, float invT) {
    Chunks c = columns(cols);
    float[][] partial = new float[c.parts()][];
    Parallel.run(
        c.parts(),
        workers(),
        i -> partial[i] = backend.onlinePartial(x.asSlice(c.from(i) * 4), c.length(i), invT));
    return merge(partial, invT);
  }

  /** Merges chunk partials {m_i, s_i}: M = max m_i, S = Σ s_i exp((m_i - M) / T). */
  private static Normaliser merge(float[][] partial, float invT) {
    float max = Float.NEGATIVE_INFINITY;
    for (float[] p : partial) {
      if (p[1] != 0) { // an all-masked chunk has no max to speak of
        max = Math.max(max, p[0]);
      }
    }
    double sum = 0;
    for (float[] p : partial) {
      if (p[1] != 0) {
        sum += p[1] * Math.exp(((double) p[0] - max) * invT);
      }
    }
    return new Normaliser(max, sum);
  }

  /**
   * Softmax of one long row as chunk-local reloads: each chunk stores exp(x - m_i) and its sum s_i
   * (one exp per element, chunk still in cache for its second pass), then, with M = max m_i and S =
   * Σ s_i exp((m_i - M) / T), chunk i is scaled by exp((m_i - M) / T) / S. The same passes as one
   * reload, so splitting costs nothing but gains the threads.
   */
  private void softmaxLongRow(MemorySegment x, MemorySegment y, int cols, float invT) {
    Chunks c = columns(cols);
    float[][] partial = new float[c.parts()][];
    Parallel.run(
        c.parts(),
        workers(),
        i ->
            partial[i] =
                backend.reloadPartial(
                    x.asSlice(c.from(i) * 4), y.asSlice(c.from(i) * 4), c.length(i), invT));
    Normaliser n = merge(partial, invT);
    if (n.sum == 0) {
      return; // all masked: every chunk is 0 already
    }
    Parallel.run(
        c.parts(),
        workers(),
        i -> {
          float[] p = partial[i];
          if (p[1] != 0) { // masked chunks hold 0 already
            float factor = (float) (Math.exp(((double) p[0] - n.max) * invT) / n.sum);
            backend.scale(y.asSlice(c.from(i) * 4), c.length(i), factor);
          }
        });
  }

  /**
   * The column chunks of one long row: at least one per thread, none longer than {@link
   * #ROW_CHUNK}, so a chunk's second pass still finds it in cache.
   */
  private Chunks columns(int cols) {
    return Chunks.of(cols, Math.max(threads, Math.ceilDiv(cols, ROW_CHUNK)));
  }

  /**
   * {@code n} values cut into parts of one length (whole 64-byte lines, so every part but the last
   * starts aligned like the whole), as many as that length needs: never an empty part.
   */
  private record Chunks(long n, long size, int parts) {
    static Chunks of(long n, long wantedParts) {
      long size = Math.ceilDiv(Math.ceilDiv(n, Math.max(1, wantedParts)), 16) * 16;
      return new Chunks(n, size, (int) Math.max(1, Math.ceilDiv(n, size)));
    }

    long from(int part) {
      return part * size;
    }

    long length(int part) {
      return Math.min(size, n - from(part));
    }
  }

  // ---- segments

  /** A thread that is never started: a segment it may access is not confined to the caller. */
  private static final Thread ANOTHER_THREAD = new Thread(() -> {}, "noisebook-access-probe");

  /**
   * These kernels, or a copy that runs every part on the calling thread when a segment is confined
   * to it (pool threads may not touch it); the parts stay the same, and so do the results.
   */
  private Kernels on(MemorySegment... segments) {
    for (MemorySegment s : segments) {
      if (!s.isAccessibleBy(ANOTHER_THREAD)) {
        return new Kernels(backend, threads, true);
      }
    }
    return this;
  }

  private int workers() {
    return callerOnly ? 1 : threads;
  }

  private static MemorySegment row(MemorySegment s, Rows rows, int r) {
    return at(s, (long) r * rows.stride() * 4);
  }

  /** The segment from {@code offset} bytes on; the segment itself at 0 (no slice to allocate). */
  private static MemorySegment at(MemorySegment s, long offset) {
    return offset == 0 ? s : s.asSlice(offset);
  }

  private static MemorySegment of(String name, float[] a) {
    return MemorySegment.ofArray(Objects.requireNonNull(a, () -> name + " is null"));
  }

  private static MemorySegment ofInts(String name, int[] a) {
    return MemorySegment.ofArray(Objects.requireNonNull(a, () -> name + " is null"));
  }

  private static MemorySegment ofDoubles(String name, double[] a) {
    return MemorySegment.ofArray(Objects.requireNonNull(a, () -> name + " is null"));
  }

  private static MemorySegment writable(String kernel, String name, MemorySegment s) {
    if (Objects.requireNonNull(s, name).isReadOnly()) {
      throw new IllegalArgumentException(kernel + ": " + name + " is a read-only segment");
    }
    return s;
  }
}
