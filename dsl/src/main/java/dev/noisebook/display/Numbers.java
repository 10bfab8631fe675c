package dev.noisebook.display;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/** How the DSL writes numbers in the recipes its values print: short, exact, no "1.0E-4". */
public final class Numbers {
  private Numbers() {}

  /**
   * {@code 0.0001} rather than {@code 1.0E-4}, {@code 1e-5} rather than {@code 1.0E-5}, {@code
   * 1000} rather than {@code 1000.0}, {@code π} for {@code Math.PI}.
   */
  public static String format(double value) {
    if (value == 0) {
      return "0";
    }
    if (Math.abs(value) == Math.PI) {
      return value > 0 ? "π" : "-π";
    }
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-4 && magnitude < 1e15) {
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
    return Double.toString(value).replace(".0E", "E").replace("E", "e");
  }

  /** Four significant digits without trailing zeros: {@code 9.21}, {@code 4.036e-05}. */
  public static String short4(double value) {
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

  /**
   * A value's recipe, {@code name(k1=v1, k2=v2)}, from alternating keys and values; doubles and
   * double arrays are written with {@link #format}.
   */
  public static String call(String name, Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must come in pairs");
    }
    StringBuilder text = new StringBuilder(name).append('(');
    for (int i = 0; i < keysAndValues.length; i += 2) {
      text.append(i > 0 ? ", " : "").append(keysAndValues[i]).append('=');
      text.append(
          switch (keysAndValues[i + 1]) {
            case Double d -> format(d);
            case double[] array ->
                Arrays.stream(array).mapToObj(Numbers::format).toList().toString();
            case Object other -> String.valueOf(other);
          });
    }
    return text.append(')').toString();
  }
}
