package dev.noisebook.schedule;

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
      throw new IllegalArgumentException(what + " must be > 0, got " + Describe.num(value));
    }
    return value;
  }

  static double nonNegative(String what, double value) {
    finite(what, value);
    if (value < 0) {
      throw new IllegalArgumentException(what + " must be >= 0, got " + Describe.num(value));
    }
    return value;
  }

  static double unitInterval(String what, double value) {
    finite(what, value);
    if (value < 0 || value > 1) {
      throw new IllegalArgumentException(what + " must lie in [0, 1], got " + Describe.num(value));
    }
    return value;
  }

  static long atLeast(String what, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(what + " must be >= " + min + ", got " + value);
    }
    return value;
  }

  /** A step index: steps are counted from 0. */
  static long step(long step) {
    return atLeast("step", step, 0);
  }

  /** {@code low <= high}, both finite, with the names used in the message. */
  static void ordered(String lowName, double low, String highName, double high) {
    finite(lowName, low);
    finite(highName, high);
    if (low > high) {
      throw new IllegalArgumentException(
          lowName
              + " must be <= "
              + highName
              + ", got "
              + Describe.num(low)
              + " > "
              + Describe.num(high));
    }
  }

  static <T> T notNull(String what, T value) {
    return Objects.requireNonNull(value, () -> what + " must not be null");
  }
}
