package dev.noisebook.data;

import dev.noisebook.Data;
import dev.noisebook.check.Parameters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.data.columnar.FieldProcessor;
import org.tribuo.data.columnar.RowProcessor;
import org.tribuo.data.columnar.processors.field.DoubleFieldProcessor;
import org.tribuo.data.columnar.processors.response.FieldResponseProcessor;
import org.tribuo.data.csv.CSVDataSource;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * A CSV file with a header row, read by Tribuo's {@link CSVLoader}: one column is the response (the
 * class label, or the regression target), every other column a numeric feature named by its header.
 * The result's source is Tribuo's {@code CSVDataSource}, whose provenance records the file's path
 * and SHA-256, and which rebuilds from it.
 *
 * <pre>{@code
 * Data.csv("iris.csv").classification("species");
 * Data.csv("prices.tsv").separator('\t').regression("price");
 * }</pre>
 */
public record CsvFile(Path path, char separator) {

  public CsvFile {
    Parameters.notNull("path", path);
  }

  /** The comma-separated file at {@code path}. */
  public static CsvFile at(String path) {
    return new CsvFile(Path.of(Parameters.notNull("path", path)), ',');
  }

  /** The same file with another column separator, e.g. {@code '\t'}. */
  public CsvFile separator(char separator) {
    return new CsvFile(path, separator);
  }

  /** The file as labelled data, the labels in column {@code response}. */
  public Data<Label> classification(String response) {
    return load(response, new LabelFactory(), false);
  }

  /** The file as regression data, the target in column {@code response}. */
  public Data<Regressor> regression(String response) {
    return load(response, new RegressionFactory(), true);
  }

  /** The column names in the header row. */
  public List<String> columns() {
    Path file = existing();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      if (header == null) {
        throw new IllegalArgumentException("CSV file " + file + " is empty: it has no header row");
      }
      return Arrays.stream(header.replace("\uFEFF", "").split(String.valueOf(separator), -1))
          .map(name -> name.strip().replaceAll("^\"|\"$", ""))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CSV file " + file, e);
    }
  }

  private Path existing() {
    Path file = path.toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "no CSV file at " + file + (Files.isDirectory(file) ? " (it is a directory)" : ""));
    }
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("CSV file " + file + " is not readable");
    }
    return file;
  }

  private <T extends Output<T>> Data<T> load(
      String response, OutputFactory<T> factory, boolean namedTarget) {
    Parameters.notNull("response column", response);
    List<String> columns = columns();
    if (!columns.contains(response)) {
      throw new IllegalArgumentException(
          "CSV file "
              + existing()
              + " has no response column '"
              + response
              + "'; its columns are "
              + columns);
    }
    Map<String, FieldProcessor> features = new LinkedHashMap<>();
    for (String column : columns) {
      if (!column.equals(response)) {
        features.put(column, new DoubleFieldProcessor(column, true, true));
      }
    }
    var responseProcessor =
        new FieldResponseProcessor<>(List.of(response), List.of(""), factory, namedTarget, false);
    var source =
        new CSVDataSource<>(
            existing(), new RowProcessor<>(responseProcessor, features), true, separator, '"');
    return SourceData.of(source);
  }
}
