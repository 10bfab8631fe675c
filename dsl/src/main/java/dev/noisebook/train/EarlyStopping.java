package dev.noisebook.train;

import org.tribuo.math.la.Tensor;

/**
 * Early stopping on the validation loss: remembers the weights of the best epoch (lowest loss) and
 * says stop after {@code patience} epochs without a strictly lower loss.
 */
final class EarlyStopping {
  private final int patience;
  private double best = Double.POSITIVE_INFINITY;
  private int bestEpoch;
  private Tensor[] bestWeights;

  EarlyStopping(int patience) {
    this.patience = patience;
  }

  /** Records epoch {@code epoch} (1-based); true when training should stop. */
  boolean stop(int epoch, double validationLoss, Tensor[] weights) {
    if (validationLoss < best || bestWeights == null) {
      best = validationLoss;
      bestEpoch = epoch;
      bestWeights = copy(weights);
    }
    return epoch - bestEpoch >= patience;
  }

  int bestEpoch() {
    return bestEpoch;
  }

  Tensor[] bestWeights() {
    return bestWeights;
  }

  private static Tensor[] copy(Tensor[] weights) {
    Tensor[] out = new Tensor[weights.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = weights[i].copy();
    }
    return out;
  }
}
