package dev.noisebook;

import dev.noisebook.kernels.Rows;
import dev.noisebook.loss.CrossEntropyLoss;
import dev.noisebook.loss.EarlyLearning;
import dev.noisebook.loss.Float32Batch;
import dev.noisebook.loss.Focal;
import dev.noisebook.loss.GeneralizedCE;
import dev.noisebook.loss.LabelSmoothedCE;
import dev.noisebook.loss.LogZSquared;
import dev.noisebook.loss.LogitClipped;
import dev.noisebook.loss.LossObjective;
import dev.noisebook.loss.MeanAbsoluteError;
import dev.noisebook.loss.NormalizedCE;
import dev.noisebook.loss.NormalizedFocal;
import dev.noisebook.loss.ReverseCE;
import dev.noisebook.loss.Scaled;
import dev.noisebook.loss.SparsemaxLoss;
import dev.noisebook.loss.SphericalZLoss;
import dev.noisebook.loss.Sum;
import dev.noisebook.loss.coupled.ContrastiveLosses;
import dev.noisebook.loss.coupled.PreferenceLosses;
import dev.noisebook.loss.coupled.RankingLosses;
import dev.noisebook.loss.coupled.SetLosses;
import org.tribuo.classification.sgd.LabelObjective;

/**
 * A per-example classification loss ℓ(z, y) over logits z ∈ ℝ^K and an integer label y ∈ {0..K−1},
 * with its gradient ∂ℓ/∂z. Losses are immutable values; combinators return new ones.
 *
 * <pre>{@code
 * Loss ce = Loss.crossEntropy();
 * Loss robust = Loss.nceRce(1, 1);                                 // active + passive
 * Loss stable = Loss.crossEntropy().plus(Loss.logZSquared(1e-4));  // PaLM z-loss penalty
 * Loss clipped = Loss.generalizedCE(0.7).logitClipped(2.0);        // LogitClip wrapper
 * double[] g = new double[3];
 * double l = ce.valueAndGradient(new double[] {2, 0, -1}, 0, g);   // 0.1698…, g = p − e_0
 * var trainer = new LinearSGDTrainer(robust.objective(), new AdaGrad(0.1), 10, 1L);
 * }</pre>
 *
 * <p>All arithmetic is in double. The Tribuo adapter {@link #objective()} returns the positive loss
 * and the negative gradient, as Tribuo expects.
 */
public interface Loss {

  /**
   * ℓ(z, y); when {@code gradient} is not null (length K) it receives ∂ℓ/∂z. Rejects fewer than 2
   * logits, a label outside 0..K−1 and a gradient of the wrong length.
   */
  double valueAndGradient(double[] logits, int label, double[] gradient);

  /** ℓ(z, y). */
  default double value(double[] logits, int label) {
    return valueAndGradient(logits, label, null);
  }

  /** ∂ℓ/∂z, a new array. */
  default double[] gradient(double[] logits, int label) {
    double[] g = new double[logits.length];
    valueAndGradient(logits, label, g);
    return g;
  }

  /**
   * A batch: row i of {@code logits} with {@code labels[i]}. Per-example losses go to {@code
   * values} and per-example gradients (not divided by the batch size) to the rows of {@code
   * gradients}, either may be null. Returns the mean loss.
   */
  default double batch(double[][] logits, int[] labels, double[] values, double[][] gradients) {
    if (logits.length != labels.length) {
      throw new IllegalArgumentException(
          logits.length + " rows of logits but " + labels.length + " labels");
    }
    if (logits.length == 0) {
      throw new IllegalArgumentException("the batch is empty");
    }
    if (values != null && values.length != logits.length) {
      throw new IllegalArgumentException(
          "values has length " + values.length + " for a batch of " + logits.length);
    }
    if (gradients != null && gradients.length != logits.length) {
      throw new IllegalArgumentException(
          "gradients has " + gradients.length + " rows for a batch of " + logits.length);
    }
    double sum = 0;
    for (int i = 0; i < logits.length; i++) {
      double v = valueAndGradient(logits[i], labels[i], gradients == null ? null : gradients[i]);
      if (values != null) {
        values[i] = v;
      }
      sum += v;
    }
    return sum / logits.length;
  }

  /**
   * A float32 batch in the native kernels' layout: row r of {@code rows} starts at {@code r ·
   * stride} in {@code logits}, with label {@code labels[r]}. Per-example losses go to {@code
   * values} (length ≥ rows, may be null) and per-example gradients (not divided by the batch size)
   * to {@code gradients} in the same layout (may be null, may be {@code logits} itself). Returns
   * the mean loss, summed in double. Cross-entropy and label-smoothed CE run the fused native
   * kernel ({@code Kernels.best().crossEntropy}); every other loss computes each row in double and
   * rounds the results to float.
   */
  default double batch(float[] logits, Rows rows, int[] labels, float[] values, float[] gradients) {
    return Float32Batch.rowByRow(this, logits, rows, labels, values, gradients);
  }

  /** Whether the model's scores are read through softmax (Tribuo's normalizer); true by default. */
  default boolean probabilistic() {
    return true;
  }

  /** ℓ + other (e.g. {@code plus(Loss.logZSquared(1e-4))}). */
  default Loss plus(Loss other) {
    return new Sum(this, other);
  }

  /** w·ℓ, w ≥ 0. */
  default Loss times(double weight) {
    return new Scaled(weight, this);
  }

  /** This loss at z·min(1, τ/‖z‖₂): LogitClip with the L2 norm. See {@link LogitClipped}. */
  default Loss logitClipped(double tau) {
    return new LogitClipped(this, tau, 2);
  }

  /** This loss at z·min(1, τ/‖z‖_p), p ≥ 1. See {@link LogitClipped}. */
  default Loss logitClipped(double tau, double p) {
    return new LogitClipped(this, tau, p);
  }

  /** This loss as Tribuo's {@link LabelObjective} (positive loss, negative gradient). */
  default LabelObjective objective() {
    return new LossObjective(this);
  }

  // ---- factories -------------------------------------------------------------------------

  /** Cross-entropy −log softmax(z)_y. See {@link CrossEntropyLoss}. */
  static Loss crossEntropy() {
    return new CrossEntropyLoss();
  }

  /** Label-smoothed CE, PyTorch's α/K convention, α ∈ [0, 1]. See {@link LabelSmoothedCE}. */
  static Loss labelSmoothedCE(double alpha) {
    return new LabelSmoothedCE(alpha);
  }

  /** Focal loss −(1−p_y)^γ log p_y, γ ≥ 0 (2 in the paper). See {@link Focal}. */
  static Loss focal(double gamma) {
    return new Focal(gamma, null);
  }

  /** Focal loss −α_y(1−p_y)^γ log p_y with per-class weights α (length K, ≥ 0). */
  static Loss focal(double gamma, double... alpha) {
    return new Focal(gamma, alpha);
  }

  /** Generalised CE (1 − p_y^q)/q, q ∈ (0, 1] (0.7 in the paper). See {@link GeneralizedCE}. */
  static Loss generalizedCE(double q) {
    return new GeneralizedCE(q);
  }

  /** MAE on probabilities, 2 − 2p_y. See {@link MeanAbsoluteError}. */
  static Loss mae() {
    return new MeanAbsoluteError();
  }

  /** Reverse CE −A(1 − p_y) with A = log(1e-4) as in the reference code. See {@link ReverseCE}. */
  static Loss reverseCE() {
    return new ReverseCE(ReverseCE.REFERENCE_A);
  }

  /** Reverse CE −A(1 − p_y), A < 0 (the paper writes −4). */
  static Loss reverseCE(double a) {
    return new ReverseCE(a);
  }

  /**
   * Symmetric cross-entropy α·CE + β·RCE, A = log(1e-4), <i>Symmetric Cross Entropy for Robust
   * Learning with Noisy Labels</i> (CIFAR-10: α = 0.1, β = 1.0). α, β ≥ 0.
   */
  static Loss symmetricCE(double alpha, double beta) {
    return crossEntropy().times(alpha).plus(reverseCE().times(beta));
  }

  /** Normalised CE log p_y / Σ_k log p_k. See {@link NormalizedCE}. */
  static Loss normalizedCE() {
    return new NormalizedCE();
  }

  /** Normalised focal loss FL_y / Σ_k FL_k, γ ≥ 0. See {@link NormalizedFocal}. */
  static Loss normalizedFocal(double gamma) {
    return new NormalizedFocal(gamma);
  }

  /**
   * Active–passive loss α·NCE + β·RCE (A = log(1e-4)), <i>Normalized Loss Functions for Deep
   * Learning with Noisy Labels</i>; α, β ≥ 0 (the paper's CIFAR-10 values are α = β = 1).
   */
  static Loss nceRce(double alpha, double beta) {
    return normalizedCE().times(alpha).plus(reverseCE().times(beta));
  }

  /** Active–passive loss α·NCE + β·MAE, same paper. */
  static Loss nceMae(double alpha, double beta) {
    return normalizedCE().times(alpha).plus(mae().times(beta));
  }

  /** Active–passive loss α·NFL(γ) + β·RCE (A = log(1e-4)), same paper. */
  static Loss nflRce(double gamma, double alpha, double beta) {
    return normalizedFocal(gamma).times(alpha).plus(reverseCE().times(beta));
  }

  /**
   * The log-partition penalty λ·(log Σ_k e^{z_k})² (PaLM's "z-loss", λ = 1e-4), a term for {@link
   * #plus}. Not the spherical Z-loss. See {@link LogZSquared}.
   */
  static Loss logZSquared(double lambda) {
    return new LogZSquared(lambda);
  }

  /**
   * The spherical Z-loss (1/a)·softplus(a(b − ẑ_y)) on standardised logits, a > 0. Not the (log Z)²
   * penalty. See {@link SphericalZLoss}.
   */
  static Loss sphericalZLoss(double a, double b) {
    return new SphericalZLoss(a, b);
  }

  /** The sparsemax loss; gradient sparsemax(z) − e_y. See {@link SparsemaxLoss}. */
  static Loss sparsemax() {
    return new SparsemaxLoss();
  }

  // ---- losses that couple examples or keep state (trained in the DSL's mini-batch loop)

  /**
   * Early-learning regularisation, CE + λ log(1 − ⟨t_i, p̂⟩) with per-example running targets t_i ←
   * βt_i + (1−β)p̂ ("Early-Learning Regularization Prevents Memorization of Noisy Labels"; λ = 3, β
   * = 0.7 on CIFAR-10). Stateful, so not a {@code Loss}: train it with {@code
   * Model.linear().loss(Loss.elr(3, 0.7)).fit(...)}. See {@link EarlyLearning}.
   */
  static EarlyLearning elr(double lambda, double beta) {
    return new EarlyLearning(lambda, beta);
  }

  /**
   * InfoNCE (one or two directions), decoupled contrastive loss (DCL, DCLW), Gutmann–Hyvärinen NCE,
   * the compositional NLL estimator.
   */
  static ContrastiveLosses contrastive() {
    return ContrastiveLosses.INSTANCE;
  }

  /** DPO, IPO, SLiC hinge, label-smoothed (conservative) DPO, robust DPO, NPO. */
  static PreferenceLosses preference() {
    return PreferenceLosses.INSTANCE;
  }

  /** The Mann–Whitney / AUC losses over positive and negative scores. */
  static RankingLosses ranking() {
    return RankingLosses.INSTANCE;
  }

  /** Set-level losses: soft Dice. */
  static SetLosses sets() {
    return SetLosses.INSTANCE;
  }
}
