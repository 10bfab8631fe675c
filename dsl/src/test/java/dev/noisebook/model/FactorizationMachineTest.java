package dev.noisebook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noisebook.Data;
import dev.noisebook.Loss;
import dev.noisebook.Model;
import dev.noisebook.Optim;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.sgd.fm.FMClassificationModel;

class FactorizationMachineTest {
  /** XOR of the signs of two features: no linear model separates it, one interaction does. */
  private static Dataset<Label> xor;

  @BeforeAll
  static void data() {
    Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
    xor =
        new MutableDataset<>(
            Data.checkerboard(2).squares(2).range(-1, 1).samples(800).seed(5).source());
  }

  private static double accuracy(org.tribuo.Model<Label> model) {
    return new LabelEvaluator().evaluate(model, xor).accuracy();
  }

  @Test
  void learnsTheInteractionALinearModelCannot() {
    var fm = Model.factorizationMachine(4).optimiser(Optim.adaGrad(0.1)).epochs(30).seed(3);
    var linear = Model.linear().optimiser(Optim.adaGrad(0.1)).epochs(30).seed(3);
    double fmAccuracy = accuracy(fm.train(xor));
    double linearAccuracy = accuracy(linear.train(xor));
    assertThat(fmAccuracy).isGreaterThan(0.9);
    assertThat(linearAccuracy).isLessThan(0.7);
  }

  @Test
  void trainsWithARobustDslLossAsTribuosObjective() {
    var model =
        Model.factorizationMachine(4)
            .loss(Loss.generalizedCE(0.7))
            .optimiser(Optim.adaGrad(0.1))
            .epochs(30)
            .seed(3)
            .train(xor);
    assertThat(model).isInstanceOf(FMClassificationModel.class);
    assertThat(accuracy(model)).isGreaterThan(0.9);
    assertThat(model.getProvenance().getTrainerProvenance().toString())
        .contains("FMClassificationTrainer")
        .contains("loss=GeneralizedCE(0.7)");
  }

  @Test
  void theSameSeedGivesTheSameModel() {
    var recipe = Model.factorizationMachine(3).epochs(3).seed(9);
    var a = recipe.train(xor);
    var b = recipe.train(xor);
    for (var example : xor) {
      Prediction<Label> pa = a.predict(example);
      Prediction<Label> pb = b.predict(example);
      assertThat(pa.getOutputScores()).isEqualTo(pb.getOutputScores());
    }
  }

  @Test
  void readsAsItsRecipe() {
    assertThat(Model.factorizationMachine(8).epochs(10).seed(2).toString())
        .isEqualTo(
            "Model.factorizationMachine(8).loss(CE).optimiser(Optim.adaGrad(0.1))"
                + ".epochs(10).batch(1).variance(0.1).seed(2)");
  }

  @Test
  void badParametersAreNamed() {
    assertThatThrownBy(() -> Model.factorizationMachine(0)).hasMessageContaining("factors");
    assertThatThrownBy(() -> Model.factorizationMachine(2).variance(0))
        .hasMessageContaining("variance");
    assertThatThrownBy(() -> Model.factorizationMachine(2).epochs(0))
        .hasMessageContaining("epochs");
  }
}
