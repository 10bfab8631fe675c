package dev.noisebook.loss.coupled;

/**
 * Factories for the pairwise AUC surrogates ({@link AucLoss}) over positive and negative scores.
 *
 * <pre>{@code
 * var mw = RankingLosses.INSTANCE.mannWhitney(1.0);
 * mw.gradient(positiveScores, negativeScores);
 * AucLoss.auc(positiveScores, negativeScores);   // the metric it stands in for
 * }</pre>
 */
public final class RankingLosses {
  public static final RankingLosses INSTANCE = new RankingLosses();

  private RankingLosses() {}

  /**
   * The Mann–Whitney (MW) loss of "Optimizing What Matters: AUC-Driven Learning for Robust Neural
   * Retrieval": the logistic surrogate {@code (1/(PN)) Σ_p Σ_n log(1 + e^{−(s_p − s_n)/τ})}, τ &gt;
   * 0, streamed without a P×N matrix.
   */
  public AucLoss mannWhitney(double temperature) {
    return new AucLoss(AucLoss.Kind.LOGISTIC, temperature);
  }

  /**
   * The squared-hinge AUC surrogate {@code (1/(PN)) Σ_p Σ_n max(0, m − (s_p − s_n))²}, exact in
   * O((P+N) log(P+N)) by sorting; margin m finite.
   */
  public AucLoss squaredHingeAuc(double margin) {
    return new AucLoss(AucLoss.Kind.SQUARED_HINGE, margin);
  }
}
