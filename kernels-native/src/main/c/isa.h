/* The instruction set a kernel file is compiled for: the Makefile builds each kernel file twice,
 * with -DSK_ISA_AVX2 -mavx2 -mfma (exported names get the suffix _avx2) and without (suffix
 * _scalar), so both paths run the same algorithm text. */
#ifndef NOISEBOOK_ISA_H
#define NOISEBOOK_ISA_H

#if defined(SK_ISA_AVX2)
#include "simd_avx2.h"
#define SK_FN(name) name##_avx2
#else
#include "simd_scalar.h"
#define SK_FN(name) name##_scalar
#endif

#define INLINE static inline __attribute__((always_inline))

#endif
