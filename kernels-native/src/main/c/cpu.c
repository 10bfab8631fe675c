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

/* Rows up to this many floats (x and y together 4 MiB, half this machine's 8 MiB L3) stay in
 * cache between passes, where 3-pass reload's single exp per element wins; beyond, the online
 * 2-pass with streaming stores moves less memory. Measured with SoftmaxAlgorithmsBenchmark. */
int64_t sk_reload_max_cols(void) { return 512 * 1024; }
