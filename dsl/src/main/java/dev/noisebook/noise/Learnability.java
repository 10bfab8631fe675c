package dev.noisebook.noise;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether clean labels can be learned back from labels corrupted by a transition matrix T (T[i][j]
 * = P(observed j | true i)) under a class prior π. Three checks, each with the reason it matters:
 *
 * <ol>
 *   <li><b>invertible</b>: the 1-norm condition number κ₁(T) = ‖T‖₁‖T⁻¹‖₁ is below 1e12. Noisy and
 *       clean class posteriors are related by P(ỹ | x) = Tᵀ P(y | x); only an invertible T lets the
 *       clean posterior be recovered from the noisy one, and the backward loss correction ℓ̂ = T⁻¹ℓ
 *       of <i>Making Deep Neural Networks Robust to Label Noise: a Loss Correction Approach</i>
 *       (Patrini et al.) exists only then. A large κ₁ means the correction amplifies estimation
 *       error.
 *   <li><b>diagonally dominant</b> (by rows): T[i][i] &gt; T[i][j] for every j ≠ i, i.e. for every
 *       true class the true label is the most frequent observed label. Then the majority of noisy
 *       labels within a class is still the clean class, and the arg-max of the noisy posterior
 *       equals the clean class wherever the clean posterior is one-hot; symmetric noise meets it
 *       iff η &lt; (K − 1)/K.
 *   <li><b>positively associated</b> for every class k: P(ỹ = k, y = k) &gt; P(ỹ = k)·P(y = k),
 *       i.e. T[k][k] &gt; P(ỹ = k) = Σ_i π_i T[i][k]: an observed k makes a true k more likely than
 *       it was a priori. This is cleanlab's {@code noise_matrix_is_valid}, the condition under
 *       which confident learning (<i>Confident Learning: Estimating Uncertainty in Dataset
 *       Labels</i>, Northcutt et al.) can estimate the noise; it depends on the prior.
 * </ol>
 *
 * <p>Identifiability of T itself from noisy labels alone is a different, stronger question (see
 * <i>Identifiability of Label Noise Transition Matrix</i>, Liu et al.); these checks assume T is
 * known or estimated.
 *
 * @param invertible κ₁(T) &lt; 1e12
 * @param conditionNumber κ₁(T), infinite when T is singular
 * @param diagonallyDominant T[i][i] &gt; T[i][j] for all i and all j ≠ i
 * @param positivelyAssociated T[k][k] &gt; Σ_i π_i T[i][k] for every k
 * @param problems one readable line per failed check
 */
public record Learnability(
    boolean invertible,
    double conditionNumber,
    boolean diagonallyDominant,
    boolean positivelyAssociated,
    List<String> problems) {

  private static final int MAX_SHOWN = 4;

  public Learnability {
    problems = List.copyOf(problems);
  }

  /** All three checks pass. */
  public boolean isLearnable() {
    return invertible && diagonallyDominant && positivelyAssociated;
  }

  static Learnability of(double[][] t, double[] prior, List<String> classes) {
    int k = t.length;
    List<String> problems = new ArrayList<>();
    double condition = Matrices.condition1(t);
    boolean invertible = condition < Matrices.MAX_CONDITION;
    if (!invertible) {
      problems.add(
          "T is singular (condition number "
              + Text.num(condition)
              + "), so the clean posterior cannot be recovered from the noisy one");
    }
    boolean dominant = true;
    for (int i = 0; i < k; i++) {
      List<String> rivals = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        if (j != i && t[i][j] >= t[i][i]) {
          rivals.add(classes.get(j) + " (" + Text.significant(t[i][j], 4) + ")");
        }
      }
      if (!rivals.isEmpty()) {
        dominant = false;
        problems.add(
            "true class "
                + classes.get(i)
                + " is labelled "
                + String.join(", ", rivals)
                + " at least as often as "
                + classes.get(i)
                + " ("
                + Text.significant(t[i][i], 4)
                + ")");
      }
    }
    boolean associated = true;
    for (int c = 0; c < k; c++) {
      double observed = 0;
      for (int i = 0; i < k; i++) {
        observed += prior[i] * t[i][c];
      }
      if (!(t[c][c] > observed)) {
        associated = false;
        problems.add(
            "class "
                + classes.get(c)
                + ": P(observed "
                + classes.get(c)
                + " | true "
                + classes.get(c)
                + ") = "
                + Text.significant(t[c][c], 4)
                + " is not above P(observed "
                + classes.get(c)
                + ") = "
                + Text.significant(observed, 4));
      }
    }
    return new Learnability(invertible, condition, dominant, associated, problems);
  }

  @Override
  public String toString() {
    if (isLearnable()) {
      return "learnable: T is invertible (condition number "
          + Text.significant(conditionNumber, 4)
          + "), diagonally dominant, and every class is positively associated with its observed"
          + " label";
    }
    int shown = Math.min(problems.size(), MAX_SHOWN);
    String more = problems.size() > shown ? "; and " + (problems.size() - shown) + " more" : "";
    return "not learnable: " + String.join("; ", problems.subList(0, shown)) + more;
  }
}
