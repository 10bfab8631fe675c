package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.Arrays;

/**
 * Pair-flip label noise at rate η: an example of true class i keeps its label with probability 1 −
 * η and is labelled as its partner class π(i) otherwise, T[i][i] = 1 − η, T[i][π(i)] = η. With no
 * partners given, π(i) = (i + 1) mod K: the "pair flipping" of <i>Co-teaching: Robust Training of
 * Deep Neural Networks with Extremely Noisy Labels</i> (Han et al.). With partners, π(i) = {@code
 * partners[i]}, and a class that is its own partner stays clean: the asymmetric noise of <i>Making
 * Deep Neural Networks Robust to Label Noise: a Loss Correction Approach</i> (Patrini et al.), e.g.
 * CIFAR-10 truck → automobile, bird → airplane, deer → horse, cat ↔ dog. Learnable (diagonally
 * dominant) only for η &lt; 0.5.
 */
public final class PairFlipNoise extends ClassConditionalNoise {

  @Config(mandatory = true, description = "The flip rate η in [0, 1].")
  private double rate;

  @Config(description = "partners[i] is the class that class i flips to; empty for (i + 1) mod K.")
  private int[] partners = new int[0];

  private PairFlipNoise() {}

  PairFlipNoise(double rate, int[] partners) {
    this.rate = rate;
    this.partners = partners.clone();
    postConfig();
  }

  @Override
  public void postConfig() {
    Parameters.unitInterval("pairFlip noise rate", rate);
    Parameters.notNull("pairFlip partners", partners);
    for (int i = 0; i < partners.length; i++) {
      if (partners[i] < 0 || partners[i] >= partners.length) {
        throw new IllegalArgumentException(
            "pairFlip partner of class "
                + i
                + " is "
                + partners[i]
                + ", outside 0.."
                + (partners.length - 1)
                + " (one partner per class)");
      }
    }
  }

  public double rate() {
    return rate;
  }

  /** π(i) for each class; empty for the cyclic default. */
  public int[] partners() {
    return partners.clone();
  }

  @Override
  public TransitionMatrix matrix(int numClasses) {
    checkClasses(name(), numClasses);
    if (partners.length != 0 && partners.length != numClasses) {
      throw new IllegalArgumentException(
          "pairFlip names partners for "
              + partners.length
              + " classes but the labels have "
              + numClasses
              + " classes");
    }
    double[][] t = new double[numClasses][numClasses];
    for (int i = 0; i < numClasses; i++) {
      int partner = partners.length == 0 ? (i + 1) % numClasses : partners[i];
      t[i][i] += partner == i ? 1 : 1 - rate;
      if (partner != i) {
        t[i][partner] += rate;
      }
    }
    return TransitionMatrix.of(t);
  }

  @Override
  public PairFlipNoise seed(long seed) {
    return withSeed(seed);
  }

  @Override
  public String name() {
    return "pairFlip";
  }

  @Override
  Object[] parameters() {
    return partners.length == 0
        ? new Object[] {"rate", rate}
        : new Object[] {"rate", rate, "partners", Arrays.toString(partners)};
  }
}
