package dev.noisebook.data;

import dev.noisebook.Data;
import dev.noisebook.display.Displayable;
import dev.noisebook.display.MimeBundle;
import java.util.Objects;
import org.tribuo.Output;
import org.tribuo.classification.LabelFactory;

/**
 * A train part and a test part. {@link Data#split} makes them with {@link Subset}: seeded,
 * disjoint, stratified by class for labelled data unless asked otherwise. {@link #standardised()}
 * and {@link #fourierFeatures} transform both parts with what they learn from the train part only.
 */
public record Split<T extends Output<T>>(Data<T> train, Data<T> test) implements Displayable {

  /** The seed of {@code data.split(fraction)}. */
  public static final long DEFAULT_SEED = 1;

  public Split {
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(test, "test");
  }

  /**
   * {@code data} split with {@code trainFraction} of it in train; {@code stratified} keeps each
   * class's share in both parts (labels only).
   */
  public static <T extends Output<T>> Split<T> of(
      Data<T> data, double trainFraction, long seed, boolean stratified) {
    Subset.checkFraction(trainFraction);
    var source = data.source();
    if (stratified && !(source.getOutputFactory() instanceof LabelFactory)) {
      throw new IllegalArgumentException(
          "a stratified split needs class labels, but "
              + data
              + " is not classification data; split it unstratified");
    }
    return new Split<>(
        new Subset<>(source, trainFraction, seed, stratified, Subset.Part.TRAIN),
        new Subset<>(source, trainFraction, seed, stratified, Subset.Part.TEST));
  }

  /**
   * Both parts standardised with the train part's per-feature mean and standard deviation (see
   * {@link Standardised}).
   */
  public Split<T> standardised() {
    return new Split<>(
        new Standardised<>(train.source(), null),
        new Standardised<>(test.source(), train.source()));
  }

  /**
   * Both parts through the same random Fourier feature map (see {@link FourierFeatures}), its input
   * features named as in the train part.
   */
  public Split<T> fourierFeatures(int dimension, double sigma, long seed) {
    return new Split<>(
        new FourierFeatures<>(train.source(), null, dimension, sigma, seed),
        new FourierFeatures<>(test.source(), train.source(), dimension, sigma, seed));
  }

  @Override
  public MimeBundle mimeBundle() {
    DataSummary trainSummary = train.summary();
    DataSummary testSummary = test.summary();
    return MimeBundle.text(toString() + "\ntrain: " + trainSummary + "\ntest: " + testSummary)
        .withHtml(
            "<div><b>train</b>"
                + trainSummary.html()
                + "</div><div><b>test</b>"
                + testSummary.html()
                + "</div>");
  }

  /** The sizes, then how each part is made. */
  @Override
  public String toString() {
    return "Split[train: "
        + train.size()
        + " examples, test: "
        + test.size()
        + " examples]\n  train = "
        + train
        + "\n  test  = "
        + test;
  }
}
