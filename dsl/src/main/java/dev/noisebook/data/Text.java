package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.provenance.ConfiguredObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ListProvenance;
import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import dev.noisebook.Data;
import dev.noisebook.display.Numbers;
import org.tribuo.DataSource;
import org.tribuo.classification.LabelFactory;
import org.tribuo.provenance.DataSourceProvenance;
import org.tribuo.regression.RegressionFactory;

/** The readable text of data values: {@code name(param=value, ...)} with short numbers. */
final class Text {
  private Text() {}

  static String short4(double value) {
    return Numbers.short4(value);
  }

  static String call(String name, Object... keysAndValues) {
    return Numbers.call(name, keysAndValues);
  }

  static String num(double value) {
    return Numbers.format(value);
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
