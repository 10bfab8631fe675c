package dev.noisebook.noise;

import dev.noisebook.display.Numbers;
import java.util.Locale;

/** The readable text of noise models: {@code name(param=value, ...)} with short numbers. */
final class Text {
  private Text() {}

  static String call(String name, Object... keysAndValues) {
    return Numbers.call(name, keysAndValues);
  }

  static String num(double value) {
    return Numbers.format(value);
  }

  /** Six significant digits, for sums that rounding leaves at 0.9000000000000001. */
  static String sum(double value) {
    return significant(value, 6);
  }

  /** {@code digits} significant digits, trailing zeros dropped: 0.2667, 37.7. */
  static String significant(double value, int digits) {
    if (!Double.isFinite(value)) {
      return num(value);
    }
    return num(Double.parseDouble(String.format(Locale.ROOT, "%." + digits + "g", value)));
  }

  /** A fraction as a percentage with one decimal: {@code 39.3%}. */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
  }

  /** {@code name(k1=v1, k2=v2)} from alternating keys and values. */
}
