package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * gemm on every path (avx2, scalar, java) against a float64 product of the same float inputs, for
 * all four transposes, sizes that are and are not multiples of the 6 x 16 register tile (1, 7, 17,
 * 129, ...), k across the 256-deep panels, strided layouts, alpha and beta. Tolerance per element:
 * (k + 2) * 2^-23 * (|alpha| Σ_p |a_ip b_pj| + |beta c_ij|), the classic bound k·u of a float sum
 * of k products (u = 2^-24) with room for the final scaling; a wrong index or a lost panel errs by
 * the size of a whole term.
 */
class GemmTest {
  static final float PAD = -12345f;

  /** A stored matrix with {@code extra} padding floats after each row (filled with PAD). */
  record Matrix(float[] data, Rows layout) {
    static Matrix random(SplittableRandom rnd, int rows, int cols, int extra) {
      Rows layout = Rows.of(rows, cols).withStride(cols + extra);
      float[] data = new float[(int) Math.max(layout.span() + extra, 1)];
      Arrays.fill(data, PAD);
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          data[r * layout.stride() + c] = (float) rnd.nextGaussian();
        }
      }
      return new Matrix(data, layout);
    }

    double get(Transpose t, int i, int j) {
      return t == Transpose.NO ? data[i * layout.stride() + j] : data[j * layout.stride() + i];
    }
  }

  /** Runs one product and checks it element by element; returns C. */
  static float[] check(
      KernelPath path, Transpose ta, Transpose tb, int m, int n, int k, float alpha, float beta) {
    SplittableRandom rnd =
        new SplittableRandom(31L * m + 7L * n + k + ta.ordinal() * 2 + tb.ordinal());
    Matrix a = ta == Transpose.NO ? Matrix.random(rnd, m, k, 3) : Matrix.random(rnd, k, m, 3);
    Matrix b = tb == Transpose.NO ? Matrix.random(rnd, k, n, 1) : Matrix.random(rnd, n, k, 1);
    Matrix c = Matrix.random(rnd, m, n, 2);
    float[] before = c.data.clone();
    Kernels.of(path)
        .gemm(ta, tb, alpha, a.data, a.layout, b.data, b.layout, beta, c.data, c.layout);
    String what = String.format("%s %s%s m=%d n=%d k=%d", path, ta, tb, m, n, k);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        int at = i * c.layout.stride() + j;
        double dot = 0, size = 0;
        for (int p = 0; p < k; p++) {
          double t = a.get(ta, i, p) * b.get(tb, p, j);
          dot += t;
          size += Math.abs(t);
        }
        double expected = alpha * dot + beta * (double) before[at];
        double tol = (k + 2) * 0x1p-23 * (Math.abs(alpha) * size + Math.abs(beta * before[at]));
        if (!(Math.abs(c.data[at] - expected) <= tol)) {
          fail(
              String.format(
                  "%s: c[%d][%d] = %s, expected %s (tolerance %.3g)",
                  what, i, j, c.data[at], expected, tol));
        }
      }
    }
    for (int at = 0; at < before.length; at++) {
      if (at % c.layout.stride() >= n || at >= c.layout.span()) {
        assertEquals(PAD, c.data[at], what + ": padding at " + at + " written");
      }
    }
    return c.data;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void matchesFloat64ForEveryTransposeAndEdgeSize(KernelPath path) {
    int[] sizes = {1, 7, 17, 129};
    for (Transpose ta : Transpose.values()) {
      for (Transpose tb : Transpose.values()) {
        for (int m : sizes) {
          for (int n : sizes) {
            for (int k : sizes) {
              check(path, ta, tb, m, n, k, 1f, 0f);
            }
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void alphaBetaFullTilesAndDeepK(KernelPath path) {
    // 6 x 16 is exactly one tile; k = 600 spans three panels (256 + 256 + 88) that add into C.
    check(path, Transpose.NO, Transpose.YES, 6, 16, 256, 1f, 0f);
    check(path, Transpose.NO, Transpose.NO, 12, 32, 600, -0.5f, 2f);
    check(path, Transpose.YES, Transpose.NO, 37, 45, 513, 0.25f, 1f);
    check(path, Transpose.YES, Transpose.YES, 64, 64, 64, 2f, -1f);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void betaZeroNeverReadsC(KernelPath path) {
    float[] a = {1, 2, 3, 4}, b = {5, 6, 7, 8}, c = new float[4];
    Arrays.fill(c, Float.NaN);
    Rows two = Rows.of(2, 2);
    Kernels.of(path).gemm(Transpose.NO, Transpose.NO, 1f, a, two, b, two, 0f, c, two);
    assertArrayEquals(new float[] {19, 22, 43, 50}, c, path.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void emptyInnerDimensionScalesC(KernelPath path) {
    // op(A) = Aᵀ with A stored 0 x 3: k = 0, so C = beta * C.
    float[] c = {1, 2, 3, 4, 5, 6};
    Kernels.of(path)
        .gemm(
            Transpose.YES,
            Transpose.NO,
            1f,
            new float[0],
            Rows.of(0, 3),
            new float[0],
            Rows.of(0, 2),
            2f,
            c,
            Rows.of(3, 2));
    assertArrayEquals(new float[] {2, 4, 6, 8, 10, 12}, c, path.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void splitsAcrossThreadsAndCallsGiveTheSameBits(KernelPath path) {
    // 700 x 300 x 100 = 21M multiply-adds: more than one call's work, and split over 2 threads.
    int m = 700, n = 300, k = 100;
    SplittableRandom rnd = new SplittableRandom(5);
    Matrix a = Matrix.random(rnd, m, k, 0), b = Matrix.random(rnd, n, k, 0);
    Rows cl = Rows.of(m, n);
    float[] one = new float[m * n], two = new float[m * n], seg = new float[m * n];
    Kernels k1 = Kernels.of(path).withThreads(1), k2 = Kernels.of(path).withThreads(2);
    k1.gemm(Transpose.NO, Transpose.YES, 1f, a.data, a.layout, b.data, b.layout, 0f, one, cl);
    k2.gemm(Transpose.NO, Transpose.YES, 1f, a.data, a.layout, b.data, b.layout, 0f, two, cl);
    assertArrayEquals(one, two, path + ": 2 threads");
    try (Arena arena = Arena.ofConfined()) { // confined: parts run on the caller, same split
      MemorySegment sa = MemorySegmentOverloadTest.copy(arena, a.data, 4);
      MemorySegment sb = MemorySegmentOverloadTest.copy(arena, b.data, 0);
      MemorySegment sc = MemorySegmentOverloadTest.newFloats(arena, m * n, 4);
      k2.gemm(Transpose.NO, Transpose.YES, 1f, sa, a.layout, sb, b.layout, 0f, sc, cl);
      MemorySegment.copy(sc, java.lang.foreign.ValueLayout.JAVA_FLOAT, 0, seg, 0, m * n);
    }
    assertArrayEquals(one, seg, path + ": native memory");
    assertTrue(one[0] != 0);
  }
}
