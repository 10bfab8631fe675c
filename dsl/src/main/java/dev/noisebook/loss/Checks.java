package dev.noisebook.loss;

/** Argument checks with messages that name the problem. */
final class Checks {
  private Checks() {}

  static void example(double[] logits, int label, double[] gradient) {
    if (logits == null) {
      throw new IllegalArgumentException("logits are null");
    }
    if (logits.length < 2) {
      throw new IllegalArgumentException(
          "a classification loss needs at least 2 logits, got " + logits.length);
    }
    if (label < 0 || label >= logits.length) {
      throw new IllegalArgumentException(
          "label "
              + label
              + " is outside 0.."
              + (logits.length - 1)
              + " (K = "
              + logits.length
              + ")");
    }
    if (gradient != null && gradient.length != logits.length) {
      throw new IllegalArgumentException(
          "gradient has length " + gradient.length + " but there are " + logits.length + " logits");
    }
  }

  static double finite(String what, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite, got " + value);
    }
    return value;
  }

  static double positive(String what, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be positive and finite, got " + value);
    }
    return value;
  }

  static double nonNegative(String what, double value) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be ≥ 0 and finite, got " + value);
    }
    return value;
  }

  static double negative(String what, double value) {
    if (!(value < 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be negative and finite, got " + value);
    }
    return value;
  }

  static double inUnitInterval(String what, double value, boolean zeroAllowed) {
    if (!(value <= 1) || !(zeroAllowed ? value >= 0 : value > 0)) {
      throw new IllegalArgumentException(
          what + " must lie in " + (zeroAllowed ? "[0, 1]" : "(0, 1]") + ", got " + value);
    }
    return value;
  }
}
