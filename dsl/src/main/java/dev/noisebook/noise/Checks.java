package dev.noisebook.noise;

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

  static double nonNegative(String what, double value) {
    finite(what, value);
    if (value < 0) {
      throw new IllegalArgumentException(what + " must be >= 0, got " + Text.num(value));
    }
    return value;
  }

  /** A probability or rate: {@code 0 <= value <= 1}. */
  static double unitInterval(String what, double value) {
    finite(what, value);
    if (value < 0 || value > 1) {
      throw new IllegalArgumentException(what + " must lie in [0, 1], got " + Text.num(value));
    }
    return value;
  }

  static int atLeast(String what, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(what + " must be >= " + min + ", got " + value);
    }
    return value;
  }

  static <T> T notNull(String what, T value) {
    return Objects.requireNonNull(value, () -> what + " must not be null");
  }

  /** Class indices {@code 0 .. numClasses-1}: the message names the example. */
  static void labels(int[] labels, int numClasses) {
    notNull("labels", labels);
    atLeast("numClasses", numClasses, 2);
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= numClasses) {
        throw new IllegalArgumentException(
            "label "
                + labels[i]
                + " of example "
                + i
                + " is outside 0.."
                + (numClasses - 1)
                + " (numClasses = "
                + numClasses
                + ")");
      }
    }
  }
}
