package dev.noisebook.noise;

import java.util.Arrays;
import java.util.Optional;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * The clean values the noise wrappers keep in each example's metadata, so that evaluation can
 * compare against them (e.g. the fraction of flipped training labels a model has memorised). Values
 * are stored as Strings, the only metadata Tribuo serialises faithfully; numbers are written with
 * {@link Double#toString(double)}, which reads back exactly. When noise wrappers are stacked, the
 * innermost value, the one before any noise, is kept.
 */
public final class NoiseMetadata {
  /** The clean label's name. */
  public static final String CLEAN_LABEL = "clean_label";

  /** The clean regression target: the values comma-separated in the Regressor's dimension order. */
  public static final String CLEAN_TARGET = "clean_target";

  /**
   * The clean feature values, comma-separated in the example's feature order (Tribuo keeps features
   * sorted by name), which the noisy example keeps.
   */
  public static final String CLEAN_FEATURES = "clean_features";

  private NoiseMetadata() {}

  /** The clean label, if a label-noise wrapper made this example. */
  public static Optional<Label> cleanLabel(Example<Label> example) {
    return example.getMetadataValue(CLEAN_LABEL).map(v -> new Label((String) v));
  }

  /** Whether the example's label differs from its clean label (false when none is recorded). */
  public static boolean isFlipped(Example<Label> example) {
    return cleanLabel(example)
        .map(clean -> !clean.getLabel().equals(example.getOutput().getLabel()))
        .orElse(false);
  }

  /** The clean target values, if a target-noise wrapper made this example. */
  public static Optional<double[]> cleanTarget(Example<Regressor> example) {
    return example.getMetadataValue(CLEAN_TARGET).map(v -> parse((String) v));
  }

  /** The clean feature values, if an input-noise wrapper made this example. */
  public static Optional<double[]> cleanFeatures(Example<?> example) {
    return example.getMetadataValue(CLEAN_FEATURES).map(v -> parse((String) v));
  }

  static String format(double[] values) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      text.append(i == 0 ? "" : ",").append(values[i]);
    }
    return text.toString();
  }

  static double[] parse(String text) {
    return text.isEmpty()
        ? new double[0]
        : Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
  }

  /** Sets {@code key} unless an inner wrapper already recorded it. */
  static void keep(Example<?> example, String key, String value) {
    if (!example.containsMetadata(key)) {
      example.setMetadataValue(key, value);
    }
  }
}
