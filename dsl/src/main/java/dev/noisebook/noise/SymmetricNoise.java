package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;

/**
 * Symmetric (uniform) label noise at rate η, in one of the two conventions of the literature, which
 * differ in whether the true class can be drawn:
 *
 * <ul>
 *   <li><b>{@code symmetric(η)}</b>, the true class is <b>never</b> drawn: with probability η the
 *       label is replaced by one of the other K − 1 classes, uniformly; T = (1 − η)I + η/(K −
 *       1)·(11ᵀ − I). The flip rate is exactly η. This is the "symmetric flipping" of
 *       <i>Co-teaching: Robust Training of Deep Neural Networks with Extremely Noisy Labels</i>
 *       (Han et al.).
 *   <li><b>{@code symmetricIncludingTrue(η)}</b>, the true class <b>can</b> be drawn: with
 *       probability η the label is redrawn uniformly from all K classes; T = (1 − η)I + (η/K)·11ᵀ.
 *       The flip rate is η(K − 1)/K, so "40% noise" on 10 classes changes 36% of the labels. This
 *       is the "corrupted as a uniform random class" of <i>Understanding Deep Learning Requires
 *       Rethinking Generalization</i> (Zhang et al.).
 * </ul>
 *
 * <p>Papers quoting a symmetric noise rate use either; check which before comparing numbers.
 */
public final class SymmetricNoise extends ClassConditionalNoise {

  @Config(mandatory = true, description = "The noise rate η in [0, 1].")
  private double rate;

  @Config(
      description =
          "Whether the replacement label is drawn from all K classes (true) or from the K - 1 others.")
  private boolean includeTrueClass = false;

  private SymmetricNoise() {}

  SymmetricNoise(double rate, boolean includeTrueClass) {
    this.rate = rate;
    this.includeTrueClass = includeTrueClass;
    postConfig();
  }

  @Override
  public void postConfig() {
    Parameters.unitInterval(name() + " noise rate", rate);
  }

  /** η. */
  public double rate() {
    return rate;
  }

  /** Whether the redrawn label can be the true class. */
  public boolean includesTrueClass() {
    return includeTrueClass;
  }

  @Override
  public TransitionMatrix matrix(int numClasses) {
    checkClasses(name(), numClasses);
    double[][] t = new double[numClasses][numClasses];
    double off = includeTrueClass ? rate / numClasses : rate / (numClasses - 1);
    double diagonal = includeTrueClass ? 1 - rate + rate / numClasses : 1 - rate;
    for (int i = 0; i < numClasses; i++) {
      for (int j = 0; j < numClasses; j++) {
        t[i][j] = i == j ? diagonal : off;
      }
    }
    return TransitionMatrix.of(t);
  }

  @Override
  public SymmetricNoise seed(long seed) {
    return withSeed(seed);
  }

  @Override
  public String name() {
    return includeTrueClass ? "symmetricIncludingTrue" : "symmetric";
  }

  @Override
  Object[] parameters() {
    return new Object[] {"rate", rate};
  }
}
