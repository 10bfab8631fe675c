package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.ConfigurableDataSource;
import org.tribuo.Example;
import org.tribuo.Output;

/**
 * Data whose features are the random Fourier features z(x) of another source's features (see {@link
 * FourierMap}), named {@code rff1 .. rffD} (zero-padded); outputs, weights and metadata pass
 * through. A linear model on these features approximates an RBF-kernel machine, so it can fit the
 * circles, moons and checkerboard. The input features are those of {@link #namesFrom} (the train
 * part of a split) or, when that is absent, of the data itself, in Tribuo's order; an absent
 * feature counts as 0.
 */
public final class FourierFeatures<T extends Output<T>> extends Derived<T> {

  @Config(description = "The data whose feature names define the input; absent for the data.")
  private ConfigurableDataSource<T> namesFrom;

  @Config(mandatory = true, description = "Number of random features D.")
  private int dimension;

  @Config(mandatory = true, description = "Bandwidth σ of the RBF kernel.")
  private double sigma;

  @Config(mandatory = true, description = "Seed of the random projection.")
  private long seed;

  /** For OLCUT. */
  private FourierFeatures() {}

  FourierFeatures(
      ConfigurableDataSource<T> source,
      ConfigurableDataSource<T> namesFrom,
      int dimension,
      double sigma,
      long seed) {
    super(source);
    FourierMap.check(1, dimension, sigma);
    this.namesFrom = namesFrom;
    this.dimension = dimension;
    this.sigma = sigma;
    this.seed = seed;
  }

  /** {@code source}'s features through D random Fourier features (see {@link FourierMap}). */
  public static <T extends Output<T>> FourierFeatures<T> of(
      ConfigurableDataSource<T> source, int dimension, double sigma, long seed) {
    return new FourierFeatures<>(source, null, dimension, sigma, seed);
  }

  /** The map, with the input dimension of the data it is applied to. */
  public FourierMap map() {
    return new FourierMap(inputNames().size(), dimension, sigma, seed);
  }

  private List<String> inputNames() {
    return Examples.featureNames(examplesOf(namesFrom == null ? source : namesFrom));
  }

  @Override
  protected void validate() {
    super.validate();
    FourierMap.check(1, dimension, sigma);
  }

  @Override
  protected List<Example<T>> make() {
    List<String> inputs = inputNames();
    FourierMap map = new FourierMap(inputs.size(), dimension, sigma, seed);
    String[] names = Examples.featureNames("rff", dimension);
    List<Example<T>> input = examplesOf(source);
    double[][] x = Examples.matrix(input, inputs);
    List<Example<T>> output = new ArrayList<>(input.size());
    for (int i = 0; i < x.length; i++) {
      output.add(Examples.withFeatures(input.get(i), names, map.apply(x[i])));
    }
    return output;
  }

  @Override
  public String toString() {
    return Text.describe(source)
        + Text.call(".fourierFeatures", "D", dimension, "sigma", sigma, "seed", seed);
  }
}
