package dev.noisebook.train;

import static dev.noisebook.train.TrainData.weights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.oracle.labs.mlrg.olcut.config.ConfigurationManager;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import dev.noisebook.Data;
import dev.noisebook.Loss;
import dev.noisebook.Model;
import dev.noisebook.Optim;
import dev.noisebook.Seeds;
import dev.noisebook.model.LinearModel;
import dev.noisebook.model.ScheduledOptimisers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribuo.Dataset;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

class MiniBatchTrainerTest {
  private static final Dataset<Label> BLOBS = TrainData.blobs();
  private static final Dataset<Label> BINARY = TrainData.binary();

  static Stream<Arguments> recipes() {
    LinearModel base = Model.linear().optimiser(Optim.adam(0.05)).epochs(4).batch(32).seed(7);
    Stream<Arguments> scheduled =
        ScheduledOptimisers.all().stream().map(o -> Arguments.of(base.optimiser(o), BLOBS));
    return Stream.concat(
        scheduled,
        Stream.of(
            Arguments.of(base.loss(Loss.crossEntropy()).weightDecay(1e-3), BLOBS),
            Arguments.of(base.loss(Loss.crossEntropy()).pureJava(), BLOBS),
            Arguments.of(
                base.loss(Loss.generalizedCE(0.7)).optimiser(Optim.sgd(0.1).momentum(0.9)), BLOBS),
            Arguments.of(base.loss(Loss.nceRce(1, 1)).optimiser(Optim.adaGrad(0.3)), BLOBS),
            Arguments.of(base.loss(Loss.focal(2, 0.1, 0.2, 0.3, 0.4)), BLOBS),
            Arguments.of(base.loss(Loss.elr(3, 0.7)), BLOBS),
            Arguments.of(base.loss(Loss.ranking().mannWhitney(0.5)), BINARY),
            Arguments.of(base.loss(Loss.ranking().squaredHingeAuc(1)), BINARY),
            Arguments.of(base.loss(Loss.sets().softDice(1)), BINARY),
            Arguments.of(
                base.loss(Loss.contrastive().infoNce(0.2).symmetric()).embedding(3, 0.3), BLOBS),
            Arguments.of(base.loss(Loss.crossEntropy()).validation(0.25).earlyStopping(2), BLOBS)));
  }

  @ParameterizedTest
  @MethodSource("recipes")
  void theSameSeedGivesBitIdenticalWeightsAndAnotherSeedDoesNot(
      LinearModel recipe, Dataset<Label> data) {
    double[] a = weights(recipe.fit(data).model());
    double[] b = weights(recipe.fit(data).model());
    double[] c = weights(recipe.seed(8).fit(data).model());
    assertThat(b).containsExactly(a);
    assertThat(c).isNotEqualTo(a);
  }

  @ParameterizedTest
  @MethodSource("recipes")
  void rebuildingFromTheProvenanceGivesIdenticalWeights(LinearModel recipe, Dataset<Label> data) {
    MiniBatchTrainer trainer = recipe.miniBatchTrainer();
    trainer.fit(data);
    LinearSGDModel second = trainer.fit(data).model();
    var cm = new ConfigurationManager();
    cm.addConfiguration(ProvenanceUtil.extractConfiguration(second.getProvenance()));
    MiniBatchTrainer rebuilt = cm.lookupAll(MiniBatchTrainer.class).get(0);
    rebuilt.setInvocationCount(1);
    assertThat(rebuilt.lossRecipe()).isEqualTo(trainer.lossRecipe());
    assertThat(rebuilt.settings()).isEqualTo(trainer.settings());
    assertThat(weights(rebuilt.train(data))).containsExactly(weights(second));
  }

  @Test
  void theModelSavesAndLoadsWithProtobufAndStillRebuilds(@TempDir Path dir) throws IOException {
    LinearSGDModel model =
        Model.linear()
            .loss(Loss.elr(3, 0.7))
            .optimiser(Optim.adam(0.05))
            .epochs(3)
            .batch(16)
            .seed(2)
            .fit(BLOBS)
            .model();
    Path file = dir.resolve("model.tribuo");
    model.serializeToFile(file);
    var loaded = (LinearSGDModel) org.tribuo.Model.deserializeFromFile(file);
    assertThat(weights(loaded)).containsExactly(weights(model));
    var cm = new ConfigurationManager();
    cm.addConfiguration(ProvenanceUtil.extractConfiguration(loaded.getProvenance()));
    MiniBatchTrainer rebuilt = cm.lookupAll(MiniBatchTrainer.class).get(0);
    assertThat(rebuilt.lossRecipe()).isEqualTo("elr(3.0, 0.7)");
    assertThat(weights(rebuilt.train(BLOBS))).containsExactly(weights(model));
  }

  @Test
  void theProvenanceRecordsTheLossWithItsParametersAndTheLoopSettings() {
    var model =
        Model.linear()
            .loss(Loss.generalizedCE(0.7).plus(Loss.logZSquared(1e-4)))
            .optimiser(Optim.adam(0.02))
            .epochs(3)
            .batch(16)
            .weightDecay(1e-4)
            .seed(9)
            .fit(BLOBS)
            .model();
    String text = ProvenanceUtil.formattedProvenanceString(model.getProvenance());
    assertThat(text)
        .contains("MiniBatchTrainer")
        .contains("loss = Sum(GeneralizedCE(0.7), LogZSquared(1.0E-4))")
        .contains("weightDecay = 1.0E-4")
        .contains("minibatchSize = 16")
        .contains("epochs = 3")
        .contains("seed = 9")
        .contains("AdamOptimiser")
        .contains("learningRate = 0.02");
  }

  @Test
  void withoutASeedAFitUsesTheSessionsDefaultSeedAtFitTime() {
    long before = Seeds.defaultSeed();
    try {
      var recipe = Model.linear().optimiser(Optim.adam(0.05)).epochs(2).batch(16);
      Seeds.setDefault(5);
      double[] five = weights(recipe.fit(BLOBS).model());
      assertThat(five).containsExactly(weights(recipe.seed(5).fit(BLOBS).model()));
      Seeds.setDefault(6);
      assertThat(recipe.seed()).isEqualTo(6);
      assertThat(weights(recipe.fit(BLOBS).model())).isNotEqualTo(five);
    } finally {
      Seeds.setDefault(before);
    }
  }

  @Test
  void theNativeKernelAndThePureJavaPathGiveTheSameNumbers() {
    LinearModel recipe =
        Model.linear().loss(Loss.crossEntropy()).optimiser(Optim.sgd(0.1)).epochs(5).batch(16);
    assertThat(new PerExampleObjective(Loss.crossEntropy(), true).usesKernels()).isTrue();
    assertThat(new PerExampleObjective(Loss.generalizedCE(0.5), true).usesKernels()).isFalse();
    Fit kernel = recipe.fit(BLOBS);
    Fit java = recipe.pureJava().fit(BLOBS);
    double[] wk = weights(kernel.model());
    double[] wj = weights(java.model());
    for (int i = 0; i < wk.length; i++) {
      assertThat(wk[i]).as("weight %d", i).isCloseTo(wj[i], within(1e-4 * (1 + Math.abs(wj[i]))));
    }
    double[] lk = kernel.history().column(EpochStats::loss);
    double[] lj = java.history().column(EpochStats::loss);
    for (int e = 0; e < lk.length; e++) {
      assertThat(lk[e]).as("epoch %d loss", e + 1).isCloseTo(lj[e], within(1e-5));
    }
  }

  @Test
  void eachLossLearnsItsTask() {
    LinearModel base = Model.linear().optimiser(Optim.adam(0.05)).epochs(20).batch(32).seed(3);
    assertThat(base.fit(BLOBS).evaluate(BLOBS).accuracy()).isGreaterThan(0.9);
    for (Object loss :
        List.of(
            Loss.ranking().mannWhitney(0.5),
            Loss.ranking().squaredHingeAuc(1),
            Loss.sets().softDice(1))) {
      Fit fit =
          switch (loss) {
            case dev.noisebook.loss.coupled.AucLoss a -> base.loss(a).fit(BINARY);
            default -> base.loss((dev.noisebook.loss.coupled.SoftDiceLoss) loss).fit(BINARY);
          };
      assertThat(fit.evaluate(BINARY).auc()).as("AUC with %s", loss).isGreaterThan(0.9);
    }
    // Spread-out points in 8 dimensions: a view's partner is distinguishable from the batch.
    Dataset<Label> wide =
        new MutableDataset<>(Data.blobs(4).features(8).spread(5).samples(400).seed(2).source());
    LinearModel infoNce = base.loss(Loss.contrastive().infoNce(0.2)).embedding(8, 0.5).epochs(10);
    Fit contrastive = infoNce.fit(wide);
    Fit untrained = infoNce.optimiser(Optim.sgd(1e-12)).fit(wide);
    assertThat(contrastive.history().last().loss())
        .as("InfoNCE after training vs at the initial weights")
        .isLessThan(untrained.history().last().loss());
    assertThat(contrastive.model().getOutputIDInfo().size()).isEqualTo(8);
    assertThat(contrastive.history().last().accuracy()).isNaN();
    // 400 rows in batches of 57: the last batch holds a single row, which has no negative.
    assertThat(infoNce.batch(57).epochs(1).fit(wide).history().last().loss()).isFinite();
  }

  @Test
  void invalidSettingsAreNamed() {
    assertThatThrownBy(() -> Model.linear().loss(Loss.ranking().mannWhitney(1)).fit(BLOBS))
        .hasMessageContaining("needs binary labels (2 classes, the second positive), got 4");
    assertThatThrownBy(() -> Model.linear().earlyStopping(2).fit(BLOBS))
        .hasMessageContaining("early stopping (patience 2) needs a validation split");
    assertThatThrownBy(() -> Model.linear().weightDecay(-1))
        .hasMessage("weight decay must be >= 0, got -1");
    assertThatThrownBy(() -> Model.linear().validation(1))
        .hasMessage("validation fraction must be < 1, got 1.0");
    assertThatThrownBy(() -> Model.linear().loss(Loss.sets().softDice(1)).train(BINARY))
        .hasMessageStartingWith("Tribuo's LinearSGDTrainer trains per-example losses only");
  }
}
