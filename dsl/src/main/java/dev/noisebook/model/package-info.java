/**
 * Training with DSL losses on Tribuo: {@link dev.noisebook.model.LinearModel} (the recipe behind
 * {@code Model.linear()}) and {@link dev.noisebook.model.ScheduledSGD} (Tribuo's SGD driven by a
 * DSL learning-rate schedule) and {@link dev.noisebook.model.ScheduledOptimiser} (the same for Adam
 * and AdaGrad, by scaling their updates).
 */
package dev.noisebook.model;
