package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.Output;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.Regressor;

/**
 * Dense views of Tribuo examples. A feature an example does not carry counts as 0 (Tribuo's sparse
 * convention); columns follow {@link #featureNames}, which is Tribuo's own feature order (names
 * sorted as strings). The generators name their features {@code x1, x2, ...} zero-padded ({@code
 * x01 .. x20}) so that this order is also the numeric order.
 */
public final class Examples {
  private Examples() {}

  /**
   * Labels in their natural order: whole numbers by value ({@code 2} before {@code 10}), then other
   * names alphabetically.
   */
  public static final Comparator<String> CLASS_ORDER =
      Comparator.<String, Boolean>comparing(name -> !isWholeNumber(name))
          .thenComparing(
              (a, b) ->
                  isWholeNumber(a)
                      ? Long.compare(Long.parseLong(a), Long.parseLong(b))
                      : a.compareTo(b));

  /** {@code x1 .. x9} for up to 9 features, {@code x01 .. x20} for 20, and so on. */
  public static String[] featureNames(String prefix, int count) {
    int digits = String.valueOf(count).length();
    String[] names = new String[count];
    for (int i = 0; i < count; i++) {
      names[i] = prefix + String.format("%0" + digits + "d", i + 1);
    }
    return names;
  }

  /** The names of every feature any example carries, in Tribuo's order (sorted as strings). */
  public static List<String> featureNames(List<? extends Example<?>> examples) {
    TreeSet<String> names = new TreeSet<>();
    for (Example<?> example : examples) {
      for (Feature feature : example) {
        names.add(feature.getName());
      }
    }
    return List.copyOf(names);
  }

  /** Row i holds example i's values of {@code names}, 0 where it lacks the feature. */
  public static double[][] matrix(List<? extends Example<?>> examples, List<String> names) {
    Map<String, Integer> column = new HashMap<>();
    for (int j = 0; j < names.size(); j++) {
      column.put(names.get(j), j);
    }
    double[][] rows = new double[examples.size()][names.size()];
    for (int i = 0; i < rows.length; i++) {
      for (Feature feature : examples.get(i)) {
        Integer j = column.get(feature.getName());
        if (j != null) {
          rows[i][j] = feature.getValue();
        }
      }
    }
    return rows;
  }

  /** One example's values of {@code names}, 0 where it lacks the feature. */
  public static double[] row(Example<?> example, List<String> names) {
    return matrix(List.of(example), names)[0];
  }

  /** The distinct label names, in {@link #CLASS_ORDER}; empty when the outputs are not labels. */
  public static List<String> classes(List<? extends Example<?>> examples) {
    TreeSet<String> classes = new TreeSet<>(CLASS_ORDER);
    for (Example<?> example : examples) {
      if (example.getOutput() instanceof Label label) {
        classes.add(label.getLabel());
      }
    }
    return List.copyOf(classes);
  }

  /** Each example's label as its index in {@code classes}. */
  public static int[] classIndices(List<? extends Example<?>> examples, List<String> classes) {
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < classes.size(); k++) {
      index.put(classes.get(k), k);
    }
    int[] indices = new int[examples.size()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = index.get(((Label) examples.get(i).getOutput()).getLabel());
    }
    return indices;
  }

  /** Each example's regression target (its first dimension). */
  public static double[] targets(List<? extends Example<?>> examples) {
    double[] targets = new double[examples.size()];
    for (int i = 0; i < targets.length; i++) {
      targets[i] = ((Regressor) examples.get(i).getOutput()).getValues()[0];
    }
    return targets;
  }

  /**
   * A copy of {@code example} with new features (names need not be sorted) and the same output,
   * weight and metadata, so a noise wrapper's {@code clean_label} survives a feature map.
   */
  public static <T extends Output<T>> Example<T> withFeatures(
      Example<T> example, String[] names, double[] values) {
    ArrayExample<T> copy =
        new ArrayExample<>(example.getOutput(), names, values, example.getMetadata());
    copy.setWeight(example.getWeight());
    return copy;
  }

  /**
   * SHA-256 (hex) of the examples in order: each output's serialised form, feature names, the exact
   * bits of every value, and the weight. Equal hashes mean identical data.
   */
  public static String sha256(List<? extends Example<?>> examples) {
    MessageDigest digest = ProvenanceUtil.HashType.SHA256.getDigest();
    ByteBuffer number = ByteBuffer.allocate(Long.BYTES);
    for (Example<?> example : examples) {
      digest.update(
          example.getOutput().getSerializableForm(false).getBytes(StandardCharsets.UTF_8));
      for (Feature feature : example) {
        digest.update(feature.getName().getBytes(StandardCharsets.UTF_8));
        digest.update(number.clear().putLong(Double.doubleToLongBits(feature.getValue())).array());
      }
      digest.update(number.clear().putLong(Float.floatToIntBits(example.getWeight())).array());
    }
    return ProvenanceUtil.bytesToHexString(digest.digest());
  }

  /** Deep copies, so a consumer that transforms its examples cannot change the source's. */
  public static <T extends Output<T>> List<Example<T>> copies(List<Example<T>> examples) {
    List<Example<T>> copies = new ArrayList<>(examples.size());
    for (Example<T> example : examples) {
      copies.add(example.copy());
    }
    return copies;
  }

  private static boolean isWholeNumber(String name) {
    return name.matches("-?\\d{1,18}");
  }
}
