package dev.noisebook.schedule;

import dev.noisebook.display.Numbers;
import java.util.Locale;

/** The readable text of schedules: {@code name(param=value, ...)} with short numbers. */
final class Describe {
  private Describe() {}

  static String num(double value) {
    return Numbers.format(value);
  }

  /** Four significant digits without trailing zeros: {@code 9.21}, {@code 4.036e-05}. */
  static String short4(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    String text = String.format(Locale.ROOT, "%.4g", value);
    int exponent = text.indexOf('e');
    String mantissa = exponent < 0 ? text : text.substring(0, exponent);
    if (mantissa.contains(".")) {
      mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return exponent < 0 ? mantissa : mantissa + text.substring(exponent);
  }

  /** {@code name(k1=v1, k2=v2)} from alternating keys and values. */
  static String call(String name, Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must come in pairs");
    }
    StringBuilder text = new StringBuilder(name).append('(');
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (i > 0) {
        text.append(", ");
      }
      Object value = keysAndValues[i + 1];
      text.append(keysAndValues[i])
          .append('=')
          .append(value instanceof Double d ? num(d) : String.valueOf(value));
    }
    return text.append(')').toString();
  }

  /** A schedule's text; a lambda's class name is no text, so a lambda shows as its name. */
  static String schedule(Object schedule) {
    if (schedule.getClass().isHidden() && schedule instanceof dev.noisebook.Schedule s) {
      return s.name();
    }
    return schedule.toString();
  }
}
