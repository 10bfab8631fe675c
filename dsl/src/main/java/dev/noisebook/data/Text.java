package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.provenance.ConfiguredObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ListProvenance;
import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import dev.noisebook.Data;
import dev.noisebook.display.Numbers;
import java.util.Arrays;
import java.util.Locale;
import org.tribuo.DataSource;
import org.tribuo.classification.LabelFactory;
import org.tribuo.provenance.DataSourceProvenance;
import org.tribuo.regression.RegressionFactory;

/** The readable text of data values: {@code name(param=value, ...)} with short numbers. */
final class Text {
  private Text() {}

  /**
   * {@code 0.1} rather than {@code 0.1000}, {@code 1e-5} rather than {@code 1.0E-5}, and {@code π}
   * for {@code Math.PI}.
   */
  static String num(double value) {
    if (Math.abs(value) == Math.PI) {
      return value > 0 ? "π" : "-π";
    }
    return Numbers.format(value);
  }

  /** Four significant digits: {@code 3.142}, {@code -0.0123}, {@code 1.5e+04}. */
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
    StringBuilder text = new StringBuilder(name).append('(');
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(keysAndValues[i]).append('=').append(value(keysAndValues[i + 1]));
    }
    return text.append(')').toString();
  }

  private static String value(Object value) {
    if (value instanceof Double d) {
      return num(d);
    }
    if (value instanceof double[] array) {
      return Arrays.stream(array).mapToObj(Text::num).toList().toString();
    }
    return String.valueOf(value);
  }

  /**
   * A data source as the reader would write it: a DSL value's own text, {@code
   * csv("path").classification("column")} for Tribuo's CSV sources (from their provenance, so a
   * rebuilt source reads the same), otherwise the source's class name.
   */
  static String describe(DataSource<?> source) {
    if (source instanceof Data<?>) {
      return source.toString();
    }
    DataSourceProvenance provenance = source.getProvenance();
    if (provenance instanceof ConfiguredObjectProvenance configured
        && configured.getConfiguredParameters().get("dataPath")
            instanceof PrimitiveProvenance<?> path) {
      String text = "csv(\"" + path.getValue() + "\")";
      String response = responseColumn(configured);
      var factory = source.getOutputFactory();
      String kind =
          factory instanceof LabelFactory
              ? "classification"
              : factory instanceof RegressionFactory ? "regression" : null;
      return response == null || kind == null ? text : text + "." + kind + "(\"" + response + "\")";
    }
    return source.getClass().getSimpleName();
  }

  /** The single response column a columnar source's provenance names, or null. */
  private static String responseColumn(ConfiguredObjectProvenance csv) {
    if (csv.getConfiguredParameters().get("rowProcessor") instanceof ConfiguredObjectProvenance row
        && row.getConfiguredParameters().get("responseProcessor")
            instanceof ConfiguredObjectProvenance response
        && response.getConfiguredParameters().get("fieldNames") instanceof ListProvenance<?> names
        && names.getList().size() == 1
        && names.getList().getFirst() instanceof PrimitiveProvenance<?> name) {
      return String.valueOf(name.getValue());
    }
    return null;
  }
}
