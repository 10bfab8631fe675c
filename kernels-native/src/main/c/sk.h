/* Noisebook softmax-family and matrix-product kernels ("sk"): the flat C ABI called from Java through FFM.
 *
 * Every kernel exists twice, compiled from the same source (kernels.c, gemm.c): with the suffix _avx2
 * (AVX2+FMA, 8 lanes) and _scalar (portable C, 1 lane). The caller picks one set at load time from
 * sk_cpu_has_avx2_fma(); tests call both on the same machine.
 *
 * Conventions: float32 data; sizes and strides are int64 counts of elements; rows are row-major
 * with a stride (ld >= cols); input and output may be the same buffer (in place) when their
 * strides are equal. inv_t is 1/temperature (> 0): kernels see x * inv_t.
 *
 * Rules for special values, the same in every kernel and in the Java fallback:
 *   - -inf is a masked entry: probability 0, never sampled or returned by top-k.
 *   - a row whose entries are all -inf: softmax 0, log-softmax -inf, logsumexp -inf,
 *     cross-entropy loss +inf with a zero gradient, top-k index -1 with probability 0, sample -1.
 *   - a row holding NaN or +inf: softmax, log-softmax, logsumexp and cross-entropy give NaN,
 *     top-k probabilities are NaN, sample gives -1.
 *
 * No allocation, threads, callbacks or errno: every function is a leaf, safe as a critical
 * downcall on heap arrays. Return values: 0 ok, SK_EINVAL for an argument that is out of range
 * (the Java side checks first and names the problem; this is a last line of defence). */
#ifndef NOISEBOOK_SK_H
#define NOISEBOOK_SK_H

#include <stdint.h>

#define SK_ABI_VERSION 3
#define SK_EINVAL (-1)

/* Softmax algorithm (low 4 bits of flags). AUTO picks RELOAD while a row fits in cache
 * (cols <= sk_reload_max_cols()) and ONLINE with streaming stores beyond. */
#define SK_ALGO_AUTO 0
#define SK_ALGO_RELOAD 1   /* max; y = exp(x - max) stored and summed; y *= 1/sum: 1 exp/element */
#define SK_ALGO_ONLINE 2   /* one pass of (max, sum) with rescaling, then y = exp(x - max)/sum */
#define SK_ALGO_TWO_PASS 3 /* Dukhan and Ablavatski: sum as (mantissa, exponent) pairs, no max */
#define SK_ALGO_MASK 0xF
/* Stores of the output pass (ONLINE and TWO_PASS): AUTO streams when cols >= sk_reload_max_cols(). */
#define SK_STORE_AUTO 0x00
#define SK_STORE_NORMAL 0x10
#define SK_STORE_NT 0x20
#define SK_STORE_MASK 0x30

#define SK_EXPORT __attribute__((visibility("default")))

SK_EXPORT int32_t sk_abi_version(void);
/* 1 when the CPU and the OS support AVX2 and FMA (YMM state enabled), else 0. */
SK_EXPORT int32_t sk_cpu_has_avx2_fma(void);
/* The row length up to which SK_ALGO_AUTO uses RELOAD (measured crossover, see README). */
SK_EXPORT int64_t sk_reload_max_cols(void);

/* The per-ISA entry points; SK_DECLARE(ret, name, params) declares name_avx2 and name_scalar. */
#define SK_DECLARE(ret, name, params) \
  SK_EXPORT ret name##_avx2 params;   \
  SK_EXPORT ret name##_scalar params;

/* y = softmax(x * inv_t) per row. */
SK_DECLARE(int32_t, sk_softmax_f32,
           (const float *x, int64_t ldx, float *y, int64_t ldy, int64_t rows, int64_t cols,
            float inv_t, uint32_t flags))
/* y = x*inv_t - logsumexp(x*inv_t) per row. */
SK_DECLARE(int32_t, sk_log_softmax_f32,
           (const float *x, int64_t ldx, float *y, int64_t ldy, int64_t rows, int64_t cols,
            float inv_t))
/* out[r] = log(sum_j exp(x[r][j] * inv_t)), one online pass over each row. */
SK_DECLARE(int32_t, sk_logsumexp_f32,
           (const float *x, int64_t ldx, int64_t rows, int64_t cols, float inv_t, float *out))
/* dx = y * (dy - <y, dy>) per row: the gradient through y = softmax(x). */
SK_DECLARE(int32_t, sk_softmax_backward_f32,
           (const float *y, int64_t ldy, const float *dy, int64_t lddy, float *dx, int64_t lddx,
            int64_t rows, int64_t cols))
/* Cross-entropy of softmax(logits * inv_t) against integer labels with label smoothing eps:
 * loss[r] = lse - (1 - eps) a[label] - eps/cols * sum_j a[j], a = logits * inv_t; a row whose label
 * is ignore_index gets loss 0 and a zero gradient. When grad is not null it receives
 * grad_scale * inv_t * (softmax(a) - target), target = (1 - eps) onehot + eps/cols. */
SK_DECLARE(int32_t, sk_cross_entropy_f32,
           (const float *logits, int64_t ld, int64_t rows, int64_t cols, const int32_t *labels,
            int32_t ignore_index, float label_smoothing, float inv_t, float *loss, float *grad,
            int64_t ldg, float grad_scale))
/* The k largest probabilities of softmax(x * inv_t) per row and their column indices, in
 * descending order (ties: lower index first), found in the same single read as the normaliser.
 * idx and prob hold rows * k entries; they double as the scratch space of the selection. */
SK_DECLARE(int32_t, sk_softmax_topk_f32,
           (const float *x, int64_t ldx, int64_t rows, int64_t cols, float inv_t, int32_t k,
            int32_t *idx, float *prob))
/* out[r] = a draw from softmax(x[r] * inv_t) by inverse CDF with the float64 uniform u[r] in
 * [0, 1): the first j whose cumulative sum (accumulated in float64) exceeds u * total. */
SK_DECLARE(int32_t, sk_sample_f32,
           (const float *x, int64_t ldx, int64_t rows, int64_t cols, float inv_t, const double *u,
            int32_t *out))
/* y = exp(x) elementwise, <= 3 ulp on [-87.3, 88.7], 0 below, +inf above, NaN through. */
SK_DECLARE(int32_t, sk_exp_f32, (const float *x, float *y, int64_t n))
/* The online normaliser of one chunk: ms[0] = max x, ms[1] = sum exp((x - ms[0]) * inv_t).
 * Java merges the pairs of the chunks of a long row for logsumexp. */
SK_DECLARE(int32_t, sk_online_partial_f32, (const float *x, int64_t n, float inv_t, float *ms))
/* Reload's first two passes over one chunk: ms[0] = max x, y = exp((x - ms[0]) * inv_t) stored
 * unnormalised, ms[1] = their sum (a masked chunk: -inf, y = 0 or NaN as for softmax, sum 0).
 * Java splits a long row into chunks, merges the pairs and finishes with sk_scale_f32 per chunk. */
SK_DECLARE(int32_t, sk_reload_partial_f32, (const float *x, float *y, int64_t n, float inv_t, float *ms))
/* y *= a, in place. */
SK_DECLARE(int32_t, sk_scale_f32, (float *y, int64_t n, float a))

/* C = alpha * op(A) * op(B) + beta * C, op(X) = X or its transpose (trans_x != 0), all row-major:
 * op(A) is m x k (A stored m x k with lda >= k, or k x m with lda >= m when transposed), op(B) is
 * k x n (B stored k x n, ldb >= n, or n x k, ldb >= k), C is m x n (ldc >= n). C must not overlap A
 * or B. beta = 0 does not read C; k = 0 gives C = beta * C. Register-blocked with FMA (gemm.c). */
SK_DECLARE(int32_t, sk_gemm_f32,
           (int32_t trans_a, int32_t trans_b, int64_t m, int64_t n, int64_t k, float alpha,
            const float *a, int64_t lda, const float *b, int64_t ldb, float beta, float *c,
            int64_t ldc))

#undef SK_DECLARE
#endif
