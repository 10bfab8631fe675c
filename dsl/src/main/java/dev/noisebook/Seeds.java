package dev.noisebook;

/**
 * The DSL's default seed: what a seeded value (a split, a model's initialisation and shuffling)
 * uses when the notebook does not name one. It starts at 1, the same in every session, so a
 * notebook re-runs identically; the kernel's {@code %seed n} magic changes it for the values made
 * after it.
 */
public final class Seeds {
  private static volatile long defaultSeed = 1L;

  private Seeds() {}

  /** The seed used where none is given. */
  public static long defaultSeed() {
    return defaultSeed;
  }

  /** Makes {@code seed} the default for values created from now on. */
  public static void setDefault(long seed) {
    defaultSeed = seed;
  }
}
