/* C = alpha * op(A) * op(B) + beta * C in float32, written once against the vector operations of
 * simd_avx2.h / simd_scalar.h and compiled twice like kernels.c (isa.h).
 *
 * The classic register-blocked scheme (Goto and van de Geijn, "Anatomy of high-performance matrix
 * multiplication", 2008), cut down to what fits without allocation:
 *   - op(B) is copied, KC rows by NR columns at a time, into a panel on the stack: the micro-kernel
 *     then reads B contiguously whatever the transpose, and the panel (16 KiB) stays in L1 while
 *     every row block of A streams past it;
 *   - the micro-kernel keeps an MR x NR tile of C in registers (6 x 16 on AVX2: 12 accumulators,
 *     2 loads of B and 1 broadcast of A per step, 15 of the 16 ymm registers) and does one rank-1
 *     update per step of k: 12 independent FMAs per 3 loads hide the FMA latency (4-5 cycles)
 *     behind two pipes;
 *   - A is not packed: each step broadcasts MR scalars of op(A) straight from memory, which costs
 *     the same for either transpose.
 * Edges (m % MR, n % NR) use the same kernel: the panel is padded with zeros to NR columns, and
 * the row count of a tile is a compile-time constant in each of the MR instantiations. */
#include <stddef.h>

#include "isa.h"
#include "sk.h"

#define MR 6
#define NV 2 /* vectors per tile row */
#define NR (NV * W)
#define KC 256 /* k per panel: NR * KC floats = 16 KiB on AVX2, half of L1d */

/* A matrix read through strides: element (i, j) of op(X) is x[i * rs + j * cs]. */
struct view {
  const float *x;
  int64_t rs, cs;
};

INLINE struct view view_of(const float *x, int64_t ld, int32_t trans) {
  struct view v = {x, trans ? 1 : ld, trans ? ld : 1};
  return v;
}

/* panel[p * NR + j] = op(B)(p0 + p, j0 + j) for p < kc, j < nc; zeros in columns nc .. NR-1. */
static void pack_b(struct view b, int64_t p0, int64_t kc, int64_t j0, int64_t nc, float *panel) {
  for (int64_t p = 0; p < kc; p++) {
    const float *src = b.x + (p0 + p) * b.rs + j0 * b.cs;
    float *dst = panel + p * NR;
    int64_t j = 0;
    for (; j < nc; j++) dst[j] = src[j * b.cs];
    for (; j < NR; j++) dst[j] = 0.0f;
  }
}

/* Up to NR floats of one tile row: c = alpha * acc + beta * c, beta = 0 never reading c (so NaN
 * or garbage there does not leak in, as in BLAS). */
INLINE void store_part(float *c, vf acc, int64_t n, vf alpha, float beta) {
  if (n <= 0) return;
  vf r = vmul(alpha, acc);
  if (beta != 0.0f) {
    vf old = n >= W ? vld(c) : vld_tail(c, n, 0.0f);
    r = vfma(vset(beta), old, r);
  }
  if (n >= W)
    vst(c, r);
  else
    vst_tail(c, r, n);
}

/* The micro-kernel: rows i0 .. i0+mr-1 of C against one packed panel, mr a constant after
 * inlining so that the accumulators live in registers. */
INLINE void tile(int mr, struct view a, int64_t i0, int64_t p0, int64_t kc, const float *panel,
                 float *c, int64_t ldc, int64_t nc, float alpha, float beta) {
  vf acc[MR][NV];
  for (int i = 0; i < mr; i++)
    for (int v = 0; v < NV; v++) acc[i][v] = vset(0.0f);
  const float *ap = a.x + i0 * a.rs + p0 * a.cs;
  for (int64_t p = 0; p < kc; p++) {
    vf b0 = vld(panel + p * NR);
    vf b1 = vld(panel + p * NR + W);
    for (int i = 0; i < mr; i++) {
      vf ai = vset(ap[i * a.rs + p * a.cs]);
      acc[i][0] = vfma(ai, b0, acc[i][0]);
      acc[i][1] = vfma(ai, b1, acc[i][1]);
    }
  }
  vf va = vset(alpha);
  for (int i = 0; i < mr; i++) {
    float *ci = c + i * ldc;
    store_part(ci, acc[i][0], nc, va, beta);
    store_part(ci + W, acc[i][1], nc - W, va, beta);
  }
}

/* Every row block of C against one panel: full MR-row tiles, then one shorter tile. */
static void rows_against_panel(struct view a, int64_t m, int64_t p0, int64_t kc,
                               const float *panel, float *c, int64_t ldc, int64_t nc, float alpha,
                               float beta) {
  int64_t i = 0;
  for (; i + MR <= m; i += MR) tile(MR, a, i, p0, kc, panel, c + i * ldc, ldc, nc, alpha, beta);
  float *ci = c + i * ldc;
  switch (m - i) {
    case 5: tile(5, a, i, p0, kc, panel, ci, ldc, nc, alpha, beta); break;
    case 4: tile(4, a, i, p0, kc, panel, ci, ldc, nc, alpha, beta); break;
    case 3: tile(3, a, i, p0, kc, panel, ci, ldc, nc, alpha, beta); break;
    case 2: tile(2, a, i, p0, kc, panel, ci, ldc, nc, alpha, beta); break;
    case 1: tile(1, a, i, p0, kc, panel, ci, ldc, nc, alpha, beta); break;
    default: break;
  }
}

int32_t SK_FN(sk_gemm_f32)(int32_t trans_a, int32_t trans_b, int64_t m, int64_t n, int64_t k,
                           float alpha, const float *a, int64_t lda, const float *b, int64_t ldb,
                           float beta, float *c, int64_t ldc) {
  /* op(A) is m x k, stored k x m when transposed; likewise op(B) k x n. */
  if (m < 0 || n < 0 || k < 0 || !c || ldc < n || (k > 0 && (!a || !b)) ||
      (k > 0 && m > 0 && lda < (trans_a ? m : k)) || (k > 0 && n > 0 && ldb < (trans_b ? k : n)))
    return SK_EINVAL;
  if (m == 0 || n == 0) return 0;
  struct view va = view_of(a, lda, trans_a);
  struct view vb = view_of(b, ldb, trans_b);
  float panel[KC * NR] __attribute__((aligned(32)));
  for (int64_t j = 0; j < n; j += NR) {
    int64_t nc = n - j < NR ? n - j : NR;
    /* k = 0 still runs one empty block, so that C = beta * C. Later blocks add to C. */
    int64_t p = 0;
    do {
      int64_t kc = k - p < KC ? k - p : KC;
      pack_b(vb, p, kc, j, nc, panel);
      rows_against_panel(va, m, p, kc, panel, c + j, ldc, nc, alpha, p == 0 ? beta : 1.0f);
      p += kc;
    } while (p < k);
  }
  return 0;
}
