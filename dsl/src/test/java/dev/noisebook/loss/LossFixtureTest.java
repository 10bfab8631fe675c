package dev.noisebook.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.FixtureCsv;
import dev.noisebook.Loss;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every loss against float64 torch 1.13 (autograd gradients), make_loss_fixtures.py. Tolerance: |Δ|
 * ≤ 1e-12 + 1e-10·|reference| for values and each gradient entry (both sides are double; the slack
 * covers different but equivalent summation orders).
 */
class LossFixtureTest {
  private static final List<FixtureCsv.Row> ROWS =
      FixtureCsv.read("/fixtures/losses/per_example.csv");

  private static void close(double actual, double expected, String what) {
    assertThat(actual).as(what).isCloseTo(expected, within(1e-12 + 1e-10 * Math.abs(expected)));
  }

  @Test
  void valuesAndGradientsMatchTorch() {
    Set<String> seen = new TreeSet<>();
    for (FixtureCsv.Row row : ROWS) {
      String name = row.text("case");
      Loss loss = LossCases.ALL.get(name);
      assertThat(loss).as("case %s has a Loss", name).isNotNull();
      seen.add(name);
      double[] z = row.numbers("logits");
      int y = row.integer("label");
      double[] g = new double[z.length];
      double v = loss.valueAndGradient(z, y, g);
      close(v, row.number("value"), name + " value " + row);
      close(loss.value(z, y), row.number("value"), name + " value without gradient");
      double[] expected = row.numbers("grad");
      for (int k = 0; k < z.length; k++) {
        close(g[k], expected[k], name + " grad[" + k + "] " + row);
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(LossCases.ALL.keySet());
  }

  @Test
  void batchIsTheRowsAndTheirMean() {
    Loss loss = Loss.focal(2.0);
    List<FixtureCsv.Row> rows = ROWS.stream().filter(r -> r.text("case").equals("focal2")).toList();
    double[][] z = rows.stream().map(r -> r.numbers("logits")).toArray(double[][]::new);
    int[] y = rows.stream().mapToInt(r -> r.integer("label")).toArray();
    double[] values = new double[z.length];
    double[][] grads = new double[z.length][z[0].length];
    double mean = loss.batch(z, y, values, grads);
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      close(values[i], rows.get(i).number("value"), "row " + i);
      close(grads[i][2], rows.get(i).numbers("grad")[2], "row " + i + " grad[2]");
      sum += values[i];
    }
    close(mean, sum / z.length, "mean");
  }
}
