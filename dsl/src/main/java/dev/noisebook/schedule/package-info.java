/**
 * The schedules behind {@link dev.noisebook.Schedule}: diffusion beta schedules (HuggingFace
 * diffusers), learning-rate schedules ({@code torch.optim.lr_scheduler}), temperature schedules
 * (softmax and Gumbel-softmax annealing), and the compositions ({@link Scaled}, {@link Clipped},
 * {@link Sequenced}, {@link Named}). Every class states its formula and where it comes from; every
 * value is immutable and validates its parameters when it is made.
 *
 * <p>Start from {@link dev.noisebook.Schedule}: {@code Schedule.diffusion()}, {@code
 * Schedule.learningRate(base)} and {@code Schedule.temperature(initial)} return the factories of
 * this package, whose methods a notebook's completion lists.
 */
package dev.noisebook.schedule;
