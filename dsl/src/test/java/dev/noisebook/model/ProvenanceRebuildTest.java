package dev.noisebook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.labs.mlrg.olcut.config.ConfigurationManager;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import dev.noisebook.Data;
import dev.noisebook.Loss;
import dev.noisebook.Model;
import dev.noisebook.Optim;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribuo.Dataset;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;

/**
 * A model trained by Tribuo's own {@link LinearSGDTrainer} ({@code Model.linear()...train}) names
 * its DSL loss and learning-rate schedule exactly in its provenance, so OLCUT rebuilds the trainer
 * and it trains the same weights again, bit for bit.
 */
class ProvenanceRebuildTest {
  private static Dataset<Label> blobs;

  @BeforeAll
  static void data() {
    blobs = new MutableDataset<>(Data.blobs(3).samples(150).seed(4).source());
  }

  static Stream<Optim> optimisers() {
    return Stream.concat(
        ScheduledOptimisers.all().stream(), Stream.of(Optim.sgd(0.1), Optim.adam(0.02)));
  }

  private static LinearSGDTrainer rebuilt(org.tribuo.Model<?> model) {
    var cm = new ConfigurationManager();
    cm.addConfiguration(ProvenanceUtil.extractConfiguration(model.getProvenance()));
    return cm.lookupAll(LinearSGDTrainer.class).get(0);
  }

  @ParameterizedTest
  @MethodSource("optimisers")
  void aTrainedModelRebuildsToIdenticalWeights(Optim optimiser) {
    var model =
        Model.linear()
            .loss(Loss.generalizedCE(0.7).plus(Loss.logZSquared(1e-4 / 3)))
            .optimiser(optimiser)
            .epochs(3)
            .batch(2)
            .seed(6)
            .train(blobs);
    LinearSGDTrainer trainer = rebuilt(model);
    trainer.setInvocationCount(0);
    assertThat(trainer.getProvenance()).isEqualTo(model.getProvenance().getTrainerProvenance());
    assertThat(LinearModelTest.flat(trainer.train(blobs)))
        .containsExactly(LinearModelTest.flat(model));
  }

  @Test
  void aModelSavedAndLoadedStillRebuilds(@TempDir Path dir) throws IOException {
    var model =
        Model.linear()
            .optimiser(ScheduledOptimisers.NESTEROV_WARMUP_COSINE)
            .epochs(2)
            .seed(3)
            .train(blobs);
    Path file = dir.resolve("model.tribuo");
    model.serializeToFile(file);
    var loaded = org.tribuo.Model.deserializeFromFile(file);
    LinearSGDTrainer trainer = rebuilt(loaded);
    trainer.setInvocationCount(0);
    assertThat(LinearModelTest.flat(trainer.train(blobs)))
        .containsExactly(LinearModelTest.flat(model));
  }

  @Test
  void aLambdaScheduleTrainsButItsModelCannotBeRebuilt() {
    var model =
        Model.linear().optimiser(Optim.sgd(step -> 0.05 / (1 + step))).epochs(1).train(blobs);
    assertThat(LinearModelTest.flat(model)).isNotEmpty();
    assertThatThrownBy(() -> rebuilt(model))
        .hasStackTraceContaining("no schedule recipe")
        .hasStackTraceContaining("lambda schedule");
  }
}
