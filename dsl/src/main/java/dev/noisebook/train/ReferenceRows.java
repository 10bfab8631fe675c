package dev.noisebook.train;

import dev.noisebook.noise.NoiseMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.ImmutableDataset;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * The per-row side information of a fit against a frozen reference policy, kept in each example's
 * metadata so that the training data alone (not the reference model) rebuilds the fit: the
 * reference's log-probability of every label ({@value #LOG_PROB}{@code <label>}), the rejected
 * response of a preference pair ({@value #REJECTED}) and whether the row belongs to a forget set
 * ({@value #FORGET}). Row i's arrays are indexed by the dataset's label ids.
 *
 * @param logProbs log π_ref(k | x_i) per row and label id
 * @param rejected the rejected label id per row, or −1 where the row is no preference pair
 * @param forget whether the row is to be unlearned
 */
record ReferenceRows(double[][] logProbs, int[] rejected, boolean[] forget) {
  static final String LOG_PROB = "reference_log_prob:";
  static final String REJECTED = "rejected";
  static final String FORGET = "forget";

  /** log p of a reference probability p, floored at this to stay finite. */
  static final double FLOOR = -700;

  /** Reads the side information of every row of {@code data}, naming the first missing entry. */
  static ReferenceRows of(Dataset<Label> data) {
    ImmutableOutputInfo<Label> labels = data.getOutputIDInfo();
    int n = data.size();
    double[][] logProbs = new double[n][labels.size()];
    int[] rejected = new int[n];
    boolean[] forget = new boolean[n];
    int i = 0;
    for (Example<Label> e : data) {
      for (int k = 0; k < labels.size(); k++) {
        String label = labels.getOutput(k).getLabel();
        Object v =
            e.getMetadataValue(LOG_PROB + label)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "a fit against a reference needs the reference's log-probabilities"
                                + " in the data (PreferenceData.dataset, LinearModel.unlearn);"
                                + " an example has none for label "
                                + label));
        logProbs[i][k] = Double.parseDouble((String) v);
      }
      rejected[i] =
          e.getMetadataValue(REJECTED).map(v -> labels.getID(new Label((String) v))).orElse(-1);
      forget[i] =
          e.getMetadataValue(FORGET).map(v -> Boolean.parseBoolean((String) v)).orElse(false);
      i++;
    }
    return new ReferenceRows(logProbs, rejected, forget);
  }

  /**
   * The indices in the bound data of {@code batch}'s rows, for an objective bound to {@code rows}.
   */
  static int[] index(ReferenceRows rows, Batch batch, String loss) {
    if (rows == null || batch.rows() == null) {
      throw new IllegalStateException(
          loss + " runs only on batches with row indices of the data it is bound to (forData)");
    }
    return batch.rows();
  }

  /**
   * log π_ref(k | x) for each example of {@code data} and each of its label ids: the reference
   * model's probabilities (it must generate them and know exactly the data's labels), or the
   * uniform policy log(1/K) when {@code reference} is null.
   */
  static double[][] referenceLogProbs(Model<Label> reference, Dataset<Label> data) {
    ImmutableOutputInfo<Label> labels = data.getOutputIDInfo();
    int n = data.size();
    int classes = labels.size();
    double[][] out = new double[n][classes];
    if (reference == null) {
      for (double[] row : out) {
        java.util.Arrays.fill(row, -Math.log(classes));
      }
      return out;
    }
    checkLabels(reference, labels);
    int i = 0;
    for (Prediction<Label> p : reference.predict(data)) {
      Map<String, Label> scores = p.getOutputScores();
      for (int k = 0; k < classes; k++) {
        double prob = scores.get(labels.getOutput(k).getLabel()).getScore();
        out[i][k] = Math.max(FLOOR, Math.log(prob));
      }
      i++;
    }
    return out;
  }

  private static void checkLabels(Model<Label> reference, ImmutableOutputInfo<Label> labels) {
    if (!reference.generatesProbabilities()) {
      throw new IllegalArgumentException(
          "the reference model must generate probabilities (π_ref(y|x)); "
              + reference.getClass().getSimpleName()
              + " does not");
    }
    TreeSet<String> mine = names(labels);
    TreeSet<String> theirs = names(reference.getOutputIDInfo());
    if (!mine.equals(theirs)) {
      throw new IllegalArgumentException(
          "the reference model's labels " + theirs + " differ from the data's labels " + mine);
    }
  }

  private static TreeSet<String> names(org.tribuo.OutputInfo<Label> info) {
    TreeSet<String> out = new TreeSet<>();
    for (Label label : info.getDomain()) {
      out.add(label.getLabel());
    }
    return out;
  }

  private static void put(Example<Label> example, String key, String value) {
    if (example.containsMetadata(key)) {
      throw new IllegalArgumentException(
          "the data already carries the metadata "
              + key
              + " (annotated for a reference before?); annotate the original data");
    }
    example.setMetadataValue(key, value);
  }

  /**
   * A copy of {@code data} whose row i has the output {@code outputs[i]}, the clean label (the
   * original one, unless the example already records one), the reference's log-probabilities and
   * the {@code extra} metadata of row i; the label ids and features of {@code data} are kept.
   */
  static Dataset<Label> annotate(
      Dataset<Label> data, double[][] logProbs, Label[] outputs, List<Map<String, String>> extra) {
    ImmutableOutputInfo<Label> labels = data.getOutputIDInfo();
    List<Example<Label>> examples = new ArrayList<>(data.size());
    int i = 0;
    for (Example<Label> e : data) {
      ArrayExample<Label> copy = new ArrayExample<>(outputs[i], e, e.getWeight());
      for (var m : e.getMetadata().entrySet()) {
        if (!copy.containsMetadata(m.getKey())) {
          copy.setMetadataValue(m.getKey(), m.getValue());
        }
      }
      if (!copy.containsMetadata(NoiseMetadata.CLEAN_LABEL)) {
        copy.setMetadataValue(NoiseMetadata.CLEAN_LABEL, e.getOutput().getLabel());
      }
      for (int k = 0; k < labels.size(); k++) {
        put(copy, LOG_PROB + labels.getOutput(k).getLabel(), Double.toString(logProbs[i][k]));
      }
      for (var m : extra.get(i).entrySet()) {
        put(copy, m.getKey(), m.getValue());
      }
      examples.add(copy);
      i++;
    }
    return new ImmutableDataset<>(
        examples,
        data.getProvenance(),
        data.getOutputFactory(),
        data.getFeatureIDMap(),
        labels,
        false);
  }
}
