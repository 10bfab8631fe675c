/**
 * The noise models behind {@link dev.noisebook.Noise}: label noise ({@link
 * dev.noisebook.noise.LabelNoises}), input noise ({@link dev.noisebook.noise.InputNoises}),
 * regression target noise ({@link dev.noisebook.noise.TargetNoises}), preference noise ({@link
 * dev.noisebook.noise.PreferenceNoises}) and diffusion forward processes ({@link
 * dev.noisebook.noise.DiffusionNoises}), with the provenance-carrying Tribuo data-source wrappers
 * that apply them ({@link dev.noisebook.noise.NoiseSource}), the transition and realised noise
 * matrices, and the learnability check.
 *
 * <p>Every model states its formula and the paper it follows, validates its parameters when made,
 * draws all randomness from its seed, and is immutable: builder methods return new values.
 * Transition matrices are row-stochastic, T[i][j] = P(observed j | true i); cleanlab's transposed
 * orientation is reached only through {@link dev.noisebook.noise.TransitionMatrix#fromCleanlab} and
 * {@link dev.noisebook.noise.TransitionMatrix#toCleanlab}.
 */
package dev.noisebook.noise;
