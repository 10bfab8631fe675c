package dev.noisebook.display;

import java.math.BigDecimal;

/** How the DSL writes numbers in the recipes its values print: short, exact, no "1.0E-4". */
public final class Numbers {
  private Numbers() {}

  /**
   * {@code 0.0001} rather than {@code 1.0E-4}, {@code 1e-5} rather than {@code 1.0E-5}, {@code
   * 1000} rather than {@code 1000.0}.
   */
  public static String format(double value) {
    if (value == 0) {
      return "0";
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
}
