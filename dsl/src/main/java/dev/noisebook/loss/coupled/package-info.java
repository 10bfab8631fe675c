/**
 * Losses that couple the examples of a batch, so they cannot be written as Tribuo's per-example
 * {@code LabelObjective}: the math only, values and gradients with respect to the inputs, for the
 * DSL's own training loop.
 *
 * <ul>
 *   <li>{@link dev.noisebook.loss.coupled.ContrastiveLosses}: InfoNCE and DCL over a B×B similarity
 *       matrix ({@link dev.noisebook.loss.coupled.ContrastiveLoss}), Gutmann–Hyvärinen NCE against
 *       an explicit noise density ({@link dev.noisebook.loss.coupled.NoiseContrastiveEstimation}).
 *   <li>{@link dev.noisebook.loss.coupled.PreferenceLosses}: DPO, IPO, SLiC hinge, conservative
 *       (label-smoothed) DPO, rDPO ({@link dev.noisebook.loss.coupled.PreferenceLoss}) and NPO
 *       ({@link dev.noisebook.loss.coupled.NegativePreferenceLoss}).
 *   <li>{@link dev.noisebook.loss.coupled.RankingLosses}: Mann–Whitney and squared-hinge AUC
 *       surrogates without a P×N matrix ({@link dev.noisebook.loss.coupled.AucLoss}).
 *   <li>{@link dev.noisebook.loss.coupled.SetLosses}: soft set Dice ({@link
 *       dev.noisebook.loss.coupled.SoftDiceLoss}).
 * </ul>
 *
 * <p>Every loss states its formula and paper, validates its parameters when made (messages name the
 * loss and the parameter), is immutable, and returns the batch mean (Dice: the set value). The
 * reference values come from torch float64 autograd ({@code
 * dsl/src/test/fixtures/make_coupled_loss_fixtures.py}).
 */
package dev.noisebook.loss.coupled;
