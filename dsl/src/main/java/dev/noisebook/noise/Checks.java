package dev.noisebook.noise;

import dev.noisebook.check.Parameters;

/** Parameter checks whose messages name the parameter, the rule and the offending value. */
final class Checks {
  private Checks() {}

  /** Class indices {@code 0 .. numClasses-1}: the message names the example. */
  static void labels(int[] labels, int numClasses) {
    Parameters.notNull("labels", labels);
    Parameters.atLeast("numClasses", numClasses, 2);
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
