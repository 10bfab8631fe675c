/**
 * Losses that couple the examples of a batch, so they cannot be written as Tribuo's per-example
 * {@code LabelObjective}: the math only, values and gradients with respect to the inputs, for the
 * DSL's own training loop.
 *
 * <ul>
 *   <li>{@link dev.noisebook.loss.coupled.ContrastiveLosses}: InfoNCE and DCL over a B×B similarity
 *       matrix ({@link dev.noisebook.loss.coupled.ContrastiveLoss}, DCLW included),
 *       Gutmann–Hyvärinen NCE against an explicit noise density ({@link
 *       dev.noisebook.loss.coupled.NoiseContrastiveEstimation}) and the stateful compositional NLL
 *       estimator ({@link dev.noisebook.loss.coupled.CompositionalNll}).
 *   <li>{@link dev.noisebook.loss.coupled.PreferenceLosses}: DPO, IPO, SLiC hinge, conservative
 *       (label-smoothed) DPO, rDPO ({@link dev.noisebook.loss.coupled.PreferenceLoss}), NPO ({@link
 *       dev.noisebook.loss.coupled.NegativePreferenceLoss}) and token-weighted, critical-token DPO
 *       ({@link dev.noisebook.loss.coupled.TokenWeightedDpo}).
 *   <li>{@link dev.noisebook.loss.coupled.RankingLosses}: Mann–Whitney and squared-hinge AUC
 *       surrogates without a P×N matrix ({@link dev.noisebook.loss.coupled.AucLoss}).
 *   <li>{@link dev.noisebook.loss.coupled.SetLosses}: soft set Dice ({@link
 *       dev.noisebook.loss.coupled.SoftDiceLoss}).
 * </ul>
 *
 * <p>Every loss states its formula and paper, validates its parameters when made (messages name the
 * loss and the parameter), is immutable, and returns the batch mean (Dice: the set value); the one
 * exception, {@link dev.noisebook.loss.coupled.CompositionalNll}, has explicit moving-average state
 * with a reset. The reference values come from torch float64 autograd ({@code
 * dsl/src/test/fixtures/make_coupled_loss_fixtures.py} and {@code
 * make_weighted_and_stateful_loss_fixtures.py}).
 */
package dev.noisebook.loss.coupled;
