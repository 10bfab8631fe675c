/**
 * The DSL's own mini-batch training loop over a linear model, as a Tribuo trainer: {@link
 * dev.noisebook.train.MiniBatchTrainer} (behind {@code Model.linear().fit(...)}) runs a {@link
 * dev.noisebook.train.BatchObjective} (a per-example loss, ELR with per-example targets, an AUC
 * surrogate, soft Dice or a contrastive loss over two views) with a Tribuo optimiser, and returns a
 * {@link dev.noisebook.train.Fit}: the {@code LinearSGDModel} (its provenance names the loss as a
 * {@link dev.noisebook.train.LossRecipe} and every setting, so the trainer rebuilds), the per-epoch
 * {@link dev.noisebook.train.History} shown live, and whether an interrupt or early stopping ended
 * it. {@link dev.noisebook.train.Evaluation} and {@link dev.noisebook.train.Metrics} give accuracy
 * on noisy and clean labels, memorisation, AUC and expected calibration error.
 */
package dev.noisebook.train;
