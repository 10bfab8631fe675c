package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native paths agree with the Java path (Math.exp and float64 sums, within ~1.5e-7 of exact) on
 * random batches of random shapes, temperatures and options: softmax (every algorithm),
 * log-softmax, logsumexp, backward, cross-entropy within the tolerances the reference tests use
 * plus 1e-6 for the Java side; top-k indices identically (they compare raw logits); sampled indices
 * identically except where u falls within 1e-5 of a CDF boundary; exp within 3 ulp.
 */
class NativeJavaAgreementTest {
  static final Kernels JAVA = Kernels.of(KernelPath.JAVA);

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#nativePaths")
  void randomBatches(KernelPath path) {
    Kernels nat = Kernels.of(path);
    SplittableRandom rnd = new SplittableRandom(140);
    for (int trial = 0; trial < 30; trial++) {
      int cols = 1 + rnd.nextInt(trial < 25 ? 300 : 5000);
      int rowsN = 1 + rnd.nextInt(Math.max(1, 40_000 / cols));
      Rows rows = Rows.of(rowsN, cols).withStride(cols + rnd.nextInt(3));
      int n = (int) rows.span();
      float t = (float) Math.exp(rnd.nextDouble(-1, 1));
      double sigma = (rnd.nextBoolean() ? 1 : 10) * t; // of x / T: the tested spreads
      float[] x = Reference.gaussian(rnd, n, rnd.nextDouble(-5, 5), sigma);
      String what = path + " trial " + trial + " " + rows + " T=" + t;

      for (SoftmaxAlgorithm a : SoftmaxAlgorithm.values()) {
        float[] yn = new float[n];
        float[] yj = new float[n];
        nat.softmax(x, yn, rows, t, a);
        JAVA.softmax(x, yj, rows, t, a);
        for (int r = 0; r < rowsN; r++) {
          Compare.relative(
              what + " " + a + " row " + r,
              yn,
              r * rows.stride(),
              asDouble(yj, r * rows.stride(), cols),
              SoftmaxAccuracyTest.REL + 1e-6,
              1e-30);
        }
      }

      float[] ln = new float[n];
      float[] lj = new float[n];
      nat.logSoftmax(x, ln, rows, t);
      JAVA.logSoftmax(x, lj, rows, t);
      for (int r = 0; r < rowsN; r++) {
        Compare.mixed(
            what + " log-softmax row " + r,
            ln,
            r * rows.stride(),
            asDouble(lj, r * rows.stride(), cols),
            1e-5 + 1e-6,
            2.5e-7);
      }

      float[] sn = new float[rowsN];
      float[] sj = new float[rowsN];
      nat.logSumExp(x, rows, sn, t);
      JAVA.logSumExp(x, rows, sj, t);
      Compare.mixed(what + " logsumexp", sn, 0, asDouble(sj, 0, rowsN), 1e-5 + 1e-6, 2.5e-7);

      float[] p = new float[n];
      JAVA.softmax(x, p, rows, t);
      float[] dy = Reference.gaussian(rnd, n, 0, 1);
      float[] dxn = new float[n];
      float[] dxj = new float[n];
      nat.softmaxBackward(p, dy, dxn, rows);
      JAVA.softmaxBackward(p, dy, dxj, rows);
      for (int r = 0; r < rowsN; r++) {
        int off = r * rows.stride();
        double s = 0;
        for (int j = 0; j < cols; j++) {
          s += Math.abs((double) p[off + j] * dy[off + j]);
        }
        for (int j = 0; j < cols; j++) {
          double tol = 2e-6 * Math.abs(p[off + j]) * (Math.abs(dy[off + j]) + s);
          assertTrue(
              Math.abs(dxn[off + j] - dxj[off + j]) <= tol,
              what + " backward [" + r + "," + j + "]: " + dxn[off + j] + " vs " + dxj[off + j]);
        }
      }

      CrossEntropy spec =
          new CrossEntropy(-1, rnd.nextBoolean() ? 0f : 0.1f, t, (float) rnd.nextDouble(-2, 2));
      int[] labels = new int[rowsN];
      for (int r = 0; r < rowsN; r++) {
        labels[r] = rnd.nextInt(10) == 0 ? -1 : rnd.nextInt(cols);
      }
      float[] lossN = new float[rowsN];
      float[] gradN = new float[n];
      nat.crossEntropy(x, rows, labels, lossN, gradN, spec);
      float[] lossJ = new float[rowsN];
      float[] gradJ = new float[n];
      JAVA.crossEntropy(x, rows, labels, lossJ, gradJ, spec);
      CrossEntropyTest.check(what + " native", x, rows, labels, lossN, gradN, spec);
      CrossEntropyTest.check(what + " java", x, rows, labels, lossJ, gradJ, spec);

      int k = Math.min(cols, 1 + rnd.nextInt(8));
      int[] in = new int[rowsN * k];
      int[] ij = new int[rowsN * k];
      float[] pn = new float[rowsN * k];
      float[] pj = new float[rowsN * k];
      nat.softmaxTopK(x, rows, k, in, pn, t);
      JAVA.softmaxTopK(x, rows, k, ij, pj, t);
      assertArrayEquals(ij, in, what + " top-k indices");
      Compare.relative(
          what + " top-k prob",
          pn,
          0,
          asDouble(pj, 0, pj.length),
          SoftmaxAccuracyTest.REL + 1e-6,
          1e-30);

      double[] u = new double[rowsN];
      for (int r = 0; r < rowsN; r++) {
        u[r] = rnd.nextDouble();
      }
      int[] on = new int[rowsN];
      int[] oj = new int[rowsN];
      nat.sample(x, rows, t, u, on);
      JAVA.sample(x, rows, t, u, oj);
      for (int r = 0; r < rowsN; r++) {
        if (on[r] != oj[r]) {
          double[] probs = Reference.softmax(x, r * rows.stride(), cols, Reference.invT(t));
          double cdf = 0;
          double nearest = 1;
          for (double q : probs) {
            cdf += q;
            nearest = Math.min(nearest, Math.abs(cdf - u[r]));
          }
          assertTrue(
              nearest < 1e-5,
              what + " row " + r + ": native drew " + on[r] + ", java " + oj[r] + " for u=" + u[r]);
        }
      }

      float[] en = new float[n];
      float[] ej = new float[n];
      nat.exp(x, en);
      JAVA.exp(x, ej);
      for (int i = 0; i < n; i++) {
        double ref = Math.exp(x[i]);
        if (ref >= Float.MIN_NORMAL && ref <= Float.MAX_VALUE) {
          assertTrue(
              Math.abs(en[i] - ej[i]) <= 3.5 * ExpAccuracyTest.ulp(ref),
              what + " exp(" + x[i] + "): " + en[i] + " vs " + ej[i]);
        }
      }
    }
  }

  static double[] asDouble(float[] a, int from, int n) {
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = a[from + i];
    }
    return d;
  }
}
