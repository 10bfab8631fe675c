package dev.noisebook.check;

import dev.noisebook.display.Numbers;
import java.util.Objects;

/**
 * The parameter checks every DSL family shares; each message names the parameter, the rule and the
 * offending value ("rate must lie in [0, 1], got 1.2").
 */
public final class Parameters {
  private Parameters() {}

  public static double finite(String what, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite number, got " + value);
    }
    return value;
  }

  public static double positive(String what, double value) {
    finite(what, value);
    if (!(value > 0)) {
      throw new IllegalArgumentException(what + " must be > 0, got " + Numbers.format(value));
    }
    return value;
  }

  /** A standard deviation or other scale that may be 0 but not negative. */
  public static double nonNegative(String what, double value) {
    finite(what, value);
    if (value < 0) {
      throw new IllegalArgumentException(what + " must be >= 0, got " + Numbers.format(value));
    }
    return value;
  }

  /** A probability or rate: {@code 0 <= value <= 1}. */
  public static double unitInterval(String what, double value) {
    finite(what, value);
    if (value < 0 || value > 1) {
      throw new IllegalArgumentException(
          what + " must lie in [0, 1], got " + Numbers.format(value));
    }
    return value;
  }

  /** A decay or momentum coefficient: {@code 0 <= value < 1}. */
  public static double belowOne(String what, double value) {
    unitInterval(what, value);
    if (value >= 1) {
      throw new IllegalArgumentException(what + " must be < 1, got " + Numbers.format(value));
    }
    return value;
  }

  public static long atLeast(String what, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(what + " must be >= " + min + ", got " + value);
    }
    return value;
  }

  public static int atLeast(String what, int value, int min) {
    return (int) atLeast(what, (long) value, min);
  }

  public static <T> T notNull(String what, T value) {
    return Objects.requireNonNull(value, () -> what + " must not be null");
  }
}
