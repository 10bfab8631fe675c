/* The kernels, written once against the vector operations of simd_avx2.h / simd_scalar.h.
 * The Makefile compiles this file twice: with -DSK_ISA_AVX2 -mavx2 -mfma (suffix _avx2) and
 * without (suffix _scalar), so both paths run the same algorithms. */
#include <float.h>
#include <math.h>
#include <stddef.h>

#include "isa.h"
#include "sk.h"

/* ---- exp: degree-5 polynomial on [-ln2/2, ln2/2], magic-bias rounding, Cody-Waite reduction,
 * 2^n from the exponent bits; measured <= 2.02 ulp over [-87, 88] (../shared reference, sec. 5). */
static const float LOG2E = 0x1.715476p+0f;
static const float MAGIC_BIAS127 = 0x1.8000FEp23f; /* 1.5 * 2^23 + 127: rounds and biases n */
static const float MAGIC_BIAS126 = 0x1.8000FCp23f; /* + 126, for 2^(n-1) when n may be 128 */
static const float MAGIC_ROUND = 0x1.8p23f;        /* rounds to an integer, no bias */
static const float MINUS_LN2_HI = -0x1.62E400p-1f; /* 15 bits: n * ln2_hi is exact for |n| <= 512 */
static const float MINUS_LN2_LO = -0x1.7F7D1Cp-20f;
static const float C5 = 0x1.0F9F9Cp-7f, C4 = 0x1.573A1Ap-5f, C3 = 0x1.555A80p-3f,
                   C2 = 0x1.FFFDC6p-2f, C1 = 0x1.FFFFF6p-1f;
static const float DENORMAL_CUTOFF = -0x1.5D589Ep6f; /* ln(FLT_MIN): below it exp flushes to 0 */
static const float OVERFLOW_CUTOFF = 0x1.62E42Ep6f;  /* ln(FLT_MAX): above it exp is +inf */

/* x - n ln2 in two steps: exact for the n the kernels meet. */
INLINE vf reduce(vf x, vf n) {
  vf t = vfma(n, vset(MINUS_LN2_HI), x);
  return vfma(n, vset(MINUS_LN2_LO), t);
}
/* (exp(t) - 1) / t on the reduced range. */
INLINE vf poly(vf t) {
  vf p = vfma(vset(C5), t, vset(C4));
  p = vfma(p, t, vset(C3));
  p = vfma(p, t, vset(C2));
  return vfma(p, t, vset(C1));
}
/* exp(x) for x <= 0, the arguments of every softmax: 0 below ln(FLT_MIN), NaN through. */
INLINE vf exp_minus(vf x) {
  vf n = vfma(x, vset(LOG2E), vset(MAGIC_BIAS127));
  vf s = vshl23(n);
  n = vsub(n, vset(MAGIC_BIAS127));
  vf t = reduce(x, n);
  vf p = poly(t);
  t = vmul(t, s);
  vf f = vfma(t, p, s);
  return vsel(vlt(x, vset(DENORMAL_CUTOFF)), vset(0.0f), f);
}
/* exp(x) over the whole float range. Positive x build 2^(n-1) and double it, so n = 128 works. */
INLINE vf exp_full(vf x) {
  vf positive = vgt(x, vset(0.0f));
  vf magic = vsel(positive, vset(MAGIC_BIAS126), vset(MAGIC_BIAS127));
  vf n = vfma(x, vset(LOG2E), magic);
  vf s = vshl23(n);
  n = vsub(n, magic);
  vf t = reduce(x, n);
  vf p = poly(t);
  t = vmul(t, s);
  vf f = vfma(t, p, s);
  f = vsel(positive, vadd(f, f), f);
  f = vsel(vlt(x, vset(DENORMAL_CUTOFF)), vset(0.0f), f);
  return vsel(vgt(x, vset(OVERFLOW_CUTOFF)), vset(INFINITY), f);
}
/* 2^d for integral d <= 0, flushed to 0 below 2^-126. */
INLINE vf exp2_nonpositive(vf d) {
  return vshl23(vadd(vmax(d, vset(-127.0f)), vset(MAGIC_BIAS127)));
}

/* ---- one pass over a row that writes y = f(x): a shared loop for every output pass. */
enum map_op {
  MAP_EXP_AFFINE,  /* exp((x - m) * it) * a + b */
  MAP_SCALE,       /* x * a */
  MAP_SHIFT_SCALE, /* (x - m) * it - b */
  MAP_EXP,         /* exp(x) */
  MAP_EXTEXP,      /* exp-mantissa(x * it) * 2^(n - m) * a: the output pass of TWO_PASS */
};
struct map_args {
  float m, it, a, b;
};
/* Below this, x * inv_t is clamped in TWO_PASS so the magic rounding stays exact (see sk.h). */
static const float EXTEXP_FLOOR = -0x1p20f;

INLINE vf map_apply(enum map_op op, vf x, const struct map_args *g) {
  switch (op) {
    case MAP_EXP_AFFINE:
      return vfma(exp_minus(vmul(vsub(x, vset(g->m)), vset(g->it))), vset(g->a), vset(g->b));
    case MAP_SCALE:
      return vmul(x, vset(g->a));
    case MAP_SHIFT_SCALE:
      return vsub(vmul(vsub(x, vset(g->m)), vset(g->it)), vset(g->b));
    case MAP_EXP:
      return exp_full(x);
    case MAP_EXTEXP: {
      vf a = vmax(vset(EXTEXP_FLOOR), vmul(x, vset(g->it)));
      vf n = vsub(vfma(a, vset(LOG2E), vset(MAGIC_ROUND)), vset(MAGIC_ROUND));
      vf t = reduce(a, n);
      vf mantissa = vfma(poly(t), t, vset(1.0f));
      return vmul(vmul(mantissa, exp2_nonpositive(vsub(n, vset(g->m)))), vset(g->a));
    }
  }
  return x;
}

INLINE void map_row(enum map_op op, const float *x, float *y, int64_t n, const struct map_args *g,
                    int nt) {
  int64_t i = 0;
  int64_t head = nt ? nt_head(y) : -1;
  if (SK_HAS_NT && head >= 0 && head < n) {
    if (head > 0) vst_tail(y, map_apply(op, vld_tail(x, head, 0.0f), g), head);
    for (i = head; i + W <= n; i += W) vst_nt(y + i, map_apply(op, vld(x + i), g));
    nt_fence();
  } else {
    for (; i + 4 * W <= n; i += 4 * W) {
      vf r0 = map_apply(op, vld(x + i), g), r1 = map_apply(op, vld(x + i + W), g);
      vf r2 = map_apply(op, vld(x + i + 2 * W), g), r3 = map_apply(op, vld(x + i + 3 * W), g);
      vst(y + i, r0);
      vst(y + i + W, r1);
      vst(y + i + 2 * W, r2);
      vst(y + i + 3 * W, r3);
    }
    for (; i + W <= n; i += W) vst(y + i, map_apply(op, vld(x + i), g));
  }
  if (i < n) vst_tail(y + i, map_apply(op, vld_tail(x + i, n - i, 0.0f), g), n - i);
}

static void fill_row(float *y, int64_t n, float v) {
  for (int64_t i = 0; i < n; i++) y[i] = v;
}

/* A row whose max pass found nothing above -inf: all masked, unless a NaN hid from the max
 * (maxps drops NaN). Rare, so the common path pays nothing for the check. */
static void fill_masked_row(const float *x, float *y, int64_t n, float masked) {
  for (int64_t i = 0; i < n; i++)
    if (x[i] != x[i]) {
      fill_row(y, n, NAN);
      return;
    }
  fill_row(y, n, masked);
}

/* ---- reductions
 * Sums run in short float chains (a few vectors per lane) that are flushed into float64 every
 * FLUSH_EVERY blocks: one-lane builds would otherwise add 10^5+ floats in sequence per row and
 * lose 1e-5 of the sum; flushing costs ~2% on AVX2. */
#define FLUSH_EVERY 32
struct lanes {
  double v[W];
};
INLINE void lanes_add(struct lanes *acc, vf s) {
  float t[W];
  vst(t, s);
  for (int l = 0; l < W; l++) acc->v[l] += t[l];
}
INLINE void lanes_scale(struct lanes *acc, vf r) {
  float t[W];
  vst(t, r);
  for (int l = 0; l < W; l++) acc->v[l] *= t[l];
}
INLINE double lanes_sum(const struct lanes *acc) {
  double s = 0.0;
  for (int l = 0; l < W; l++) s += acc->v[l];
  return s;
}

static float row_max(const float *x, int64_t n) {
  vf m0 = vset(-INFINITY), m1 = m0, m2 = m0, m3 = m0;
  int64_t i = 0;
  for (; i + 4 * W <= n; i += 4 * W) {
    m0 = vmax(vld(x + i), m0);
    m1 = vmax(vld(x + i + W), m1);
    m2 = vmax(vld(x + i + 2 * W), m2);
    m3 = vmax(vld(x + i + 3 * W), m3);
  }
  for (; i + W <= n; i += W) m0 = vmax(vld(x + i), m0);
  if (i < n) m0 = vmax(vld_tail(x + i, n - i, -INFINITY), m0);
  return vhmax(vmax(vmax(m0, m1), vmax(m2, m3)));
}

/* The running state of the online normaliser ("Online normalizer calculation for softmax"):
 * per lane a max and a sum of exp((x - max) * it), rescaled only when a block of 4 vectors raises
 * some lane's max. Optionally also sums x (label smoothing) and keeps the k largest values. */
struct online {
  float m;
  double s, sum_x;
};
struct topk {
  int32_t k;
  int32_t *idx;
  float *val; /* descending; -inf / -1 while empty */
};

static void topk_insert(struct topk *t, float v, int32_t at) {
  int32_t j = t->k - 1;
  while (j > 0 && t->val[j - 1] < v) {
    t->val[j] = t->val[j - 1];
    t->idx[j] = t->idx[j - 1];
    j--;
  }
  t->val[j] = v;
  t->idx[j] = at;
}
INLINE void topk_offer(struct topk *t, vf v, int64_t at, int64_t valid) {
  int bits = vmask(vgt(v, vset(t->val[t->k - 1])));
  for (int l = 0; bits && l < valid; l++, bits >>= 1) {
    float x = vlane(v, l);
    if ((bits & 1) && x > t->val[t->k - 1]) topk_insert(t, x, (int32_t)(at + l));
  }
}

/* Some lane's max rose: rescale that lane's sums to the new max, which is returned. */
INLINE vf raise_max(vf m, vf seen, vf it, vf *s0, vf *s1, struct lanes *total) {
  vf grown = vmax(seen, m);
  vf r = exp_minus(vmul(vsub(m, grown), it));
  *s0 = vmul(*s0, r);
  *s1 = vmul(*s1, r);
  lanes_scale(total, r);
  return grown;
}

INLINE struct online online_row(const float *x, int64_t n, float inv_t, int want_sum,
                                struct topk *top) {
  const vf it = vset(inv_t);
  vf m = vset(-FLT_MAX), s0 = vset(0.0f), s1 = s0, sx = s0;
  struct lanes total = {{0}}, total_x = {{0}};
  int blocks = 0;
  int64_t i = 0;
  for (; i + 4 * W <= n; i += 4 * W) {
    vf a0 = vld(x + i), a1 = vld(x + i + W), a2 = vld(x + i + 2 * W), a3 = vld(x + i + 3 * W);
    vf block_max = vmax(vmax(a0, a1), vmax(a2, a3));
    if (vmask(vgt(block_max, m))) m = raise_max(m, block_max, it, &s0, &s1, &total);
    if (top && vmask(vgt(block_max, vset(top->val[top->k - 1])))) {
      topk_offer(top, a0, i, W);
      topk_offer(top, a1, i + W, W);
      topk_offer(top, a2, i + 2 * W, W);
      topk_offer(top, a3, i + 3 * W, W);
    }
    s0 = vadd(s0, vadd(exp_minus(vmul(vsub(a0, m), it)), exp_minus(vmul(vsub(a1, m), it))));
    s1 = vadd(s1, vadd(exp_minus(vmul(vsub(a2, m), it)), exp_minus(vmul(vsub(a3, m), it))));
    if (want_sum) sx = vadd(sx, vadd(vadd(a0, a1), vadd(a2, a3)));
    if (++blocks == FLUSH_EVERY) {
      lanes_add(&total, vadd(s0, s1));
      s0 = s1 = vset(0.0f);
      if (want_sum) {
        lanes_add(&total_x, sx);
        sx = vset(0.0f);
      }
      blocks = 0;
    }
  }
  for (; i < n; i += W) {
    int64_t valid = n - i < W ? n - i : W;
    vf a = valid < W ? vld_tail(x + i, valid, -INFINITY) : vld(x + i);
    if (vmask(vgt(a, m))) m = raise_max(m, a, it, &s0, &s1, &total);
    if (top) topk_offer(top, a, i, valid);
    s0 = vadd(s0, exp_minus(vmul(vsub(a, m), it)));
    if (want_sum) sx = vadd(sx, valid < W ? vld_tail(x + i, valid, 0.0f) : a);
  }
  lanes_add(&total, vadd(s0, s1));
  struct online o;
  o.m = vhmax(m);
  /* Merge the lanes: each lane's sum is relative to its own max. */
  lanes_scale(&total, exp_minus(vmul(vsub(m, vset(o.m)), it)));
  o.s = lanes_sum(&total);
  if (want_sum) lanes_add(&total_x, sx);
  o.sum_x = want_sum ? lanes_sum(&total_x) : 0.0;
  return o;
}

static double dot_row(const float *a, const float *b, int64_t n) {
  vf d0 = vset(0.0f), d1 = d0, d2 = d0, d3 = d0;
  double total = 0.0;
  int blocks = 0;
  int64_t i = 0;
  for (; i + 4 * W <= n; i += 4 * W) {
    d0 = vfma(vld(a + i), vld(b + i), d0);
    d1 = vfma(vld(a + i + W), vld(b + i + W), d1);
    d2 = vfma(vld(a + i + 2 * W), vld(b + i + 2 * W), d2);
    d3 = vfma(vld(a + i + 3 * W), vld(b + i + 3 * W), d3);
    if (++blocks == FLUSH_EVERY) {
      total += vhsum_f64(vadd(vadd(d0, d1), vadd(d2, d3)));
      d0 = d1 = d2 = d3 = vset(0.0f);
      blocks = 0;
    }
  }
  for (; i + W <= n; i += W) d0 = vfma(vld(a + i), vld(b + i), d0);
  if (i < n) d0 = vfma(vld_tail(a + i, n - i, 0.0f), vld_tail(b + i, n - i, 0.0f), d0);
  return total + vhsum_f64(vadd(vadd(d0, d1), vadd(d2, d3)));
}

/* ---- softmax, one row per algorithm */

/* Passes 1 and 2 of reload: the max, then y = exp((x - max) * it) stored and summed. Returns the
 * max and the float64 sum; a row with nothing above -inf returns sum 0 and leaves y alone. */
static struct online reload_partial(const float *x, float *y, int64_t n, float inv_t) {
  struct online o = {row_max(x, n), 0.0, 0.0};
  if (o.m == -INFINITY) return o;
  const vf vm = vset(o.m), it = vset(inv_t);
  vf s0 = vset(0.0f), s1 = s0, s2 = s0, s3 = s0;
  int blocks = 0;
  int64_t i = 0;
  for (; i + 4 * W <= n; i += 4 * W) {
    vf e0 = exp_minus(vmul(vsub(vld(x + i), vm), it));
    vf e1 = exp_minus(vmul(vsub(vld(x + i + W), vm), it));
    vf e2 = exp_minus(vmul(vsub(vld(x + i + 2 * W), vm), it));
    vf e3 = exp_minus(vmul(vsub(vld(x + i + 3 * W), vm), it));
    vst(y + i, e0);
    vst(y + i + W, e1);
    vst(y + i + 2 * W, e2);
    vst(y + i + 3 * W, e3);
    s0 = vadd(s0, e0);
    s1 = vadd(s1, e1);
    s2 = vadd(s2, e2);
    s3 = vadd(s3, e3);
    if (++blocks == FLUSH_EVERY) {
      o.s += vhsum_f64(vadd(vadd(s0, s1), vadd(s2, s3)));
      s0 = s1 = s2 = s3 = vset(0.0f);
      blocks = 0;
    }
  }
  for (; i < n; i += W) {
    int64_t valid = n - i < W ? n - i : W;
    vf e = exp_minus(vmul(vsub(valid < W ? vld_tail(x + i, valid, -INFINITY) : vld(x + i), vm), it));
    vst_tail(y + i, e, valid);
    s0 = vadd(s0, e);
  }
  o.s += vhsum_f64(vadd(vadd(s0, s1), vadd(s2, s3)));
  return o;
}

static void scale_row(float *y, int64_t n, float a) {
  struct map_args g = {0, 0, a, 0};
  map_row(MAP_SCALE, y, y, n, &g, 0);
}

static void softmax_reload(const float *x, float *y, int64_t n, float inv_t) {
  struct online o = reload_partial(x, y, n, inv_t);
  if (o.m == -INFINITY) {
    fill_masked_row(x, y, n, 0.0f);
    return;
  }
  scale_row(y, n, (float)(1.0 / o.s));
}

static void softmax_online(const float *x, float *y, int64_t n, float inv_t, int nt) {
  struct online o = online_row(x, n, inv_t, 0, NULL);
  if (o.s == 0.0f) {
    fill_row(y, n, 0.0f);
    return;
  }
  struct map_args g = {o.m, inv_t, (float)(1.0 / o.s), 0};
  map_row(MAP_EXP_AFFINE, x, y, n, &g, nt);
}

/* "The Two-Pass Softmax Algorithm": pass 1 sums exp(x) as per-lane (mantissa, exponent) pairs,
 * so neither a max pass nor x - max is needed; pass 2 recomputes and scales by 2^(n - E) / V. */
static void softmax_two_pass(const float *x, float *y, int64_t n, float inv_t, int nt) {
  const vf it = vset(inv_t);
  vf acc_m = vset(0.0f), acc_e = vset(-FLT_MAX);
  struct lanes total = {{0}}; /* flushed mantissas, relative to acc_e like acc_m */
  int steps = 0;
  for (int64_t i = 0; i < n; i += W) {
    int64_t valid = n - i < W ? n - i : W;
    vf a = vmax(vset(EXTEXP_FLOOR),
                vmul(valid < W ? vld_tail(x + i, valid, -INFINITY) : vld(x + i), it));
    vf e = vsub(vfma(a, vset(LOG2E), vset(MAGIC_ROUND)), vset(MAGIC_ROUND));
    vf t = reduce(a, e);
    /* Lanes past the row hold the floor: 2^(floor - E) wipes them out unless the whole row is
     * at the floor, which is the masked case below. */
    vf mantissa = vfma(poly(t), t, vset(1.0f));
    vf grown = vmax(acc_e, e);
    if (vmask(vgt(grown, acc_e))) { /* a lane's exponent rose: rescale what it holds */
      vf r = exp2_nonpositive(vsub(acc_e, grown));
      acc_m = vmul(acc_m, r);
      lanes_scale(&total, r);
      acc_e = grown;
    }
    acc_m = vfma(mantissa, exp2_nonpositive(vsub(e, acc_e)), acc_m);
    if (++steps == 4 * FLUSH_EVERY) {
      lanes_add(&total, acc_m);
      acc_m = vset(0.0f);
      steps = 0;
    }
  }
  lanes_add(&total, acc_m);
  float big_e = vhmax(acc_e);
  if (big_e < -1.0e6f) { /* every entry at the floor: masked */
    fill_masked_row(x, y, n, 0.0f);
    return;
  }
  lanes_scale(&total, exp2_nonpositive(vsub(acc_e, vset(big_e))));
  struct map_args g = {big_e, inv_t, (float)(1.0 / lanes_sum(&total)), 0};
  map_row(MAP_EXTEXP, x, y, n, &g, nt);
}

int32_t SK_FN(sk_softmax_f32)(const float *x, int64_t ldx, float *y, int64_t ldy, int64_t rows,
                              int64_t cols, float inv_t, uint32_t flags) {
  if (!x || !y || rows < 0 || cols < 1 || ldx < cols || ldy < cols || !(inv_t > 0.0f))
    return SK_EINVAL;
  uint32_t algo = flags & SK_ALGO_MASK, store = flags & SK_STORE_MASK;
  int64_t big = sk_reload_max_cols();
  if (algo == SK_ALGO_AUTO) algo = cols <= big ? SK_ALGO_RELOAD : SK_ALGO_ONLINE;
  int nt = store == SK_STORE_NT || (store == SK_STORE_AUTO && cols > big);
  for (int64_t r = 0; r < rows; r++) {
    const float *xr = x + r * ldx;
    float *yr = y + r * ldy;
    switch (algo) {
      case SK_ALGO_RELOAD: softmax_reload(xr, yr, cols, inv_t); break;
      case SK_ALGO_ONLINE: softmax_online(xr, yr, cols, inv_t, nt); break;
      case SK_ALGO_TWO_PASS: softmax_two_pass(xr, yr, cols, inv_t, nt); break;
      default: return SK_EINVAL;
    }
  }
  return 0;
}

int32_t SK_FN(sk_log_softmax_f32)(const float *x, int64_t ldx, float *y, int64_t ldy, int64_t rows,
                                  int64_t cols, float inv_t) {
  if (!x || !y || rows < 0 || cols < 1 || ldx < cols || ldy < cols || !(inv_t > 0.0f))
    return SK_EINVAL;
  for (int64_t r = 0; r < rows; r++) {
    struct online o = online_row(x + r * ldx, cols, inv_t, 0, NULL);
    if (o.s == 0.0f) {
      fill_row(y + r * ldy, cols, -INFINITY);
      continue;
    }
    struct map_args g = {o.m, inv_t, 0, (float)log(o.s)};
    map_row(MAP_SHIFT_SCALE, x + r * ldx, y + r * ldy, cols, &g, 0);
  }
  return 0;
}

INLINE float logsumexp_of(struct online o, float inv_t) {
  return o.s == 0.0 ? -INFINITY : (float)((double)o.m * inv_t + log(o.s));
}

int32_t SK_FN(sk_logsumexp_f32)(const float *x, int64_t ldx, int64_t rows, int64_t cols,
                                float inv_t, float *out) {
  if (!x || !out || rows < 0 || cols < 1 || ldx < cols || !(inv_t > 0.0f)) return SK_EINVAL;
  for (int64_t r = 0; r < rows; r++)
    out[r] = logsumexp_of(online_row(x + r * ldx, cols, inv_t, 0, NULL), inv_t);
  return 0;
}

int32_t SK_FN(sk_softmax_backward_f32)(const float *y, int64_t ldy, const float *dy, int64_t lddy,
                                       float *dx, int64_t lddx, int64_t rows, int64_t cols) {
  if (!y || !dy || !dx || rows < 0 || cols < 1 || ldy < cols || lddy < cols || lddx < cols)
    return SK_EINVAL;
  for (int64_t r = 0; r < rows; r++) {
    const float *yr = y + r * ldy, *dyr = dy + r * lddy;
    float *dxr = dx + r * lddx;
    const vf dot = vset((float)dot_row(yr, dyr, cols));
    int64_t i = 0;
    for (; i + W <= cols; i += W) vst(dxr + i, vmul(vld(yr + i), vsub(vld(dyr + i), dot)));
    if (i < cols) {
      vf yt = vld_tail(yr + i, cols - i, 0.0f), dyt = vld_tail(dyr + i, cols - i, 0.0f);
      vst_tail(dxr + i, vmul(yt, vsub(dyt, dot)), cols - i);
    }
  }
  return 0;
}

int32_t SK_FN(sk_cross_entropy_f32)(const float *logits, int64_t ld, int64_t rows, int64_t cols,
                                    const int32_t *labels, int32_t ignore_index,
                                    float label_smoothing, float inv_t, float *loss, float *grad,
                                    int64_t ldg, float grad_scale) {
  if (!logits || !labels || !loss || rows < 0 || cols < 1 || ld < cols || !(inv_t > 0.0f) ||
      !(label_smoothing >= 0.0f && label_smoothing <= 1.0f) || (grad && ldg < cols))
    return SK_EINVAL;
  const float eps = label_smoothing;
  for (int64_t r = 0; r < rows; r++) {
    const float *xr = logits + r * ld;
    float *gr = grad ? grad + r * ldg : NULL;
    int32_t label = labels[r];
    if (label == ignore_index) {
      loss[r] = 0.0f;
      if (gr) fill_row(gr, cols, 0.0f);
      continue;
    }
    if (label < 0 || label >= cols) return SK_EINVAL;
    struct online o = eps > 0.0f ? online_row(xr, cols, inv_t, 1, NULL)
                                 : online_row(xr, cols, inv_t, 0, NULL);
    if (o.s == 0.0f) {
      loss[r] = INFINITY;
      if (gr) fill_row(gr, cols, 0.0f);
      continue;
    }
    float picked = xr[label] * inv_t;
    float l = logsumexp_of(o, inv_t) - (1.0f - eps) * picked;
    if (eps > 0.0f) l -= (float)(eps / (double)cols * o.sum_x * inv_t);
    loss[r] = l;
    if (gr) {
      float g = grad_scale * inv_t;
      struct map_args a = {o.m, inv_t, (float)(g / o.s), -g * eps / (float)cols};
      map_row(MAP_EXP_AFFINE, xr, gr, cols, &a, 0);
      gr[label] -= g * (1.0f - eps);
    }
  }
  return 0;
}

int32_t SK_FN(sk_softmax_topk_f32)(const float *x, int64_t ldx, int64_t rows, int64_t cols,
                                   float inv_t, int32_t k, int32_t *idx, float *prob) {
  if (!x || !idx || !prob || rows < 0 || cols < 1 || ldx < cols || k < 1 || k > cols ||
      !(inv_t > 0.0f))
    return SK_EINVAL;
  for (int64_t r = 0; r < rows; r++) {
    struct topk top = {k, idx + r * k, prob + r * k};
    for (int32_t j = 0; j < k; j++) {
      top.val[j] = -INFINITY;
      top.idx[j] = -1;
    }
    struct online o = online_row(x + r * ldx, cols, inv_t, 0, &top);
    if (o.s == 0.0f) {
      fill_row(top.val, k, 0.0f);
      continue;
    }
    struct map_args g = {o.m, inv_t, (float)(1.0 / o.s), 0};
    map_row(MAP_EXP_AFFINE, top.val, top.val, k, &g, 0);
  }
  return 0;
}

/* Inverse CDF in float64: exp values are float (relative error ~1e-7 each), their running sum is
 * double, so a token 30 nats below the top still gets its 1e-13 share of the unit interval. */
static int32_t sample_row(const float *x, int64_t n, float inv_t, double u) {
  float m = row_max(x, n);
  if (!(m > -INFINITY)) return -1;
  const vf vm = vset(m), it = vset(inv_t);
  double total = 0.0;
  for (int64_t i = 0; i < n; i += W) {
    int64_t valid = n - i < W ? n - i : W;
    vf a = valid < W ? vld_tail(x + i, valid, -INFINITY) : vld(x + i);
    total += vhsum_f64(exp_minus(vmul(vsub(a, vm), it)));
  }
  if (!(total > 0.0) || total == INFINITY) return -1;
  const double target = u * total;
  double cum = 0.0;
  int64_t last = -1;
  for (int64_t i = 0; i < n; i += W) {
    int64_t valid = n - i < W ? n - i : W;
    vf e = exp_minus(vmul(vsub(valid < W ? vld_tail(x + i, valid, -INFINITY) : vld(x + i), vm), it));
    double block = vhsum_f64(e);
    if (block > 0.0) last = i;
    if (cum + block <= target) {
      cum += block;
      continue;
    }
    for (int l = 0; l < valid; l++) {
      cum += (double)vlane(e, l);
      if (cum > target) return (int32_t)(i + l);
    }
  }
  /* Rounding between the block sums and the lane-by-lane scan left target unreached: the draw
   * belongs to the last entry with positive probability. */
  for (int64_t j = n - 1; last >= 0 && j >= last; j--)
    if ((x[j] - m) * inv_t >= DENORMAL_CUTOFF) return (int32_t)j;
  return -1;
}

int32_t SK_FN(sk_sample_f32)(const float *x, int64_t ldx, int64_t rows, int64_t cols, float inv_t,
                             const double *u, int32_t *out) {
  if (!x || !u || !out || rows < 0 || cols < 1 || ldx < cols || !(inv_t > 0.0f)) return SK_EINVAL;
  for (int64_t r = 0; r < rows; r++) {
    if (!(u[r] >= 0.0 && u[r] < 1.0)) return SK_EINVAL;
    out[r] = sample_row(x + r * ldx, cols, inv_t, u[r]);
  }
  return 0;
}

int32_t SK_FN(sk_exp_f32)(const float *x, float *y, int64_t n) {
  if (!x || !y || n < 0) return SK_EINVAL;
  struct map_args g = {0, 0, 0, 0};
  map_row(MAP_EXP, x, y, n, &g, 0);
  return 0;
}

int32_t SK_FN(sk_online_partial_f32)(const float *x, int64_t n, float inv_t, float *ms) {
  if (!x || !ms || n < 1 || !(inv_t > 0.0f)) return SK_EINVAL;
  struct online o = online_row(x, n, inv_t, 0, NULL);
  ms[0] = o.m;
  ms[1] = (float)o.s;
  return 0;
}

int32_t SK_FN(sk_reload_partial_f32)(const float *x, float *y, int64_t n, float inv_t,
                                     float *ms) {
  if (!x || !y || !ms || n < 1 || !(inv_t > 0.0f)) return SK_EINVAL;
  struct online o = reload_partial(x, y, n, inv_t);
  if (o.m == -INFINITY) {
    fill_masked_row(x, y, n, 0.0f);
    if (y[0] != y[0]) o.m = NAN, o.s = NAN; /* a hidden NaN must poison the merged row */
  }
  ms[0] = o.m;
  ms[1] = (float)o.s;
  return 0;
}

int32_t SK_FN(sk_scale_f32)(float *y, int64_t n, float a) {
  if (!y || n < 0) return SK_EINVAL;
  scale_row(y, n, a);
  return 0;
}
