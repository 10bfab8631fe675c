package dev.noisebook.loss.coupled;

import java.util.Objects;

/**
 * Token-weighted DPO, the <i>critical-token</i> "cDPO" of "Critical Tokens Matter: Token-Level
 * Contrastive Estimation Enhence LLM's Reasoning Capability" (Lin et al., 2024). <b>Not</b>
 * conservative DPO: the label-smoothed loss that TRL and the rDPO paper also call "cDPO" is {@link
 * PreferenceLosses#dpoLabelSmoothed}. Over n pairs, each response given per token as policy and
 * frozen-reference log-probabilities and a weight,
 *
 * <pre>
 * h_i = Σ_t w_t^w [log π_θ(y_t^w) − log π_ref(y_t^w)] − Σ_t w_t^l [log π_θ(y_t^l) − log π_ref(y_t^l)]
 * L   = (1/n) Σ_i −log σ(β h_i)
 * </pre>
 *
 * with {@code ∂L/∂log π_θ(y_t^w) = −β σ(−βh_i) w_t^w / n} and the opposite sign, weighted by {@code
 * w_t^l}, on the rejected tokens. All weights 1 give sequence-level {@link PreferenceLosses#dpo}.
 * This is the catalogue's form ([X], the project's formalisation): the paper takes the weights from
 * the likelihood ratio of a "positive" and a "negative" model fine-tuned on correct and incorrect
 * trajectories, so critical tokens of an incorrect trajectory weigh most; computing those weights
 * is left to the caller (the exact weighting formula is not in the catalogue and is not assumed
 * here; pass 1 for the chosen tokens to weight only the rejected ones). β &gt; 0; weights finite,
 * of any sign. Immutable; make one with {@link PreferenceLosses#dpoTokenWeighted}.
 */
public final class TokenWeightedPreferenceLoss {

  /**
   * One side of a batch (the chosen or the rejected responses): row i holds the per-token policy
   * and reference log-probabilities of response i and the token weights, all of one length.
   */
  public record Tokens(double[][] policy, double[][] reference, double[][] weights) {
    public Tokens {
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(weights, "weights");
    }

    /** Weight 1 on every token. */
    public static Tokens unweighted(double[][] policy, double[][] reference) {
      Objects.requireNonNull(policy, "policy");
      double[][] ones = new double[policy.length][];
      for (int i = 0; i < ones.length; i++) {
        ones[i] = new double[policy[i].length];
        java.util.Arrays.fill(ones[i], 1);
      }
      return new Tokens(policy, reference, ones);
    }
  }

  /** The mean loss and its gradients with respect to the per-token policy log-probabilities. */
  public record Gradient(double value, double[][] policyChosen, double[][] policyRejected) {}

  private final PreferenceLoss dpo;

  TokenWeightedPreferenceLoss(double beta) {
    this.dpo =
        new PreferenceLoss(
            PreferenceLoss.Kind.DPO, Stable.positive("dpoTokenWeighted", "β", beta), 0);
  }

  public double beta() {
    return dpo.beta();
  }

  /** The weighted margins {@code h_i}. */
  public double[] margins(Tokens chosen, Tokens rejected) {
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(rejected, "rejected");
    int n = check("chosen", chosen);
    if (check("rejected", rejected) != n) {
      throw new IllegalArgumentException(
          this + ": " + n + " chosen responses but " + rejected.policy().length + " rejected");
    }
    double[] h = new double[n];
    for (int i = 0; i < n; i++) {
      h[i] = weightedRatio(chosen, i) - weightedRatio(rejected, i);
    }
    return h;
  }

  /** The mean loss over the pairs. */
  public double value(Tokens chosen, Tokens rejected) {
    double sum = 0;
    for (double h : margins(chosen, rejected)) {
      sum += dpo.perPair(h);
    }
    return sum / chosen.policy().length;
  }

  /** The mean loss and its per-token gradients. */
  public Gradient gradient(Tokens chosen, Tokens rejected) {
    double[] h = margins(chosen, rejected);
    int n = h.length;
    double sum = 0;
    double[][] gc = new double[n][];
    double[][] gr = new double[n][];
    for (int i = 0; i < n; i++) {
      sum += dpo.perPair(h[i]);
      double d = dpo.perPairDerivative(h[i]) / n;
      gc[i] = scaled(chosen.weights()[i], d);
      gr[i] = scaled(rejected.weights()[i], -d);
    }
    return new Gradient(sum / n, gc, gr);
  }

  private static double weightedRatio(Tokens side, int i) {
    double s = 0;
    for (int t = 0; t < side.policy()[i].length; t++) {
      s += side.weights()[i][t] * (side.policy()[i][t] - side.reference()[i][t]);
    }
    return s;
  }

  private static double[] scaled(double[] w, double f) {
    double[] out = new double[w.length];
    for (int t = 0; t < w.length; t++) {
      out[t] = f * w[t];
    }
    return out;
  }

  /** Validates one side; returns its number of responses. */
  private int check(String side, Tokens tokens) {
    int n = tokens.policy().length;
    if (n == 0) {
      throw new IllegalArgumentException(this + ": " + side + " has no responses");
    }
    if (tokens.reference().length != n || tokens.weights().length != n) {
      throw new IllegalArgumentException(
          this
              + ": "
              + side
              + " has "
              + n
              + " policy rows, "
              + tokens.reference().length
              + " reference rows and "
              + tokens.weights().length
              + " weight rows");
    }
    for (int i = 0; i < n; i++) {
      String row = side + " response " + i;
      Stable.sameLength(
          toString(), row + " policy", tokens.policy()[i], "its reference", tokens.reference()[i]);
      Stable.sameLength(
          toString(), row + " policy", tokens.policy()[i], "its weights", tokens.weights()[i]);
      for (double w : tokens.weights()[i]) {
        Stable.finite(toString(), row + " weight", w);
      }
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenWeightedPreferenceLoss t && t.dpo.equals(dpo);
  }

  @Override
  public int hashCode() {
    return dpo.hashCode() + 1;
  }

  @Override
  public String toString() {
    return "dpoTokenWeighted(β=" + beta() + ")";
  }
}
