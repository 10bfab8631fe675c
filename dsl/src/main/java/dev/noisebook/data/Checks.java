package dev.noisebook.data;

import dev.noisebook.check.Parameters;

/** Parameter checks whose messages name the parameter, the rule and the offending value. */
final class Checks {
  private Checks() {}

  /** {@code low < high}, both finite. */
  static void below(String lowName, double low, String highName, double high) {
    Parameters.finite(lowName, low);
    Parameters.finite(highName, high);
    if (!(low < high)) {
      throw new IllegalArgumentException(
          lowName + " must be < " + highName + ", got " + Text.num(low) + " >= " + Text.num(high));
    }
  }

  /** A fraction strictly between 0 and 1. */
  static double openUnit(String what, double value) {
    Parameters.finite(what, value);
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException(
          what + " must lie strictly between 0 and 1, got " + Text.num(value));
    }
    return value;
  }

  static double[] allFinite(String what, double[] values) {
    Parameters.notNull(what, values);
    for (int i = 0; i < values.length; i++) {
      Parameters.finite(what + "[" + i + "]", values[i]);
    }
    return values;
  }
}
