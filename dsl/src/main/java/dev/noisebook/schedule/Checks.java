package dev.noisebook.schedule;

import dev.noisebook.check.Parameters;

/** Parameter checks whose messages name the parameter, the rule and the offending value. */
final class Checks {
  private Checks() {}

  /** A step index: steps are counted from 0. */
  static long step(long step) {
    return Parameters.atLeast("step", step, 0);
  }

  /** {@code low <= high}, both finite, with the names used in the message. */
  static void ordered(String lowName, double low, String highName, double high) {
    Parameters.finite(lowName, low);
    Parameters.finite(highName, high);
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
}
