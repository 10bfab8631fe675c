package dev.noisebook.noise;

import java.util.List;
import org.tribuo.DataSource;
import org.tribuo.classification.Label;

/**
 * Classification label noise: turns clean class labels y into observed labels ỹ. Made by {@link
 * LabelNoises} ({@code Noise.labels()}). Applied to class indices ({@link #apply(int[], int)}) or
 * to a Tribuo data source ({@link #apply(DataSource)}), which keeps the clean label in each
 * example's metadata and records this model in its provenance.
 */
public abstract sealed class LabelNoise extends NoiseModel
    permits ClassConditionalNoise, InstanceDependentNoise {

  LabelNoise() {}

  @Override
  final String family() {
    return "LabelNoise";
  }

  @Override
  public abstract LabelNoise seed(long seed);

  /** Noisy labels for clean class indices {@code labels} in 0 .. numClasses-1. */
  public abstract NoisyLabels apply(int[] labels, int numClasses);

  /**
   * Noisy labels for clean class indices, for models whose noise depends on the features (one row
   * of {@code features} per label); class-conditional models ignore the features.
   */
  public abstract NoisyLabels apply(double[][] features, int[] labels, int numClasses);

  /** Whether {@link #apply(double[][], int[], int)} reads the features. */
  abstract boolean needsFeatures();

  /**
   * {@code source} with noisy labels; classes are indexed in the sorted order of the label names
   * found in it (String order: "10" sorts before "2"), which matters for pair-flip and transition
   * noise. The clean label stays in each example's metadata ({@link NoiseMetadata#CLEAN_LABEL}).
   */
  public LabelNoiseSource apply(DataSource<Label> source) {
    return new LabelNoiseSource(source, this, List.of());
  }

  /** {@code source} with noisy labels, class i being {@code classOrder.get(i)}. */
  public LabelNoiseSource apply(DataSource<Label> source, List<String> classOrder) {
    return new LabelNoiseSource(source, this, classOrder);
  }
}
