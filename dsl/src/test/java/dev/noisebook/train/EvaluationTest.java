package dev.noisebook.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Data;
import dev.noisebook.Model;
import dev.noisebook.Noise;
import dev.noisebook.Optim;
import org.junit.jupiter.api.Test;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluator;

/** Evaluation's metrics on data whose flips are known. */
class EvaluationTest {

  @Test
  void aModelOfTheCleanLabelsMemorisesNoFlipAndScoresOneMinusTheFlipRate() {
    var clean = Data.blobs(3).spread(0.5).samples(300).seed(8).source();
    var model = Model.linear().optimiser(Optim.adam(0.1)).epochs(20).batch(16).fit(clean).model();
    var noisy = Noise.labels().symmetric(0.3).seed(2).apply(clean);
    Evaluation e = Evaluation.of(model, new MutableDataset<>(noisy));
    double flipRate = noisy.noiseMatrix().flipRate();
    assertThat(flipRate).isBetween(0.1, 0.5);
    assertThat(e.cleanAccuracy()).isEqualTo(1.0);
    assertThat(e.memorisation()).isEqualTo(0.0);
    assertThat(e.accuracy()).isCloseTo(1 - flipRate, within(1e-12));
    assertThat(e.auc()).as("AUC is binary only").isNaN();
    assertThat(e.ece()).isBetween(0.0, 0.2);
  }

  @Test
  void theBinaryAucAgreesWithTribuosEvaluator() {
    var data = new MutableDataset<>(Data.blobs(2).spread(4).samples(400).seed(1).source());
    var model = Model.linear().optimiser(Optim.adam(0.05)).epochs(5).batch(32).fit(data).model();
    Label positive = data.getOutputIDInfo().getOutput(1);
    double tribuo = new LabelEvaluator().evaluate(model, data).AUCROC(positive);
    Evaluation e = Evaluation.of(model, data);
    assertThat(e.auc()).isCloseTo(tribuo, within(1e-12)).isLessThan(1.0);
    assertThat(e.memorisation()).as("no flipped labels").isNaN();
    assertThat(e.accuracy()).isEqualTo(e.cleanAccuracy());
  }
}
