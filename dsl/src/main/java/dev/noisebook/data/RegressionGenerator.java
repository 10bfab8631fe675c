package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tribuo.Example;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * A synthetic regression data set: inputs x with features {@code x1 .. xd} (zero-padded from 10 on)
 * and one target named {@value #TARGET}, y = f(x) + σ·ε with ε ~ N(0, 1) and σ = {@link #noise} a
 * standard deviation. For each example the generator draws x, then ε, from one {@code
 * Random(seed)}, after any set-up draws of f (for instance random weights).
 */
public abstract class RegressionGenerator<S extends RegressionGenerator<S>>
    extends Generator<Regressor, S> {
  /** The name of the target dimension. */
  public static final String TARGET = "y";

  private static final RegressionFactory REGRESSORS = new RegressionFactory();

  @Config(description = "Standard deviation of the Gaussian noise added to the target.")
  protected double noise;

  protected RegressionGenerator(double noise) {
    this.noise = noise;
  }

  /** The function and the input distribution, once any set-up has been drawn. */
  protected interface Target {
    double[] input(Random rng);

    double value(double[] x);
  }

  /** d, the number of features. */
  public abstract int features();

  /** The target, drawing any set-up (random weights, say) from {@code rng} first. */
  protected abstract Target target(Random rng);

  /** σ, the standard deviation of the Gaussian noise on the target (0 for none). */
  public final S noise(double sigma) {
    Parameters.nonNegative("noise", sigma);
    return with(g -> g.noise = sigma);
  }

  public final double noise() {
    return noise;
  }

  @Override
  protected void validate() {
    super.validate();
    Parameters.nonNegative("noise", noise);
  }

  @Override
  protected final List<Example<Regressor>> make(Random rng) {
    Target target = target(rng);
    String[] names = Examples.featureNames("x", features());
    List<Example<Regressor>> examples = new ArrayList<>(samples);
    for (int i = 0; i < samples; i++) {
      double[] x = target.input(rng);
      double y = target.value(x) + noise * rng.nextGaussian();
      examples.add(new ArrayExample<>(new Regressor(TARGET, y), names, x));
    }
    return examples;
  }

  @Override
  public final RegressionFactory getOutputFactory() {
    return REGRESSORS;
  }

  /** {@code name(params..., noise=σ, samples=n, seed=s)}. */
  protected final String describe(String name, Object... params) {
    List<Object> all = new ArrayList<>(List.of(params));
    all.addAll(List.of("noise", noise, "samples", samples, "seed", seed));
    return Text.call(name, all.toArray());
  }
}
