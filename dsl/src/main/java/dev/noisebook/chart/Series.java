package dev.noisebook.chart;

import java.util.Arrays;
import java.util.Objects;

/** One named sequence of (x, y) points. The arrays are copied, so the series never changes. */
public record Series(String name, double[] x, double[] y) {

  public Series {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "series '" + name + "': x has " + x.length + " values but y has " + y.length);
    }
    if (x.length == 0) {
      throw new IllegalArgumentException("series '" + name + "' has no points");
    }
    x = x.clone();
    y = y.clone();
  }

  /** y against its index 0, 1, 2, ... */
  public static Series of(String name, double[] y) {
    double[] x = new double[y.length];
    Arrays.setAll(x, i -> i);
    return new Series(name, x, y);
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] y() {
    return y.clone();
  }

  public int size() {
    return x.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s
        && name.equals(s.name)
        && Arrays.equals(x, s.x)
        && Arrays.equals(y, s.y);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(y));
  }

  @Override
  public String toString() {
    return "Series[" + name + ", " + x.length + " points]";
  }
}
