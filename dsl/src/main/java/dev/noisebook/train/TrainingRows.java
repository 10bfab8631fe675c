package dev.noisebook.train;

import dev.noisebook.noise.NoiseMetadata;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.math.la.DenseVector;

/**
 * A dataset as the loop reads it: dense feature rows with the bias 1 last (Tribuo's layout), the
 * label ids, and for noisy data the clean label ids ({@link NoiseMetadata}; the label itself where
 * the example has none), which labels were flipped, and each row's index in the whole dataset.
 */
record TrainingRows(double[][] x, int[] y, int[] clean, boolean[] flipped, int[] index) {

  static TrainingRows of(Dataset<Label> data) {
    ImmutableFeatureMap features = data.getFeatureIDMap();
    ImmutableOutputInfo<Label> labels = data.getOutputIDInfo();
    int n = data.size();
    double[][] x = new double[n][];
    int[] y = new int[n];
    int[] clean = new int[n];
    boolean[] flipped = new boolean[n];
    int i = 0;
    for (Example<Label> e : data) {
      x[i] = DenseVector.createDenseVector(e, features, true).toArray();
      y[i] = labels.getID(e.getOutput());
      Label c = NoiseMetadata.cleanLabel(e).orElse(e.getOutput());
      clean[i] = labels.getID(c);
      if (clean[i] < 0) {
        throw new IllegalArgumentException(
            "example " + i + " has clean label " + c.getLabel() + ", which no example carries");
      }
      flipped[i] = clean[i] != y[i];
      i++;
    }
    int[] index = new int[n];
    java.util.Arrays.setAll(index, r -> r);
    return new TrainingRows(x, y, clean, flipped, index);
  }

  int size() {
    return y.length;
  }

  /** The rows at {@code indices}, in that order. */
  TrainingRows select(int[] indices) {
    double[][] xs = new double[indices.length][];
    int[] ys = new int[indices.length];
    int[] cs = new int[indices.length];
    boolean[] fs = new boolean[indices.length];
    int[] is = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      xs[i] = x[indices[i]];
      ys[i] = y[indices[i]];
      cs[i] = clean[indices[i]];
      fs[i] = flipped[indices[i]];
      is[i] = index[indices[i]];
    }
    return new TrainingRows(xs, ys, cs, fs, is);
  }
}
