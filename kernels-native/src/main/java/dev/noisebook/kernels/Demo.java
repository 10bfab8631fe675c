package dev.noisebook.kernels;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The native-kernel demonstration that {@code ./noisebook setup} ends with: which path runs, a
 * tempered softmax, the fused top-k of a vocabulary-sized row, a few samples, and a rough speed
 * ratio against pure Java (the README's benchmark table has the JMH figures).
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) {
    Kernels kernels = Kernels.best();
    say("Noisebook native kernels");
    say("  running on: %s (available here: %s)", kernels.path(), Kernels.available());
    Kernels.nativeFailure().ifPresent(why -> say("  native library not loaded: %s", why));

    float[] logits = {3.0f, 1.0f, 0.2f, Float.NEGATIVE_INFINITY};
    float[] p = new float[logits.length];
    for (float t : new float[] {0.5f, 1f, 2f}) {
      kernels.softmax(logits, p, Rows.row(logits.length), t);
      say("  softmax(%s / T=%.1f) = %s  (-inf is masked)", fmt(logits), t, fmt(p));
    }

    int vocab = 32_768;
    float[] row = new float[vocab];
    SplittableRandom rng = new SplittableRandom(7);
    for (int j = 0; j < vocab; j++) {
      row[j] = (float) (3 * rng.nextGaussian());
    }
    int[] idx = new int[5];
    float[] prob = new float[5];
    kernels.softmaxTopK(row, Rows.row(vocab), 5, idx, prob, 1f);
    say("  top-5 of a %,d-token row, one pass: tokens %s, p = %s", vocab, fmt(idx), fmt(prob));

    int[] draws = new int[8];
    float[] batch = new float[draws.length * vocab];
    for (int r = 0; r < draws.length; r++) {
      System.arraycopy(row, 0, batch, r * vocab, vocab);
    }
    kernels.sample(batch, Rows.of(draws.length, vocab), 0.7f, new SplittableRandom(1), draws);
    say("  8 draws at T=0.7 (float64 inverse CDF, seed 1): %s", fmt(draws));

    say("  speed, softmax of 256 rows x 4,096 (rough; see the README for JMH ratios):");
    float[] x = new float[256 * 4096];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rng.nextGaussian();
    }
    double base = time(Kernels.of(KernelPath.JAVA).withThreads(1), x);
    for (KernelPath path : Kernels.available()) {
      Kernels k = Kernels.of(path).withThreads(1);
      double t = time(k, x);
      say("    %-6s 1 thread: %8.1f us  (%.1fx pure Java)", path, t / 1e3, base / t);
    }
  }

  /** Median of several timed calls after a warm-up, in nanoseconds. */
  private static double time(Kernels kernels, float[] x) {
    float[] y = new float[x.length];
    Rows rows = Rows.of(256, 4096);
    double[] samples = new double[9];
    for (int warm = 0; warm < 5; warm++) {
      kernels.softmax(x, y, rows);
    }
    for (int s = 0; s < samples.length; s++) {
      long t0 = System.nanoTime();
      kernels.softmax(x, y, rows);
      samples[s] = System.nanoTime() - t0;
    }
    java.util.Arrays.sort(samples);
    return samples[samples.length / 2];
  }

  private static void say(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }

  private static String fmt(float[] v) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < v.length; i++) {
      b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4g", v[i]));
    }
    return b.append(']').toString();
  }

  private static String fmt(int[] v) {
    return java.util.Arrays.toString(v);
  }
}
