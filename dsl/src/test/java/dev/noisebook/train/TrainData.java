package dev.noisebook.train;

import dev.noisebook.Data;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Dataset;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

/** Shared data and helpers of the mini-batch loop tests. */
final class TrainData {
  static {
    Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
  }

  private TrainData() {}

  /** 400 rows of 4 blobs in 2 features. */
  static Dataset<Label> blobs() {
    return new MutableDataset<>(Data.blobs(4).samples(400).seed(11).source());
  }

  /** 400 rows of 2 overlapping blobs, for the binary losses. */
  static Dataset<Label> binary() {
    return new MutableDataset<>(Data.blobs(2).spread(3).samples(400).seed(5).source());
  }

  /**
   * The weights of the {@link MiniBatchTrainer} of loss {@code recipe} rebuilt from {@code model}'s
   * provenance with OLCUT (the first invocation) and trained on {@code data}.
   */
  static double[] rebuiltWeights(LinearSGDModel model, String recipe, Dataset<Label> data) {
    var cm = new com.oracle.labs.mlrg.olcut.config.ConfigurationManager();
    cm.addConfiguration(
        com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil.extractConfiguration(
            model.getProvenance()));
    MiniBatchTrainer rebuilt =
        cm.lookupAll(MiniBatchTrainer.class).stream()
            .filter(t -> t.lossRecipe().equals(recipe))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no trainer of " + recipe + " in the provenance"));
    return weights(rebuilt.train(data));
  }

  /** The model's weights, row-major. */
  static double[] weights(LinearSGDModel model) {
    var m = model.getWeightsCopy();
    double[] out = new double[m.getDimension1Size() * m.getDimension2Size()];
    for (int i = 0; i < m.getDimension1Size(); i++) {
      for (int j = 0; j < m.getDimension2Size(); j++) {
        out[i * m.getDimension2Size() + j] = m.get(i, j);
      }
    }
    return out;
  }
}
