package dev.noisebook.data;

import java.util.Objects;

/** Parameter checks whose messages name the parameter, the rule and the offending value. */
final class Checks {
  private Checks() {}

  static double finite(String what, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite number, got " + value);
    }
    return value;
  }

  static double positive(String what, double value) {
    finite(what, value);
    if (!(value > 0)) {
      throw new IllegalArgumentException(what + " must be > 0, got " + Text.num(value));
    }
    return value;
  }

  /** A standard deviation or other scale that may be 0 but not negative. */
  static double nonNegative(String what, double value) {
    finite(what, value);
    if (value < 0) {
      throw new IllegalArgumentException(what + " must be >= 0, got " + Text.num(value));
    }
    return value;
  }

  static long atLeast(String what, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(what + " must be >= " + min + ", got " + value);
    }
    return value;
  }

  /** {@code low < high}, both finite. */
  static void below(String lowName, double low, String highName, double high) {
    finite(lowName, low);
    finite(highName, high);
    if (!(low < high)) {
      throw new IllegalArgumentException(
          lowName + " must be < " + highName + ", got " + Text.num(low) + " >= " + Text.num(high));
    }
  }

  /** A fraction strictly between 0 and 1. */
  static double openUnit(String what, double value) {
    finite(what, value);
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException(
          what + " must lie strictly between 0 and 1, got " + Text.num(value));
    }
    return value;
  }

  static double[] allFinite(String what, double[] values) {
    notNull(what, values);
    for (int i = 0; i < values.length; i++) {
      finite(what + "[" + i + "]", values[i]);
    }
    return values;
  }

  static <T> T notNull(String what, T value) {
    return Objects.requireNonNull(value, () -> what + " must not be null");
  }
}
