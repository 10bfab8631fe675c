package dev.noisebook.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noisebook.Loss;
import org.junit.jupiter.api.Test;

class LossValidationTest {

  @Test
  void invalidHyperparametersNameTheProblem() {
    assertThatThrownBy(() -> Loss.labelSmoothedCE(1.5))
        .hasMessageContaining("label smoothing α must lie in [0, 1], got 1.5");
    assertThatThrownBy(() -> Loss.focal(-1)).hasMessageContaining("focal γ must be ≥ 0");
    assertThatThrownBy(() -> Loss.focal(2, new double[0])).hasMessageContaining("got none");
    assertThatThrownBy(() -> Loss.focal(2, 1, -0.5)).hasMessageContaining("focal class weight α");
    assertThatThrownBy(() -> Loss.generalizedCE(0))
        .hasMessageContaining("GCE q must lie in (0, 1], got 0.0");
    assertThatThrownBy(() -> Loss.generalizedCE(Double.NaN)).hasMessageContaining("GCE q");
    assertThatThrownBy(() -> Loss.reverseCE(4))
        .hasMessageContaining("RCE log-zero constant A must be negative");
    assertThatThrownBy(() -> Loss.symmetricCE(-0.1, 1))
        .hasMessageContaining("loss weight must be ≥ 0");
    assertThatThrownBy(() -> Loss.normalizedFocal(Double.POSITIVE_INFINITY))
        .hasMessageContaining("normalised focal γ");
    assertThatThrownBy(() -> Loss.logZSquared(-1e-4))
        .hasMessageContaining("log Z penalty coefficient λ must be ≥ 0");
    assertThatThrownBy(() -> Loss.sphericalZLoss(0, 1))
        .hasMessageContaining("spherical Z-loss a must be positive");
    assertThatThrownBy(() -> Loss.sphericalZLoss(1, Double.NaN))
        .hasMessageContaining("spherical Z-loss b must be finite");
    assertThatThrownBy(() -> Loss.crossEntropy().logitClipped(0))
        .hasMessageContaining("logit clip τ must be positive");
    assertThatThrownBy(() -> Loss.crossEntropy().logitClipped(1, 0.5))
        .hasMessageContaining("norm order p must be ≥ 1");
    assertThatThrownBy(() -> Loss.crossEntropy().plus(null))
        .hasMessageContaining("second loss of a sum is null");
  }

  @Test
  void invalidExamplesNameTheProblem() {
    Loss ce = Loss.crossEntropy();
    assertThatThrownBy(() -> ce.value(new double[] {1, 2}, 2))
        .hasMessageContaining("label 2 is outside 0..1 (K = 2)");
    assertThatThrownBy(() -> ce.value(new double[] {1}, 0))
        .hasMessageContaining("at least 2 logits, got 1");
    assertThatThrownBy(() -> ce.valueAndGradient(new double[] {1, 2}, 0, new double[3]))
        .hasMessageContaining("gradient has length 3 but there are 2 logits");
    assertThatThrownBy(() -> Loss.focal(2, 1, 1).value(new double[] {1, 2, 3}, 0))
        .hasMessageContaining("2 class weights α but there are 3 logits");
    assertThatThrownBy(() -> ce.batch(new double[][] {{1, 2}}, new int[] {0, 1}, null, null))
        .hasMessageContaining("1 rows of logits but 2 labels");
  }

  @Test
  void readableNamesKeepTheTwoZLossesApart() {
    assertThat(Loss.symmetricCE(0.1, 1)).hasToString("0.1·CE + 1·RCE(A=-9.210340371976182)");
    assertThat(Loss.crossEntropy().plus(Loss.logZSquared(1e-4)))
        .hasToString("CE + logZ²(λ=0.0001)");
    assertThat(Loss.sphericalZLoss(0.1, 10)).hasToString("sphericalZLoss(a=0.1, b=10)");
    assertThat(Loss.generalizedCE(0.7).logitClipped(2))
        .hasToString("GCE(q=0.7).logitClipped(τ=2, p=2)");
    assertThat(Loss.focal(2)).isEqualTo(Loss.focal(2)).hasToString("focal(γ=2)");
  }

  @Test
  void edgeCasesStayFinite() {
    double[] equal = {1, 1, 1};
    assertThat(Loss.sphericalZLoss(1, 2).gradient(equal, 0))
        .doesNotContain(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    double[] confident = {800, 0, -800};
    for (Loss loss : LossCases.ALL.values()) {
      if (loss.toString().contains("0.25")) {
        continue; // focal α has length 5
      }
      assertThat(loss.value(confident, 0)).as(loss.toString()).isFinite();
      assertThat(loss.gradient(confident, 0))
          .as(loss.toString())
          .doesNotContain(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }
  }
}
