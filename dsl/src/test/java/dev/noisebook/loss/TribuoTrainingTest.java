package dev.noisebook.loss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noisebook.Loss;
import dev.noisebook.noise.BlobsTestSource;
import dev.noisebook.train.LossRecipe;
import org.junit.jupiter.api.Test;
import org.tribuo.MutableDataset;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.math.optimisers.AdaGrad;

/** End to end: Tribuo's linear SGD learns separable blobs through the adapter (sign convention). */
class TribuoTrainingTest {

  @Test
  void linearSgdLearnsBlobsWithTheDslLosses() {
    var data = new MutableDataset<>(new BlobsTestSource(300, 3, 11));
    for (Loss loss :
        new Loss[] {
          Loss.crossEntropy(),
          Loss.focal(2),
          Loss.generalizedCE(0.7),
          Loss.nceRce(1, 1),
          Loss.crossEntropy().plus(Loss.logZSquared(1e-4)),
          Loss.sparsemax(),
          Loss.sphericalZLoss(1, 2)
        }) {
      var trainer = new LinearSGDTrainer(loss.objective(), new AdaGrad(0.5, 0.1), 5, 1000, 1, 3L);
      var model = trainer.train(data);
      double accuracy = new LabelEvaluator().evaluate(model, data).accuracy();
      assertThat(accuracy).as("training accuracy with %s", loss).isGreaterThan(0.9);
      assertThat(model.generatesProbabilities()).isEqualTo(loss.probabilistic());
      assertThat(model.getProvenance().getTrainerProvenance().toString())
          .as("trainer provenance names the loss")
          .contains("loss=" + LossRecipe.of(loss));
    }
  }
}
