package dev.noisebook.train;

import dev.noisebook.Loss;
import dev.noisebook.loss.EarlyLearning;
import dev.noisebook.loss.coupled.AucLoss;
import dev.noisebook.loss.coupled.CompositionalNll;
import dev.noisebook.loss.coupled.ContrastiveLoss;
import dev.noisebook.loss.coupled.NegativePreferenceLoss;
import dev.noisebook.loss.coupled.NoiseContrastiveEstimation;
import dev.noisebook.loss.coupled.PreferenceLoss;
import dev.noisebook.loss.coupled.SoftDiceLoss;

/** The {@link BatchObjective} for a DSL loss value. */
final class Objectives {
  private Objectives() {}

  static BatchObjective of(Object loss, TrainingSettings settings) {
    return switch (loss) {
      case Loss l -> new PerExampleObjective(l, settings.nativeKernels());
      case EarlyLearning e -> new EarlyLearningObjective(e);
      case AucLoss a -> new RankingObjective(a);
      case SoftDiceLoss d -> new DiceObjective(d);
      case ContrastiveLoss c ->
          new ContrastiveObjective(c, settings.embeddingDimension(), settings.viewNoise());
      case PreferenceLoss p -> new PreferenceObjective(p);
      case NegativePreferenceLoss n -> new UnlearningObjective(n);
      case NoiseContrastiveEstimation n -> new DensityObjective(n);
      case CompositionalNll c -> new DensityObjective(c);
      case null -> throw new IllegalArgumentException("loss must not be null");
      default ->
          throw new IllegalArgumentException(
              "the mini-batch loop trains a per-example Loss, ELR (Loss.elr), an AUC loss (Loss.ranking()), soft"
                  + " Dice (Loss.sets()), a contrastive loss (Loss.contrastive()) or a preference loss (Loss.preference()), not "
                  + loss);
    };
  }
}
