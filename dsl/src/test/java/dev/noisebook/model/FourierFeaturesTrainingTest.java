package dev.noisebook.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noisebook.Data;
import dev.noisebook.Model;
import dev.noisebook.Optim;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.evaluation.LabelEvaluator;

/**
 * Random Fourier features ("Random Features for Large-Scale Kernel Machines") make a linear model
 * non-linear: on concentric circles a linear model on the raw features is at chance, the same model
 * on the RBF features of a standardised split separates them.
 */
class FourierFeaturesTrainingTest {
  @Test
  void aLinearModelSeparatesCirclesOnRandomFourierFeatures() {
    var split = Data.circles().samples(600).seed(4).split(0.7, 4).standardised();
    var model = Model.linear().optimiser(Optim.adaGrad(0.3)).epochs(20).batch(16).seed(2);
    var evaluator = new LabelEvaluator();

    var raw = model.fit(split.train().dataset()).model();
    double rawAccuracy = evaluator.evaluate(raw, split.test().dataset()).accuracy();

    var features = split.fourierFeatures(200, 1.0, 42);
    var rff = model.fit(features.train().dataset()).model();
    double rffAccuracy = evaluator.evaluate(rff, features.test().dataset()).accuracy();

    assertThat(rawAccuracy).isLessThan(0.7);
    assertThat(rffAccuracy).isGreaterThan(0.9);
  }
}
