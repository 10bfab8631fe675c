package dev.noisebook.noise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** Draws observed labels from a row-stochastic transition matrix, in either {@link FlipMode}. */
final class Flips {
  private Flips() {}

  static int[] draw(int[] clean, double[][] t, FlipMode mode, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    return mode == FlipMode.EXACT ? exact(clean, t, rng) : bernoulli(clean, t, rng);
  }

  /** Each observed label drawn from row T[y] with one uniform per example, in example order. */
  static int[] bernoulli(int[] clean, double[][] t, SplittableRandom rng) {
    int[] noisy = new int[clean.length];
    for (int i = 0; i < clean.length; i++) {
      noisy[i] = Samplers.categorical(t[clean[i]], rng.nextDouble());
    }
    return noisy;
  }

  /**
   * Per true class (in class order): its examples shuffled, then the first c_i0 observed as 0, the
   * next c_i1 as 1, and so on, with c_i = {@link #apportion} of n_i over row T[i].
   */
  static int[] exact(int[] clean, double[][] t, SplittableRandom rng) {
    int k = t.length;
    int[] noisy = new int[clean.length];
    for (int y = 0; y < k; y++) {
      int[] members = membersOf(clean, y);
      Samplers.shuffle(members, rng);
      int[] counts = apportion(t[y], members.length);
      int next = 0;
      for (int j = 0; j < k; j++) {
        for (int c = 0; c < counts[j]; c++) {
          noisy[members[next++]] = j;
        }
      }
    }
    return noisy;
  }

  /**
   * The largest-remainder (Hamilton) rounding of n·p: ⌊n·p_j⌋ each, then one more to the entries
   * with the largest fractional parts until the counts sum to n; ties go to the lower index.
   */
  static int[] apportion(double[] p, int n) {
    int[] counts = new int[p.length];
    double[] remainder = new double[p.length];
    int assigned = 0;
    for (int j = 0; j < p.length; j++) {
      double exact = n * p[j];
      counts[j] = (int) Math.floor(exact);
      remainder[j] = exact - counts[j];
      assigned += counts[j];
    }
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < p.length; j++) {
      order.add(j);
    }
    order.sort(Comparator.comparingDouble((Integer j) -> -remainder[j]).thenComparing(j -> j));
    for (int r = 0; assigned < n; r++) {
      counts[order.get(r % p.length)]++;
      assigned++;
    }
    return counts;
  }

  private static int[] membersOf(int[] labels, int y) {
    int n = 0;
    for (int label : labels) {
      if (label == y) {
        n++;
      }
    }
    int[] members = new int[n];
    int next = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == y) {
        members[next++] = i;
      }
    }
    return members;
  }
}
