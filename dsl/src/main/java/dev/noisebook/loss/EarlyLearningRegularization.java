package dev.noisebook.loss;

import java.util.HashMap;
import java.util.Map;

/**
 * ELR, the early-learning regularised cross-entropy of "Early-Learning Regularization Prevents
 * Memorization of Noisy Labels" (Liu et al., NeurIPS 2020). Each training example i keeps a target
 * t_i, a temporal ensemble of the model's own (detached) predictions; at every visit
 *
 * <pre>
 * p̃   = clamp(softmax(z), 1e-4, 1 − 1e-4)
 * t_i ← β t_i + (1 − β) p̃ / Σ_k p̃_k        (t_i starts at 0)
 * ℓ_i = −log softmax(z)_ỹ + λ log(1 − ⟨p̃, t_i⟩)
 * </pre>
 *
 * and a batch loss is the mean of ℓ_i, i.e. CE + (λ/B) Σ_i log(1 − ⟨p_i, t_i⟩). The target is
 * updated <i>before</i> the loss and treated as a constant in the gradient, as in the official code
 * (github.com/shengliu66/ELR); the gradient goes through the clamp (zero for clamped classes, as
 * torch's). The clamp keeps ⟨p̃, t⟩ ≤ 1 − 1e-4, so the log stays finite (unclamped it tends to −∞,
 * see the catalogue's R3 lesson). The regulariser rewards agreement with the early-learning targets
 * and so counters memorisation of the noisy labels ỹ. Paper values, CIFAR-10: λ = 3, β = 0.7
 * (catalogue, provenance [R]); CIFAR-100: λ = 7, β = 0.9 (recalled from the official configs, not
 * in the catalogue; verify before relying on it).
 *
 * <p><b>Stateful, not a {@code Loss} value:</b> Tribuo's per-example objective passes no example
 * index, so ELR runs in the DSL's own loop. The state is the map from example index to target
 * ({@link #target}, {@link #tracked}); {@link #reset} forgets every target. Only the state is
 * mutable (λ and β are fixed); not thread-safe. The update order within a batch is the order of the
 * indices. {@link #valueAndGradient(double[], int, double[], double[])} is the pure loss at a given
 * target. Make one with {@code Loss.elr(λ, β)}.
 */
public final class EarlyLearningRegularization {
  /** The probability clamp of the official code. */
  public static final double CLAMP = 1e-4;

  private final double lambda;
  private final double beta;
  private final Map<Integer, double[]> targets = new HashMap<>();

  /** λ ≥ 0 (regularisation weight), β in [0, 1) (target momentum). */
  public EarlyLearningRegularization(double lambda, double beta) {
    this.lambda = Checks.nonNegative("elr: λ", lambda);
    if (!(beta >= 0 && beta < 1)) {
      throw new IllegalArgumentException(
          "elr: β (target momentum) must lie in [0, 1), got " + beta);
    }
    this.beta = beta;
  }

  public double lambda() {
    return lambda;
  }

  public double beta() {
    return beta;
  }

  /** How many examples have a target. */
  public int tracked() {
    return targets.size();
  }

  /** A copy of example {@code index}'s target; all zeros (length K) before its first visit. */
  public double[] target(int index, int classes) {
    double[] t = targets.get(checkIndex(index));
    return t == null ? new double[classes] : t.clone();
  }

  /** Forgets every target (a new run). */
  public void reset() {
    targets.clear();
  }

  /**
   * Visits example {@code index}: updates its target from the logits, then returns ℓ and (when
   * {@code gradient} is not null) writes ∂ℓ/∂z with the target held constant.
   */
  public double step(int index, double[] logits, int label, double[] gradient) {
    Checks.example(logits, label, gradient);
    int k = logits.length;
    double[] t = targets.computeIfAbsent(checkIndex(index), i -> new double[k]);
    if (t.length != k) {
      throw new IllegalArgumentException(
          "elr: example " + index + " has a target over " + t.length + " classes, not " + k);
    }
    double[] p = clamped(probabilities(logits));
    double sum = 0;
    for (double v : p) {
      sum += v;
    }
    for (int c = 0; c < k; c++) {
      t[c] = beta * t[c] + (1 - beta) * p[c] / sum;
    }
    return valueAndGradient(logits, label, t, gradient);
  }

  /**
   * A batch visited in order: row r of {@code logits} is example {@code indices[r]} with label
   * {@code labels[r]}. As {@code Loss.batch}: per-example losses go to {@code values} and
   * per-example gradients (not divided by the batch size) to the rows of {@code gradients}, either
   * may be null; returns the mean loss.
   */
  public double batch(
      int[] indices, double[][] logits, int[] labels, double[] values, double[][] gradients) {
    int n = logits.length;
    if (indices.length != n || labels.length != n) {
      throw new IllegalArgumentException(
          "elr: "
              + n
              + " rows of logits, "
              + indices.length
              + " indices and "
              + labels.length
              + " labels");
    }
    if (n == 0) {
      throw new IllegalArgumentException("elr: the batch is empty");
    }
    double total = 0;
    for (int r = 0; r < n; r++) {
      double v = step(indices[r], logits[r], labels[r], gradients == null ? null : gradients[r]);
      if (values != null) {
        values[r] = v;
      }
      total += v;
    }
    return total / n;
  }

  /**
   * The pure loss {@code −log softmax(z)_y + λ log(1 − ⟨p̃, t⟩)} at a given target (no state is
   * read or changed), with ∂/∂z for constant t into {@code gradient} when not null.
   */
  public double valueAndGradient(double[] logits, int label, double[] target, double[] gradient) {
    Checks.example(logits, label, gradient);
    if (target.length != logits.length) {
      throw new IllegalArgumentException(
          "elr: the target has length " + target.length + " but there are " + logits.length);
    }
    double lse = Softmax.logSumExp(logits);
    double[] p = new double[logits.length];
    Softmax.probabilities(logits, lse, p);
    double[] q = clamped(p);
    double agreement = 0;
    for (int c = 0; c < q.length; c++) {
      agreement += q[c] * target[c];
    }
    double value = lse - logits[label] + lambda * Math.log(1 - agreement);
    if (gradient != null) {
      // a_c = ∂(λ log(1 − ⟨p̃, t⟩))/∂p_c, zero where the clamp is active.
      double[] a = new double[p.length];
      double mean = 0;
      for (int c = 0; c < p.length; c++) {
        a[c] = q[c] == p[c] ? -lambda * target[c] / (1 - agreement) : 0;
        mean += a[c] * p[c];
      }
      for (int c = 0; c < p.length; c++) {
        gradient[c] = p[c] - (c == label ? 1 : 0) + p[c] * (a[c] - mean);
      }
    }
    return value;
  }

  private static double[] probabilities(double[] z) {
    double[] p = new double[z.length];
    Softmax.probabilities(z, Softmax.logSumExp(z), p);
    return p;
  }

  private static double[] clamped(double[] p) {
    double[] q = new double[p.length];
    for (int c = 0; c < p.length; c++) {
      q[c] = Math.min(Math.max(p[c], CLAMP), 1 - CLAMP);
    }
    return q;
  }

  private static int checkIndex(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("elr: example index must be ≥ 0, got " + index);
    }
    return index;
  }

  @Override
  public String toString() {
    return "elr(λ=" + lambda + ", β=" + beta + ", " + targets.size() + " targets)";
  }
}
