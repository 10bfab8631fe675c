package dev.noisebook.loss.coupled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.noisebook.FixtureCsv;
import dev.noisebook.kernels.Kernels;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * InfoNCE and DCL against torch float64 autograd (tolerance 1e-12 relative, double path; 1e-5 on
 * every available float32 kernel path: avx2, scalar, java), central finite differences (step 1e-6,
 * tolerance 1e-6) and the parameter checks.
 */
class ContrastiveLossesTest {
  private static final ContrastiveLosses C = ContrastiveLosses.INSTANCE;

  static double[][] matrix(double[] flat, int n, int d) {
    double[][] m = new double[n][d];
    for (int i = 0; i < n; i++) {
      System.arraycopy(flat, i * d, m[i], 0, d);
    }
    return m;
  }

  static double[] flat(double[][] m) {
    return java.util.Arrays.stream(m).flatMapToDouble(java.util.Arrays::stream).toArray();
  }

  static ContrastiveLoss fromRow(FixtureCsv.Row row) {
    double tau = row.number("tau");
    var loss = row.text("loss").equals("infoNce") ? C.infoNce(tau) : C.dcl(tau);
    if (row.flag("symmetric")) {
      loss = loss.symmetric();
    }
    if (!row.flag("cosine")) {
      loss = loss.dotProduct();
    }
    return loss;
  }

  @Test
  void matchesTorch() {
    var rows = FixtureCsv.read("/fixtures/coupled/contrastive.csv");
    assertEquals(8, rows.size());
    for (var row : rows) {
      int n = row.integer("n");
      int d = row.integer("d");
      double[][] a = matrix(row.numbers("a"), n, d);
      double[][] b = matrix(row.numbers("b"), n, d);
      var loss = fromRow(row);
      double expected = row.number("value");
      assertMatchesRow(loss, row);
      if (row.text("loss").equals("infoNce")) {
        for (var path : Kernels.available()) {
          var k = loss.onKernels(Kernels.of(path));
          assertEquals(expected, k.value(a, b), 1e-5 * Math.max(1, expected), k.toString());
          var gk = k.gradient(a, b);
          PreferenceLossesTest.assertClose(row.numbers("grad_a"), flat(gk.a()), 1e-5, k + " a");
          PreferenceLossesTest.assertClose(row.numbers("grad_b"), flat(gk.b()), 1e-5, k + " b");
        }
        assertEquals(loss.onKernels().value(a, b), loss.onKernels(Kernels.best()).value(a, b));
      }
    }
  }

  /** The loss's value and gradients on the row's embeddings against the row's torch values. */
  private static void assertMatchesRow(ContrastiveLoss loss, FixtureCsv.Row row) {
    int n = row.integer("n");
    int d = row.integer("d");
    double[][] a = matrix(row.numbers("a"), n, d);
    double[][] b = matrix(row.numbers("b"), n, d);
    double expected = row.number("value");
    assertEquals(
        expected, loss.value(a, b), 1e-12 * Math.max(1, Math.abs(expected)), loss.toString());
    var g = loss.gradient(a, b);
    PreferenceLossesTest.assertClose(row.numbers("grad_a"), flat(g.a()), 1e-12, loss + " a");
    PreferenceLossesTest.assertClose(row.numbers("grad_b"), flat(g.b()), 1e-12, loss + " b");
  }

  /** DCLW as the paper's code writes it, weights not detached (make_coupled_loss_fixtures.py). */
  @Test
  void dclwMatchesTorch() {
    var rows = FixtureCsv.read("/fixtures/coupled/dclw.csv");
    assertEquals(3, rows.size());
    for (var row : rows) {
      var loss = C.dcl(row.number("tau")).weighted(row.number("sigma"));
      loss = row.flag("symmetric") ? loss.symmetric() : loss;
      assertMatchesRow(row.flag("cosine") ? loss : loss.dotProduct(), row);
    }
    assertEquals(C.dcl(0.1).weighted(0.5), C.dclw(0.1));
    assertEquals("dclw(τ=0.1, σ=0.5, cosine)", C.dclw(0.1).toString());
    assertEquals(
        "infoNce: the positive-pair weighting (DCLW) applies to dcl only",
        assertThrows(IllegalArgumentException.class, () -> C.infoNce(0.1).weighted(0.5))
            .getMessage());
  }

  /**
   * At the benchmark's size (B = 256, D = 128) the float32 kernel paths agree with the double path:
   * the similarities carry float32 rounding (about 1e-7 per product, summed over D), which 1/τ
   * scales up in the logits. The loss is compared within 1e-5 relative and every gradient entry
   * within 1e-5 of the largest one (measured: about 1e-6 on avx2 and scalar, 1e-7 on java).
   */
  @Test
  void kernelPathsMatchTheDoublePathAtBatch256() {
    var random = new Random(9);
    int n = 256;
    int d = 128;
    double[][] a = new double[n][d];
    double[][] b = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < d; c++) {
        // Unit-scale rows, positives at cosine ~0.45: the softmax is far from one-hot, so the
        // gradients are not rounding noise around zero.
        a[i][c] = random.nextGaussian() / Math.sqrt(d);
        b[i][c] = a[i][c] + 2 * random.nextGaussian() / Math.sqrt(d);
      }
    }
    for (var loss :
        new ContrastiveLoss[] {C.infoNce(0.1), C.infoNce(0.5).symmetric().dotProduct()}) {
      var expected = loss.gradient(a, b);
      for (var path : Kernels.available()) {
        var k = loss.onKernels(Kernels.of(path));
        var got = k.gradient(a, b);
        assertEquals(
            expected.value(), got.value(), 1e-5 * Math.abs(expected.value()), k.toString());
        assertEquals(got.value(), k.value(a, b), 0, k + ": value() and gradient() agree");
        assertWithinOfLargest(flat(expected.a()), flat(got.a()), 1e-5, k + " a");
        assertWithinOfLargest(flat(expected.b()), flat(got.b()), 1e-5, k + " b");
      }
    }
  }

  private static void assertWithinOfLargest(
      double[] expected, double[] actual, double rel, String what) {
    double largest = java.util.Arrays.stream(expected).map(Math::abs).max().orElse(0);
    double worst = 0;
    for (int i = 0; i < expected.length; i++) {
      worst = Math.max(worst, Math.abs(expected[i] - actual[i]) / largest);
    }
    assertEquals(0, worst, rel, what + ": largest error relative to the largest entry");
  }

  @Test
  void finiteDifferences() {
    var random = new Random(5);
    int n = 4;
    int d = 3;
    double[][] a = new double[n][d];
    double[][] b = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < d; c++) {
        a[i][c] = random.nextGaussian();
        b[i][c] = random.nextGaussian();
      }
    }
    for (var loss :
        new ContrastiveLoss[] {
          C.infoNce(0.3),
          C.infoNce(0.7).symmetric().dotProduct(),
          C.dcl(0.4).symmetric(),
          C.dcl(1).dotProduct(),
          C.dclw(0.4),
          C.dcl(0.6).weighted(0.3).symmetric().dotProduct()
        }) {
      var g = loss.gradient(a, b);
      double[] numA =
          PreferenceLossesTest.numericGradient(x -> loss.value(matrix(x, n, d), b), flat(a), 1e-6);
      double[] numB =
          PreferenceLossesTest.numericGradient(x -> loss.value(a, matrix(x, n, d)), flat(b), 1e-6);
      PreferenceLossesTest.assertClose(numA, flat(g.a()), 1e-6, loss + " a");
      PreferenceLossesTest.assertClose(numB, flat(g.b()), 1e-6, loss + " b");
    }
  }

  @Test
  void rejectsInvalidParameters() {
    assertEquals(
        "infoNce: temperature τ must be positive and finite, got 0.0",
        assertThrows(IllegalArgumentException.class, () -> C.infoNce(0)).getMessage());
    assertEquals(
        "dcl: temperature τ must be positive and finite, got NaN",
        assertThrows(IllegalArgumentException.class, () -> C.dcl(Double.NaN)).getMessage());
    assertEquals(
        "dcl: the native kernel path covers InfoNCE only",
        assertThrows(IllegalArgumentException.class, () -> C.dcl(1).onKernels()).getMessage());
    var loss = C.infoNce(0.1);
    assertEquals(
        "infoNce(τ=0.1, cosine): a has 2 rows but b has 3 (pairs (a_i, b_i))",
        assertThrows(
                IllegalArgumentException.class,
                () -> loss.value(new double[2][1], new double[3][1]))
            .getMessage());
    assertEquals(
        "infoNce(τ=0.1, cosine): row 0 is a zero vector, which has no cosine similarity",
        assertThrows(
                IllegalArgumentException.class,
                () -> loss.value(new double[2][2], new double[][] {{1, 0}, {0, 1}}))
            .getMessage());
    assertEquals(
        "infoNce(τ=0.5, symmetric, dot product)",
        C.infoNce(0.5).symmetric().dotProduct().toString());
  }
}
