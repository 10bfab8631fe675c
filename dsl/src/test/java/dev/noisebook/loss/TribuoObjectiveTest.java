package dev.noisebook.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Loss;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.util.ExpNormalizer;
import org.tribuo.math.util.NoopNormalizer;

/** The adapter returns the positive loss and −∂ℓ/∂z, as Tribuo's own LogMulticlass does. */
class TribuoObjectiveTest {

  @Test
  @SuppressWarnings("deprecation")
  void crossEntropyAdapterAgreesWithLogMulticlass() {
    var ours = Loss.crossEntropy().objective();
    var tribuo = new LogMulticlass();
    for (double[] z : FiniteDifferenceTest.logits(4)) {
      for (int y = 0; y < 4; y++) {
        var mine = ours.valueAndGradient(y, DenseVector.createDenseVector(z.clone()));
        var theirs = tribuo.valueAndGradient(y, DenseVector.createDenseVector(z.clone()));
        // LogMulticlass logs log p_y (≤ 0); the DSL returns the positive loss.
        assertThat(mine.getA()).isPositive().isCloseTo(-theirs.getA(), within(1e-12));
        for (int k = 0; k < 4; k++) {
          assertThat(mine.getB().get(k)).isCloseTo(theirs.getB().get(k), within(1e-15));
        }
      }
    }
    assertThat(ours.isProbabilistic()).isTrue();
    assertThat(ours.getNormalizer()).isInstanceOf(ExpNormalizer.class);
  }

  @Test
  @SuppressWarnings("deprecation")
  void adapterNegatesTheGradientOfAnyLoss() {
    Loss loss = Loss.nceRce(1, 1).plus(Loss.logZSquared(1e-3));
    double[] z = {0.5, -1.0, 2.0};
    var pair = loss.objective().valueAndGradient(1, DenseVector.createDenseVector(z.clone()));
    double[] g = loss.gradient(z, 1);
    assertThat(pair.getA()).isCloseTo(loss.value(z, 1), within(0.0));
    for (int k = 0; k < 3; k++) {
      assertThat(pair.getB().get(k)).isEqualTo(-g[k]);
    }
    var sparse = Loss.sparsemax().objective();
    assertThat(sparse.isProbabilistic()).isFalse();
    assertThat(sparse.getNormalizer()).isInstanceOf(NoopNormalizer.class);
    assertThat(sparse.getProvenance()).isNotNull();
  }
}
