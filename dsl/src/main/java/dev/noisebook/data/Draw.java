package dev.noisebook.data;

import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The random draws the generators share. */
final class Draw {
  private Draw() {}

  /** {@code point + noise·ε}, ε ~ N(0, I), in place; {@code noise} is a standard deviation. */
  static double[] jitter(double[] point, double noise, Random rng) {
    if (noise > 0) {
      for (int i = 0; i < point.length; i++) {
        point[i] += noise * rng.nextGaussian();
      }
    }
    return point;
  }

  /** {@code count} independent N(0, 1) values. */
  static double[] gaussians(int count, Random rng) {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = rng.nextGaussian();
    }
    return values;
  }

  /** {@code count} independent U[low, high) values. */
  static double[] uniforms(int count, double low, double high, Random rng) {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = low + (high - low) * rng.nextDouble();
    }
    return values;
  }

  /**
   * The j-th of {@code count} evenly spaced points from {@code start} to {@code stop}, as numpy's
   * {@code linspace(start, stop, count, endpoint)} places them ({@code start} alone when count is
   * 1): {@code j·step + start}, and exactly {@code stop} last when {@code endpoint}.
   */
  static double linspace(double start, double stop, int j, int count, boolean endpoint) {
    int divisions = endpoint ? count - 1 : count;
    if (divisions <= 0) {
      return start;
    }
    if (endpoint && j == count - 1) {
      return stop;
    }
    return j * ((stop - start) / divisions) + start;
  }

  /** Fisher–Yates from the last position down, as {@code Collections.shuffle} does. */
  static <E> void shuffle(List<E> list, Random rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, rng.nextInt(i + 1));
    }
  }
}
