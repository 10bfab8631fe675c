package dev.noisebook;

import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import dev.noisebook.chart.ScatterChart;
import dev.noisebook.data.Blobs;
import dev.noisebook.data.Checkerboard;
import dev.noisebook.data.Circles;
import dev.noisebook.data.CsvFile;
import dev.noisebook.data.DataCharts;
import dev.noisebook.data.DataSummary;
import dev.noisebook.data.Examples;
import dev.noisebook.data.FourierFeatures;
import dev.noisebook.data.FourierMap;
import dev.noisebook.data.Friedman1;
import dev.noisebook.data.Linear;
import dev.noisebook.data.Moons;
import dev.noisebook.data.Rebuild;
import dev.noisebook.data.Sine;
import dev.noisebook.data.SourceData;
import dev.noisebook.data.Spirals;
import dev.noisebook.data.Split;
import dev.noisebook.data.Standardised;
import dev.noisebook.display.Displayable;
import dev.noisebook.display.MimeBundle;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.ConfigurableDataSource;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.regression.Regressor;

/**
 * A data set as an immutable value that is also a Tribuo data source: synthetic toy data drawn from
 * a seed, a CSV file, or anything derived from those (a split, standardised features, random
 * Fourier features). {@link #source()} is the Tribuo {@link ConfigurableDataSource} (for the DSL's
 * own values, the value itself) and {@link #dataset()} a fresh Tribuo {@link MutableDataset} whose
 * provenance records how to make the data again ({@link #rebuild}).
 *
 * <pre>{@code
 * var data  = Data.blobs(10).features(20).samples(5_000).seed(7);
 * var split = data.split(0.8);                      // stratified, seed 1
 * trainer.train(split.train().dataset());
 *
 * Data.moons().noise(0.1);                          // shows itself as a scatter chart
 * Data.circles().split(0.7).standardised().fourierFeatures(300, 1.0, 42);
 * Data.csv("iris.csv").classification("species");
 * }</pre>
 *
 * <p>In a notebook, labelled data with two features shows itself as a scatter chart by class,
 * one-feature regression data as y against x, and everything as a summary (class counts or target
 * range, feature ranges); in plain JShell it prints the call that makes it.
 *
 * @param <T> the output type: {@link Label} for classification, {@link Regressor} for regression
 */
public interface Data<T extends Output<T>> extends Displayable {

  /** The Tribuo source of the examples; the DSL's own data values are their own source. */
  ConfigurableDataSource<T> source();

  /** Deep copies of the examples, in order; changing them changes nothing here. */
  default List<Example<T>> examples() {
    List<Example<T>> examples = new ArrayList<>();
    for (Example<T> example : source()) {
      examples.add(example.copy());
    }
    return examples;
  }

  /** A new Tribuo dataset of the examples, its provenance that of {@link #source()}. */
  default MutableDataset<T> dataset() {
    return new MutableDataset<>(source());
  }

  /** The number of examples. */
  default int size() {
    return examples().size();
  }

  /**
   * The feature names in Tribuo's order (sorted as strings; the generators' names sort
   * numerically).
   */
  default List<String> featureNames() {
    return Examples.featureNames(examples());
  }

  /** The features as a matrix, one row per example, columns in {@link #featureNames()} order. */
  default double[][] x() {
    List<Example<T>> examples = examples();
    return Examples.matrix(examples, Examples.featureNames(examples));
  }

  /**
   * A seeded split with {@code trainFraction} of the examples in train (the session's {@link
   * Seeds#defaultSeed()}, 1 unless {@code %seed} changed it): stratified by class for labelled
   * data, unstratified otherwise.
   */
  default Split<T> split(double trainFraction) {
    return split(trainFraction, Seeds.defaultSeed());
  }

  /** {@link #split(double)} with the permutation drawn from {@code seed}. */
  default Split<T> split(double trainFraction, long seed) {
    return split(trainFraction, seed, source().getOutputFactory() instanceof LabelFactory);
  }

  /**
   * A seeded split; {@code stratified} (labels only) splits each class in the same proportion, so
   * both parts keep the class shares. See {@link dev.noisebook.data.Subset} for the exact rule.
   */
  default Split<T> split(double trainFraction, long seed, boolean stratified) {
    return Split.of(this, trainFraction, seed, stratified);
  }

  /**
   * Every feature standardised with this data's own mean and population std (divide by n); to fit
   * on a train part and apply to both parts, use {@link Split#standardised()}.
   */
  default Data<T> standardised() {
    return Standardised.of(source());
  }

  /**
   * The features replaced by D random Fourier features of the RBF kernel with bandwidth {@code
   * sigma} (see {@link FourierMap}); for a split, use {@link Split#fourierFeatures} so both parts
   * share one map.
   */
  default Data<T> fourierFeatures(int dimension, double sigma, long seed) {
    return FourierFeatures.of(source(), dimension, sigma, seed);
  }

  /** Size, class counts or target range, and feature ranges. */
  default DataSummary summary() {
    return DataSummary.of(this);
  }

  /**
   * The data as a scatter chart: labelled data with 2 features by class, regression data with 1
   * feature as y against x; other data has no such picture and throws.
   */
  default ScatterChart plot() {
    return DataCharts.scatter(this);
  }

  @Override
  default MimeBundle mimeBundle() {
    DataSummary summary = summary();
    MimeBundle bundle = MimeBundle.text(toString() + "\n" + summary).withHtml(summary.html());
    return DataCharts.plottable(this) ? bundle.withPng(plot().png()) : bundle;
  }

  /** K Gaussian blobs in 2 dimensions (see {@link Blobs}); {@code .features(d)} for more. */
  static Blobs blobs(int classes) {
    return Blobs.of(classes);
  }

  /** Two interleaving half circles, scikit-learn's {@code make_moons} (see {@link Moons}). */
  static Moons moons() {
    return new Moons();
  }

  /** Two concentric circles, scikit-learn's {@code make_circles} (see {@link Circles}). */
  static Circles circles() {
    return new Circles();
  }

  /** A two-colour checkerboard of 4 × 4 squares on [-1, 1]² (see {@link Checkerboard}). */
  static Checkerboard checkerboard() {
    return Checkerboard.of(2);
  }

  /** A checkerboard whose square (i, j) has class (i + j) mod K (see {@link Checkerboard}). */
  static Checkerboard checkerboard(int classes) {
    return Checkerboard.of(classes);
  }

  /** K interleaved spiral arms, one class each (see {@link Spirals}). */
  static Spirals spirals(int arms) {
    return Spirals.of(arms);
  }

  /** y = w·x + b + σε with x ~ N(0, I_d) (see {@link Linear}). */
  static Linear linear(int features) {
    return Linear.of(features);
  }

  /** y = sin(ωx) + σε with x uniform on [-π, π) (see {@link Sine}). */
  static Sine sine() {
    return new Sine();
  }

  /** Friedman #1, scikit-learn's {@code make_friedman1} (see {@link Friedman1}). */
  static Friedman1 friedman1() {
    return new Friedman1();
  }

  /**
   * A CSV file with a header row; then {@code .classification(column)} or {@code
   * .regression(column)}.
   */
  static CsvFile csv(String path) {
    return CsvFile.at(path);
  }

  /** Any configurable Tribuo source as DSL data, e.g. Tribuo's own demo sources. */
  static <T extends Output<T>> Data<T> of(ConfigurableDataSource<T> source) {
    if (source instanceof Data<?>) {
      @SuppressWarnings("unchecked")
      Data<T> data = (Data<T>) source;
      return data;
    }
    return SourceData.of(source);
  }

  /**
   * The random Fourier feature map z(x) = √(2/D) cos(Wx + b) from {@code inputDimension} to {@code
   * dimension} features for the RBF kernel of bandwidth {@code sigma} (see {@link FourierMap}).
   */
  static FourierMap fourierMap(int inputDimension, int dimension, double sigma, long seed) {
    return new FourierMap(inputDimension, dimension, sigma, seed);
  }

  /**
   * The data recorded in a provenance, made again: a data source's provenance, a dataset's, or a
   * trained model's (its training data). Synthetic data comes out bit-identical. The output type is
   * not checked: assign the result to the type the provenance holds.
   */
  static <T extends Output<T>> Data<T> rebuild(ObjectProvenance provenance) {
    return Rebuild.from(provenance);
  }
}
