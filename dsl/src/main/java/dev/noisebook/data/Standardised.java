package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.ConfigurableDataSource;
import org.tribuo.Example;
import org.tribuo.Output;

/**
 * Features standardised to (x - mean)/std per feature, the mean and std fitted on {@link #fitOn}
 * (the train part of a split) or, when that is absent, on the data itself. The std is the
 * population standard deviation, √(Σ(x - mean)²/n), dividing by n as scikit-learn's {@code
 * StandardScaler} does, so the fitted data has mean 0 and std 1 exactly (up to rounding). A
 * constant feature (std 0) is only centred. A feature an example lacks counts as 0 (Tribuo's sparse
 * convention), and every output example carries every fitted feature. Outputs, weights and metadata
 * pass through unchanged.
 */
public final class Standardised<T extends Output<T>> extends Derived<T> {

  @Config(description = "The data the mean and std are fitted on; absent for the data itself.")
  private ConfigurableDataSource<T> fitOn;

  /** For OLCUT. */
  private Standardised() {}

  Standardised(ConfigurableDataSource<T> source, ConfigurableDataSource<T> fitOn) {
    super(source);
    this.fitOn = fitOn;
  }

  /** {@code source} standardised with its own mean and std. */
  public static <T extends Output<T>> Standardised<T> of(ConfigurableDataSource<T> source) {
    return new Standardised<>(source, null);
  }

  /** {@code source} standardised with the mean and std of {@code fitOn}. */
  public static <T extends Output<T>> Standardised<T> of(
      ConfigurableDataSource<T> source, ConfigurableDataSource<T> fitOn) {
    return new Standardised<>(source, Parameters.notNull("fitOn", fitOn));
  }

  /** The fitted transform: feature names, means and stds. */
  public Fit fit() {
    List<? extends Example<T>> fitData = examplesOf(fitOn == null ? source : fitOn);
    List<String> names = Examples.featureNames(fitData);
    double[][] x = Examples.matrix(fitData, names);
    int n = x.length;
    double[] mean = new double[names.size()];
    double[] std = new double[names.size()];
    for (int j = 0; j < mean.length; j++) {
      double sum = 0;
      for (double[] row : x) {
        sum += row[j];
      }
      mean[j] = sum / n;
      double squares = 0;
      for (double[] row : x) {
        squares += (row[j] - mean[j]) * (row[j] - mean[j]);
      }
      std[j] = Math.sqrt(squares / n);
    }
    return new Fit(names, mean, std);
  }

  /** Per-feature mean and population std, in {@link #names} order. */
  public record Fit(List<String> names, double[] mean, double[] std) {
    public Fit {
      names = List.copyOf(names);
      mean = mean.clone();
      std = std.clone();
    }

    @Override
    public double[] mean() {
      return mean.clone();
    }

    @Override
    public double[] std() {
      return std.clone();
    }

    /** (x - mean)/std per feature; std 0 counts as 1. */
    public double[] apply(double[] x) {
      double[] z = new double[x.length];
      for (int j = 0; j < z.length; j++) {
        z[j] = (x[j] - mean[j]) / (std[j] > 0 ? std[j] : 1);
      }
      return z;
    }
  }

  @Override
  protected List<Example<T>> make() {
    Fit fit = fit();
    List<Example<T>> input = examplesOf(source);
    List<String> inputNames = Examples.featureNames(input);
    if (!fit.names().containsAll(inputNames)) {
      List<String> unknown = new ArrayList<>(inputNames);
      unknown.removeAll(fit.names());
      throw new IllegalArgumentException(
          "cannot standardise "
              + Text.describe(source)
              + ": features "
              + unknown
              + " never occur in the data the standardisation is fitted on");
    }
    String[] names = fit.names().toArray(String[]::new);
    double[][] x = Examples.matrix(input, fit.names());
    List<Example<T>> output = new ArrayList<>(input.size());
    for (int i = 0; i < x.length; i++) {
      output.add(Examples.withFeatures(input.get(i), names, fit.apply(x[i])));
    }
    return output;
  }

  @Override
  public String toString() {
    return Text.describe(source)
        + ".standardised("
        + (fitOn == null ? "" : "fitted on " + fitName())
        + ")";
  }

  private String fitName() {
    if (fitOn instanceof Subset<T> part && source instanceof Subset<T> own) {
      if (part.from() == own.from()) {
        return part.part().name().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return Text.describe(fitOn);
  }
}
