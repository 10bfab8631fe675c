/* The portable build: the same operations as simd_avx2.h on one lane in plain C, so that
 * kernels.c compiles to the same algorithms for any x86-64 (or other) CPU. */
#ifndef NOISEBOOK_SIMD_SCALAR_H
#define NOISEBOOK_SIMD_SCALAR_H

#include <stdint.h>
#include <string.h>

#define W 1
typedef float vf;

static inline vf vset(float a) { return a; }
static inline vf vld(const float *p) { return *p; }
static inline void vst(float *p, vf v) { *p = v; }
static inline vf vadd(vf a, vf b) { return a + b; }
static inline vf vsub(vf a, vf b) { return a - b; }
static inline vf vmul(vf a, vf b) { return a * b; }
/* Two roundings without hardware FMA; the exp reduction is exact either way (Cody-Waite). */
static inline vf vfma(vf a, vf b, vf c) { return a * b + c; }
static inline vf vmax(vf a, vf b) { return a > b ? a : b; }
/* Comparisons are all-ones / zero floats as on AVX2; vsel tests the sign of that pattern. */
static inline vf bits_to_f(uint32_t u) {
  vf f;
  memcpy(&f, &u, 4);
  return f;
}
static inline uint32_t f_to_bits(vf f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  return u;
}
static inline vf vlt(vf a, vf b) { return bits_to_f(a < b ? 0xFFFFFFFFu : 0u); }
static inline vf vgt(vf a, vf b) { return bits_to_f(a > b ? 0xFFFFFFFFu : 0u); }
static inline vf vsel(vf c, vf a, vf b) { return f_to_bits(c) ? a : b; }
static inline int vmask(vf c) { return f_to_bits(c) ? 1 : 0; }
static inline vf vshl23(vf a) { return bits_to_f(f_to_bits(a) << 23); }

static inline float vhsum(vf v) { return v; }
static inline float vhmax(vf v) { return v; }
static inline float vlane(vf v, int i) {
  (void)i;
  return v;
}
static inline double vhsum_f64(vf v) { return (double)v; }

/* With one lane there is never a partial vector. */
static inline vf vld_tail(const float *p, int64_t n, float fill) { return n > 0 ? *p : fill; }
static inline void vst_tail(float *p, vf v, int64_t n) {
  if (n > 0) *p = v;
}

#define SK_HAS_NT 0
static inline void vst_nt(float *p, vf v) { *p = v; }
static inline void nt_fence(void) {}
static inline int64_t nt_head(const float *p) {
  (void)p;
  return -1;
}

#endif
