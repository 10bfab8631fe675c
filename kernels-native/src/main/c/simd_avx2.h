/* 8-lane float vectors on AVX2+FMA. kernels.c is written against these operations only, so the
 * same algorithm text compiles to this header and to simd_scalar.h (1 lane). */
#ifndef NOISEBOOK_SIMD_AVX2_H
#define NOISEBOOK_SIMD_AVX2_H

#include <immintrin.h>
#include <stdint.h>

#define W 8
typedef __m256 vf;

static inline vf vset(float a) { return _mm256_set1_ps(a); }
static inline vf vld(const float *p) { return _mm256_loadu_ps(p); }
static inline void vst(float *p, vf v) { _mm256_storeu_ps(p, v); }
static inline vf vadd(vf a, vf b) { return _mm256_add_ps(a, b); }
static inline vf vsub(vf a, vf b) { return _mm256_sub_ps(a, b); }
static inline vf vmul(vf a, vf b) { return _mm256_mul_ps(a, b); }
/* a * b + c, one rounding. */
static inline vf vfma(vf a, vf b, vf c) { return _mm256_fmadd_ps(a, b, c); }
/* a > b ? a : b. Like maxps, returns b when either is NaN; kernels rely on that to let NaN through. */
static inline vf vmax(vf a, vf b) { return _mm256_max_ps(a, b); }
/* c ? a : b per lane, c from a comparison. */
static inline vf vsel(vf c, vf a, vf b) { return _mm256_blendv_ps(b, a, c); }
static inline vf vlt(vf a, vf b) { return _mm256_cmp_ps(a, b, _CMP_LT_OQ); }
static inline vf vgt(vf a, vf b) { return _mm256_cmp_ps(a, b, _CMP_GT_OQ); }
/* One bit per lane that compares true. */
static inline int vmask(vf c) { return _mm256_movemask_ps(c); }
/* Bits of a as an integer, shifted left by 23: turns a magic-biased integer into 2^n. */
static inline vf vshl23(vf a) {
  return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(a), 23));
}

static inline float vhsum(vf v) {
  __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  s = _mm_add_ps(s, _mm_movehl_ps(s, s));
  s = _mm_add_ss(s, _mm_movehdup_ps(s));
  return _mm_cvtss_f32(s);
}
static inline float vhmax(vf v) {
  __m128 s = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  s = _mm_max_ps(s, _mm_movehl_ps(s, s));
  s = _mm_max_ss(s, _mm_movehdup_ps(s));
  return _mm_cvtss_f32(s);
}
/* Lane i of v, for the rare scalar follow-up (top-k insertion). */
static inline float vlane(vf v, int i) {
  float t[W];
  _mm256_storeu_ps(t, v);
  return t[i];
}
/* Sum of the lanes in float64, for sampling. */
static inline double vhsum_f64(vf v) {
  __m256d d = _mm256_add_pd(_mm256_cvtps_pd(_mm256_castps256_ps128(v)),
                            _mm256_cvtps_pd(_mm256_extractf128_ps(v, 1)));
  __m128d s = _mm_add_pd(_mm256_castpd256_pd128(d), _mm256_extractf128_pd(d, 1));
  return _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)));
}

static inline __m256i tail_mask(int64_t n) {
  const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
  return _mm256_cmpgt_epi32(_mm256_set1_epi32((int)n), lanes);
}
/* The first n < W lanes from p, the others set to fill; reads no byte past p + n. */
static inline vf vld_tail(const float *p, int64_t n, float fill) {
  __m256i m = tail_mask(n);
  return _mm256_blendv_ps(vset(fill), _mm256_maskload_ps(p, m), _mm256_castsi256_ps(m));
}
static inline void vst_tail(float *p, vf v, int64_t n) { _mm256_maskstore_ps(p, tail_mask(n), v); }

/* Streaming stores bypass the cache; p must be 32-byte aligned. */
#define SK_HAS_NT 1
static inline void vst_nt(float *p, vf v) { _mm256_stream_ps(p, v); }
static inline void nt_fence(void) { _mm_sfence(); }
/* Elements before p reaches 32-byte alignment, or -1 when p is not even 4-byte aligned. */
static inline int64_t nt_head(const float *p) {
  uintptr_t a = (uintptr_t)p;
  if (a & 3) return -1;
  return (int64_t)(((32 - (a & 31)) & 31) >> 2);
}

#endif
