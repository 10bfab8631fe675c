package dev.noisebook.loss.coupled;

/**
 * Factories for the preference-pair losses ({@link PreferenceLoss}) and NPO ({@link
 * NegativePreferenceLoss}). The names follow the papers, not TRL's {@code loss_type} strings; in
 * particular "cDPO" is ambiguous (conservative, label-smoothed DPO vs the critical-token,
 * token-weighted DPO), so the conservative one is {@link #dpoLabelSmoothed} here and the
 * critical-token one is {@link #dpoTokenWeighted}.
 *
 * <pre>{@code
 * var loss = PreferenceLosses.INSTANCE.rdpo(0.1, 0.2);
 * loss.value(policyChosen, policyRejected, refChosen, refRejected);
 * }</pre>
 */
public final class PreferenceLosses {
  public static final PreferenceLosses INSTANCE = new PreferenceLosses();

  private PreferenceLosses() {}

  /**
   * DPO, {@code ℓ(h) = −log σ(βh)}, of "Direct Preference Optimization: Your Language Model is
   * Secretly a Reward Model" (Rafailov et al., 2023); TRL {@code sigmoid} (v1.x). β &gt; 0.
   */
  public PreferenceLoss dpo(double beta) {
    return new PreferenceLoss(PreferenceLoss.Kind.DPO, Stable.positive("dpo", "β", beta), 0);
  }

  /**
   * IPO, {@code ℓ(h) = (h − 1/(2τ))²}, of "A General Theoretical Paradigm to Understand Learning
   * from Human Preferences" (Azar et al., 2023); TRL {@code ipo} with β = τ, which averages
   * log-probabilities over tokens first. τ &gt; 0.
   */
  public PreferenceLoss ipo(double tau) {
    return new PreferenceLoss(PreferenceLoss.Kind.IPO, Stable.positive("ipo", "τ", tau), 0);
  }

  /**
   * The SLiC hinge on the reference-calibrated margin, {@code ℓ(h) = max(0, δ − βh)}, after
   * "SLiC-HF: Sequence Likelihood Calibration with Human Feedback" (Zhao et al., 2023); TRL {@code
   * hinge} is δ = 1. (SLiC-HF's own form has no reference term and adds −λ log π_θ(y_ref); pass
   * zero reference log-probabilities for the former.) β &gt; 0, δ finite.
   */
  public PreferenceLoss slic(double beta, double delta) {
    return new PreferenceLoss(
        PreferenceLoss.Kind.SLIC,
        Stable.positive("slic", "β", beta),
        Stable.finite("slic", "δ", delta));
  }

  /** {@code slic(beta, 1)}, TRL's {@code hinge}. */
  public PreferenceLoss slic(double beta) {
    return slic(beta, 1);
  }

  /**
   * Token-weighted DPO, the critical-token "cDPO" of "Critical Tokens Matter: Token-Level
   * Contrastive Estimation Enhence LLM's Reasoning Capability": {@code −log σ(β(Σ_t w_t log
   * π_θ/π_ref(y_t^w) − Σ_t w'_t log π_θ/π_ref(y_t^l)))} with per-token weights; see {@link
   * TokenWeightedDpo}. β &gt; 0. Not conservative DPO ({@link #dpoLabelSmoothed}).
   */
  public TokenWeightedDpo dpoTokenWeighted(double beta) {
    return new TokenWeightedDpo(beta);
  }

  /**
   * Conservative ("cDPO", label-smoothed) DPO, {@code ℓ(h) = −(1−ε) log σ(βh) − ε log σ(−βh)}: the
   * heuristic compared in "Provably Robust DPO: Aligning Language Models with Noisy Feedback"
   * (Chowdhury et al., 2024); TRL ≤ 0.29 {@code sigmoid} with {@code label_smoothing}. β &gt; 0, ε
   * in [0, 0.5]. Not the critical-token, token-level "cDPO" of "Critical Tokens Matter", which is
   * {@link #dpoTokenWeighted}.
   */
  public PreferenceLoss dpoLabelSmoothed(double beta, double epsilon) {
    if (!(epsilon >= 0 && epsilon <= 0.5)) {
      throw new IllegalArgumentException(
          "dpoLabelSmoothed: ε (label smoothing) must lie in [0, 0.5], got " + epsilon);
    }
    return new PreferenceLoss(
        PreferenceLoss.Kind.LABEL_SMOOTHED_DPO,
        Stable.positive("dpoLabelSmoothed", "β", beta),
        epsilon);
  }

  /**
   * Robust DPO (rDPO), {@code ℓ(h) = [−(1−ε) log σ(βh) + ε log σ(−βh)] / (1 − 2ε)}, of "Provably
   * Robust DPO: Aligning Language Models with Noisy Feedback" (Chowdhury et al., 2024): unbiased
   * for the clean DPO loss under preference flips with rate ε; TRL {@code robust}. Unbounded below
   * for ε &gt; 0 (use weight decay or early stopping). β &gt; 0, ε in [0, 0.5).
   */
  public PreferenceLoss rdpo(double beta, double epsilon) {
    if (!(epsilon >= 0 && epsilon < 0.5)) {
      throw new IllegalArgumentException(
          "rdpo: ε (flip rate) must lie in [0, 0.5), got " + epsilon);
    }
    return new PreferenceLoss(
        PreferenceLoss.Kind.ROBUST_DPO, Stable.positive("rdpo", "β", beta), epsilon);
  }

  /** NPO; see {@link NegativePreferenceLoss}. β &gt; 0. */
  public NegativePreferenceLoss npo(double beta) {
    return new NegativePreferenceLoss(beta);
  }
}
