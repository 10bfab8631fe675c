/**
 * The per-example classification losses behind {@link dev.noisebook.Loss}: each a value ℓ(z, y)
 * over logits z ∈ ℝ^K and a label y, with its analytic gradient ∂ℓ/∂z, computed in double. Softmax
 * family: cross-entropy, label smoothing, focal, GCE, MAE, reverse / symmetric CE, normalised CE
 * and focal (and the active–passive sums); others: the spherical Z-loss and the sparsemax loss;
 * wrappers and terms: {@link dev.noisebook.loss.Sum}, {@link dev.noisebook.loss.Scaled}, {@link
 * dev.noisebook.loss.LogitClipped} and the log-partition penalty {@link
 * dev.noisebook.loss.LogZSquared}. {@link dev.noisebook.loss.LossObjective} hands any of them to
 * Tribuo's linear SGD as a {@code LabelObjective} (positive loss, negative gradient).
 *
 * <p>Stateful: {@link dev.noisebook.loss.EarlyLearning} (ELR) keeps a target per example index, so
 * it runs in the DSL's loop rather than as a {@code LabelObjective}.
 *
 * <p>Batch-coupled and preference losses live elsewhere ({@code dev.noisebook.loss.coupled}).
 */
package dev.noisebook.loss;
