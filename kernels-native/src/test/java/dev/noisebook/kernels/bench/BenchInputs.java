package dev.noisebook.kernels.bench;

import dev.noisebook.kernels.KernelPath;
import dev.noisebook.kernels.Kernels;
import java.util.SplittableRandom;

/** Inputs shared by the benchmarks: seeded logits, and kernels that must exist on this machine. */
final class BenchInputs {
  private BenchInputs() {}

  /** The seed of every benchmark input, so every run sees the same logits. */
  static final long SEED = 20240611L;

  /** {@code n} logits drawn from N(0, 3^2) with a fixed seed: a realistic spread for softmax. */
  static float[] logits(long n, long seed) {
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many logits for one array: " + n);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    float[] x = new float[(int) n];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (3 * rng.nextGaussian());
    }
    return x;
  }

  /**
   * The kernels of {@code path} on one thread. Throws when this machine cannot run the path, so a
   * benchmark never silently measures a fallback instead of what its name says.
   */
  static Kernels kernels(KernelPath path, int threads) {
    Kernels k = Kernels.of(path).withThreads(threads);
    if (k.path() != path || k.threads() != threads) {
      throw new IllegalStateException("asked for " + path + " x " + threads + ", got " + k);
    }
    return k;
  }
}
