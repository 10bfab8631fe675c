package dev.noisebook.noise;

import dev.noisebook.check.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The label-noise models, reached through {@code Noise.labels()}. Each returns a seeded (seed 0
 * unless {@code .seed(s)}), immutable {@link LabelNoise}; class-conditional ones draw labels
 * independently unless {@code .exact()} asks for exact counts.
 *
 * <pre>{@code
 * Noise.labels().symmetric(0.4);                    // 40% flipped to one of the other classes
 * Noise.labels().symmetric(0.0, 0.2, 0.4, 0.6);     // a sweep: one model per rate
 * Noise.labels().pairFlip(0.45).exact().seed(3);
 * Noise.labels().transition(new double[][] {{0.9, 0.1}, {0.2, 0.8}});
 * Noise.labels().fromTrace(10, 7.0).zeroNoiseFraction(0.5);
 * Noise.labels().instanceDependent(0.3);
 * }</pre>
 */
public final class LabelNoises {
  /** The one factory; it has no state. */
  public static final LabelNoises INSTANCE = new LabelNoises();

  private LabelNoises() {}

  /**
   * With probability η the label is replaced by one of the <b>other</b> K − 1 classes, uniformly;
   * the true class is never drawn, so the flip rate is η. T = (1 − η)I + η/(K − 1)(11ᵀ − I). See
   * {@link SymmetricNoise}.
   */
  public SymmetricNoise symmetric(double rate) {
    return new SymmetricNoise(rate, false);
  }

  /** One {@link #symmetric(double)} model per rate, for sweeps. */
  public List<SymmetricNoise> symmetric(double first, double second, double... more) {
    List<SymmetricNoise> models = new ArrayList<>(List.of(symmetric(first), symmetric(second)));
    for (double rate : more) {
      models.add(symmetric(rate));
    }
    return List.copyOf(models);
  }

  /**
   * With probability η the label is redrawn uniformly from <b>all</b> K classes, the true class
   * included, so the flip rate is η(K − 1)/K. T = (1 − η)I + (η/K)11ᵀ. See {@link SymmetricNoise}.
   */
  public SymmetricNoise symmetricIncludingTrue(double rate) {
    return new SymmetricNoise(rate, true);
  }

  /**
   * Class i flips to class (i + 1) mod K with probability η: T[i][i] = 1 − η, T[i][i+1 mod K] = η.
   * See {@link PairFlipNoise}.
   */
  public PairFlipNoise pairFlip(double rate) {
    return new PairFlipNoise(rate, new int[0]);
  }

  /**
   * Class i flips to class {@code partners[i]} with probability η; a class that is its own partner
   * stays clean. See {@link PairFlipNoise}.
   */
  public PairFlipNoise pairFlip(double rate, int... partners) {
    Parameters.notNull("pairFlip partners", partners);
    return new PairFlipNoise(rate, partners);
  }

  /** Noise with transition matrix T[i][j] = P(observed j | true i); rows must sum to 1. */
  public TransitionNoise transition(double[][] rows) {
    return new TransitionNoise(TransitionMatrix.of(rows));
  }

  /** Noise with transition matrix {@code matrix}. */
  public TransitionNoise transition(TransitionMatrix matrix) {
    return new TransitionNoise(Parameters.notNull("transition matrix", matrix));
  }

  /**
   * Noise with a random K x K transition matrix whose trace is {@code trace} (a mean flip rate of 1
   * − trace/K), learnable by default; see {@link TraceNoise}.
   */
  public TraceNoise fromTrace(int numClasses, double trace) {
    return new TraceNoise(numClasses, trace, true);
  }

  /**
   * {@link #fromTrace(int, double)}, or with {@code learnable = false} any random matrix with that
   * trace, learnable or not (trace in [0, K]).
   */
  public TraceNoise fromTrace(int numClasses, double trace, boolean learnable) {
    return new TraceNoise(numClasses, trace, learnable);
  }

  /**
   * Instance-dependent noise with noise rate τ by the procedure of <i>Part-dependent Label Noise:
   * Towards Instance-dependent Label Noise</i> (Xia et al.); see {@link InstanceDependentNoise}.
   */
  public InstanceDependentNoise instanceDependent(double rate) {
    return new InstanceDependentNoise(rate);
  }

  @Override
  public String toString() {
    return "labels(): symmetric(rate), symmetricIncludingTrue(rate), pairFlip(rate[, partners]),"
        + " transition(T), fromTrace(numClasses, trace[, learnable]), instanceDependent(rate)";
  }
}
