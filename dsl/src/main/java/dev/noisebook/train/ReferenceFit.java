package dev.noisebook.train;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import dev.noisebook.check.Parameters;
import dev.noisebook.display.LiveDisplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits of {@link MiniBatchTrainer} against a frozen reference policy: preference optimisation on
 * {@link PreferenceData} ({@link PreferenceObjective}) and NPO unlearning of a forget set ({@link
 * UnlearningObjective}). The reference's log-probabilities travel in the training data's metadata,
 * so the trainer rebuilt from the model's provenance, trained on the same annotated data, gives the
 * same weights; the model's run provenance names the reference ({@value #REFERENCE}: its model
 * provenance, or "uniform") and the preference draw ({@value #PREFERENCES}).
 */
public final class ReferenceFit {
  /** The run-provenance key of the reference. */
  public static final String REFERENCE = "reference";

  /** The run-provenance key of the preference data's origin. */
  public static final String PREFERENCES = "preferences";

  private ReferenceFit() {}

  /** Trains {@code trainer} (of a preference loss) on {@code data} against {@code reference}. */
  public static Fit preferences(
      MiniBatchTrainer trainer, PreferenceData data, Model<Label> reference) {
    Parameters.notNull("data", data);
    return trainer.fit(
        data.dataset(reference),
        Map.of(
            REFERENCE,
            provenance(reference),
            PREFERENCES,
            new StringProvenance(PREFERENCES, "" + data)),
        LiveDisplay.current());
  }

  /**
   * Trains {@code trainer} (of NPO) to unlearn {@code forget} while keeping {@code retain}, both
   * with the same labels, against {@code reference} (null: uniform), on {@link #unlearningData}.
   */
  public static Fit unlearn(
      MiniBatchTrainer trainer,
      Dataset<Label> forget,
      Dataset<Label> retain,
      Model<Label> reference) {
    return trainer.fit(
        unlearningData(forget, retain, reference),
        Map.of(REFERENCE, provenance(reference)),
        LiveDisplay.current());
  }

  /**
   * The training data of an NPO fit: the {@code forget} rows (metadata {@code forget = true}), then
   * the {@code retain} rows, each with log π_ref(y|x) of every label from {@code reference} (null:
   * uniform). A trainer rebuilt from an NPO model's provenance retrains on this.
   */
  public static Dataset<Label> unlearningData(
      Dataset<Label> forget, Dataset<Label> retain, Model<Label> reference) {
    Parameters.notNull("forget", forget);
    Parameters.notNull("retain", retain);
    List<Example<Label>> rows = new ArrayList<>();
    forget.forEach(rows::add);
    retain.forEach(rows::add);
    LabelFactory factory = new LabelFactory();
    Dataset<Label> both =
        new MutableDataset<>(
            new ListDataSource<>(
                rows,
                factory,
                new SimpleDataSourceProvenance(
                    "unlearning: " + forget.size() + " forget + " + retain.size() + " retain rows",
                    factory)));
    List<Map<String, String>> flags = new ArrayList<>(rows.size());
    Label[] labels = new Label[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      labels[i] = rows.get(i).getOutput();
      flags.add(Map.of(ReferenceRows.FORGET, Boolean.toString(i < forget.size())));
    }
    return ReferenceRows.annotate(
        both, ReferenceRows.referenceLogProbs(reference, both), labels, flags);
  }

  private static Provenance provenance(Model<Label> reference) {
    return reference == null
        ? new StringProvenance(REFERENCE, "uniform")
        : reference.getProvenance();
  }
}
