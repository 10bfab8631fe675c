package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;
import java.util.Arrays;

/**
 * A step function over boundaries {@code b_0 < b_1 < ... < b_{k-1}} and levels {@code v_0 .. v_k}:
 * {@code at(t) = v_i} for {@code b_{i-1} <= t < b_i} (with {@code b_{-1} = 0}, {@code b_k = ∞}).
 * The value changes <em>at</em> a boundary, as torch's {@code MultiStepLR} changes the rate at a
 * milestone; TensorFlow's {@code PiecewiseConstantDecay} instead keeps the earlier value at the
 * boundary step itself.
 */
public record Piecewise(long[] boundaries, double[] levels) implements Schedule {

  public Piecewise {
    Parameters.notNull("boundaries", boundaries);
    Parameters.notNull("values", levels);
    if (levels.length != boundaries.length + 1) {
      throw new IllegalArgumentException(
          "a step function needs one value more than boundaries, "
              + (boundaries.length + 1)
              + ", got "
              + levels.length);
    }
    for (int i = 0; i < boundaries.length; i++) {
      if (i == 0) {
        Parameters.atLeast("the first boundary", boundaries[0], 1);
      } else if (boundaries[i] <= boundaries[i - 1]) {
        throw new IllegalArgumentException(
            "boundaries must increase strictly, got "
                + boundaries[i]
                + " after "
                + boundaries[i - 1]);
      }
    }
    for (int i = 0; i < levels.length; i++) {
      Parameters.finite("value " + i, levels[i]);
    }
    boundaries = boundaries.clone();
    levels = levels.clone();
  }

  @Override
  public double at(long step) {
    Checks.step(step);
    int i = Arrays.binarySearch(boundaries, step);
    return levels[i >= 0 ? i + 1 : -i - 1];
  }

  @Override
  public long[] boundaries() {
    return boundaries.clone();
  }

  @Override
  public double[] levels() {
    return levels.clone();
  }

  @Override
  public String name() {
    return "piecewise";
  }

  /** 1000 steps, or a quarter more than the last boundary. */
  @Override
  public long horizon() {
    long last = boundaries.length == 0 ? 0 : boundaries[boundaries.length - 1];
    return Math.max(1000, last + last / 4 + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Piecewise p
        && Arrays.equals(boundaries, p.boundaries)
        && Arrays.equals(levels, p.levels);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(boundaries) + Arrays.hashCode(levels);
  }

  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("piecewise(boundaries=").append(Arrays.toString(boundaries));
    text.append(", values=[");
    for (int i = 0; i < levels.length; i++) {
      text.append(i > 0 ? ", " : "").append(Describe.num(levels[i]));
    }
    return text.append("])").toString();
  }
}
