/* What the loader asks before it binds a set of kernels: the ABI version, whether this CPU (and
 * its OS) can run the AVX2+FMA build, and the measured softmax crossover. Built without ISA flags. */
#include "sk.h"

int32_t sk_abi_version(void) { return SK_ABI_VERSION; }

int32_t sk_cpu_has_avx2_fma(void) {
#if defined(__x86_64__) || defined(__i386__)
  /* libgcc's check also requires the OS to save YMM state (XCR0). */
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
  return 0;
#endif
}

/* SK_ALGO_AUTO runs reload (one exp per element) on rows up to this many floats and the online
 * algorithm with streaming stores beyond. The reference Zen 3 crosses over at ~2M floats; this
 * project's machines (Zen 1, AVX2 split into 128-bit halves, so exp-bound even from DRAM) showed
 * no crossover up to 16M (reload still 1.11x faster there; SoftmaxAlgorithmsBenchmark, see the
 * README). Beyond 16M nothing was measured, so the switch sits just past it. */
int64_t sk_reload_max_cols(void) { return 32 * 1024 * 1024; }
