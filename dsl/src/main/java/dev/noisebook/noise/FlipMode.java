package dev.noisebook.noise;

/** How a class-conditional label noise turns its transition matrix T into noisy labels. */
public enum FlipMode {
  /**
   * Each example's observed label is drawn independently from row T[y] of its true class y, so the
   * number of examples of class i observed as j is Binomial(n_i, T[i][j]) (multinomial per row).
   * The usual convention of label-noise code (e.g. Co-teaching's {@code noisify}).
   */
  BERNOULLI,
  /**
   * Exact counts: of the n_i examples of true class i, exactly c_ij are observed as j, where c_i =
   * the largest-remainder rounding of n_i·T[i] (each c_ij is ⌊n_i·T[i][j]⌋ or that plus one, and
   * Σ_j c_ij = n_i; equal remainders go to the lower column). Which examples get which label is
   * random. Like cleanlab's {@code generate_noisy_labels}, which floors n·T·p(y) per off-diagonal
   * cell and leaves the remainder unflipped; here the remainders are distributed, so a rate of 0.4
   * on 5 examples flips 2.
   */
  EXACT
}
