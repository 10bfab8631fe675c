package dev.noisebook.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Loss;
import dev.noisebook.kernels.Rows;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The float32 batch (native fused kernel for CE and label smoothing, row by row in double for the
 * rest) against the double per-example path: |Δ| ≤ 1e-5·(1 + |ℓ|) on values and gradients.
 */
class Float32BatchTest {

  private static void agree(Loss loss) {
    List<double[]> rowsOfZ = FiniteDifferenceTest.logits(6);
    int n = rowsOfZ.size();
    int stride = 8; // padded rows
    Rows rows = Rows.of(n, 6).withStride(stride);
    float[] flat = new float[(int) rows.span()];
    int[] labels = new int[n];
    double[][] z = new double[n][];
    for (int r = 0; r < n; r++) {
      labels[r] = r % 6;
      z[r] = new double[6];
      for (int j = 0; j < 6; j++) {
        flat[r * stride + j] = (float) rowsOfZ.get(r)[j];
        z[r][j] = flat[r * stride + j]; // the float-rounded logits
      }
    }
    float[] values = new float[n];
    float[] grads = new float[flat.length];
    double mean = loss.batch(flat, rows, labels, values, grads);
    double sum = 0;
    for (int r = 0; r < n; r++) {
      double[] g = new double[6];
      double v = loss.valueAndGradient(z[r], labels[r], g);
      sum += v;
      assertThat((double) values[r]).as("%s row %d", loss, r).isCloseTo(v, within(1e-5 * (1 + v)));
      for (int j = 0; j < 6; j++) {
        assertThat((double) grads[r * stride + j])
            .as("%s row %d grad %d", loss, r, j)
            .isCloseTo(g[j], within(1e-5));
      }
    }
    assertThat(mean).isCloseTo(sum / n, within(1e-5 * (1 + sum / n)));
    assertThat(loss.batch(flat, rows, labels, null, null)).isCloseTo(mean, within(1e-12));
  }

  @Test
  void nativeCrossEntropyAndLabelSmoothingMatchTheDoublePath() {
    agree(Loss.crossEntropy());
    agree(Loss.labelSmoothedCE(0.1));
  }

  @Test
  void otherLossesRunRowByRow() {
    agree(Loss.focal(2));
    agree(Loss.nceRce(1, 1));
    agree(Loss.sparsemax());
  }

  @Test
  void badBatchesNameTheProblem() {
    float[] z = {1, 2, 3, 4};
    assertThatThrownBy(
            () -> Loss.crossEntropy().batch(z, Rows.of(2, 2), new int[] {0, 2}, null, null))
        .hasMessageContaining("label 2 of row 1 is outside 0..1");
    assertThatThrownBy(() -> Loss.focal(2).batch(z, Rows.of(2, 2), new int[] {0}, null, null))
        .hasMessageContaining("2 rows of logits but 1 labels");
    assertThatThrownBy(() -> Loss.mae().batch(z, Rows.of(3, 2), new int[] {0, 1, 1}, null, null))
        .hasMessageContaining("logits hold 4 floats but rows 3 x 2 need 6");
  }
}
