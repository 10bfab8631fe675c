package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.random.RandomGenerator;

/**
 * Each value is zeroed with probability p, independently: x̃ = m·x·c, m ~ Bernoulli(1 − p). Two
 * conventions, two names:
 *
 * <ul>
 *   <li><b>{@code dropout(p)}</b>: the kept values are scaled by c = 1/(1 − p) so that E[x̃ | x] =
 *       x, as torch's {@code nn.functional.dropout} ("inverted" dropout; <i>Dropout: A Simple Way
 *       to Prevent Neural Networks from Overfitting</i>, Srivastava et al., scales at test time
 *       instead). p &lt; 1.
 *   <li><b>{@code mask(p)}</b>: c = 1, the kept values are unchanged: missing completely at random
 *       (MCAR) values set to 0, as in <i>Probabilistic Imputation for Time-series Classification
 *       with Missing Data</i>. p ≤ 1.
 * </ul>
 */
public final class DropoutNoise extends InputNoise {

  @Config(mandatory = true, description = "The probability p that a value is zeroed.")
  private double rate;

  @Config(description = "Whether kept values are scaled by 1/(1 - p) (dropout) or not (mask).")
  private boolean scaled = true;

  private DropoutNoise() {}

  DropoutNoise(double rate, boolean scaled) {
    this.rate = rate;
    this.scaled = scaled;
    postConfig();
  }

  @Override
  public void postConfig() {
    Parameters.unitInterval(name() + " rate p", rate);
    if (scaled && rate == 1) {
      throw new IllegalArgumentException(
          "dropout rate p must be < 1 (kept values are scaled by 1/(1 - p)); use mask(1) to zero"
              + " everything");
    }
  }

  /** p, the probability that a value is zeroed. */
  public double rate() {
    return rate;
  }

  public boolean isScaled() {
    return scaled;
  }

  @Override
  public double perturb(double x, RandomGenerator rng) {
    if (rng.nextDouble() < rate) {
      return 0;
    }
    return scaled ? x / (1 - rate) : x;
  }

  @Override
  public DropoutNoise seed(long seed) {
    return withSeed(seed);
  }

  @Override
  public String name() {
    return scaled ? "dropout" : "mask";
  }

  @Override
  Object[] parameters() {
    return new Object[] {"p", rate};
  }
}
