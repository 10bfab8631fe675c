package dev.noisebook;

import dev.noisebook.display.Displayable;
import dev.noisebook.display.MimeBundle;
import dev.noisebook.noise.DiffusionNoises;
import dev.noisebook.noise.InputNoises;
import dev.noisebook.noise.LabelNoises;
import dev.noisebook.noise.PreferenceNoises;
import dev.noisebook.noise.TargetNoises;

/**
 * A noise model: a seeded, immutable description of how clean data is corrupted, with its formula
 * and paper in its javadoc. Every builder method returns a new value; the same model with the same
 * seed corrupts the same data the same way.
 *
 * <pre>{@code
 * var noise = Noise.labels().symmetric(0.4).seed(7);        // 40% of labels flipped to another class
 * var noisy = noise.apply(trainSource);                      // a Tribuo DataSource, provenance kept
 * noisy.noiseMatrix();                                       // realised true-vs-observed counts
 *
 * Noise.labels().pairFlip(0.45).exact();                     // exact counts per (true, observed)
 * Noise.labels().transition(new double[][] {{0.8, 0.2}, {0.3, 0.7}}).matrix(2).learnability();
 * Noise.inputs().gaussian(0.1).apply(x);                     // sigma = 0.1 is a standard deviation
 * Noise.targets().studentT(3, 0.5);                          // heavy-tailed regression noise
 * Noise.preferences().bradleyTerry().flip(0.1).sample(rewards, 10_000);
 * Noise.diffusion().variancePreserving(Schedule.diffusion().cosine(1000)).sample(x0, 500);
 * }</pre>
 *
 * <p>Noise on a Tribuo {@code DataSource} is applied by a wrapper whose provenance nests the
 * wrapped source's provenance and the noise model's, so a model trained on noisy data records
 * exactly which noise made it; the clean label, target or features stay in each example's metadata
 * ({@link dev.noisebook.noise.NoiseMetadata}).
 */
public interface Noise extends Displayable {

  /** The seed of every random draw this model makes. */
  long seed();

  /** The same model with another seed. */
  Noise seed(long seed);

  @Override
  default MimeBundle mimeBundle() {
    return MimeBundle.text(toString());
  }

  /** Classification label noise: symmetric, pair-flip, transition matrix, instance-dependent. */
  static LabelNoises labels() {
    return LabelNoises.INSTANCE;
  }

  /** Feature noise: Gaussian, log-normal, Poisson, Gamma, dropout and masking, quantisation. */
  static InputNoises inputs() {
    return InputNoises.INSTANCE;
  }

  /** Regression target noise: homoscedastic, heteroscedastic, Student-t. */
  static TargetNoises targets() {
    return TargetNoises.INSTANCE;
  }

  /** Pairwise preferences from a Bradley–Terry model of a reward, with flips. */
  static PreferenceNoises preferences() {
    return PreferenceNoises.INSTANCE;
  }

  /** Diffusion forward processes: variance-preserving and variance-exploding. */
  static DiffusionNoises diffusion() {
    return DiffusionNoises.INSTANCE;
  }
}
