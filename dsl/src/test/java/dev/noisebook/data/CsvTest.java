package dev.noisebook.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noisebook.Data;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribuo.data.csv.CSVDataSource;
import org.tribuo.regression.Regressor;

class CsvTest {
  private static final Path CLASSIFICATION = TestData.fixture("toy_classification.csv");
  private static final Path REGRESSION = TestData.fixture("toy_regression.csv");

  @Test
  void aClassificationCsvLoadsThroughTribuosCsvDataSource() {
    var data = Data.csv(CLASSIFICATION.toString()).classification("species");
    List<Map<String, String>> rows = TestData.rows("toy_classification.csv");

    assertThat(data.source()).isInstanceOf(CSVDataSource.class);
    assertThat(data.size()).isEqualTo(12);
    assertThat(data.featureNames()).containsExactly("a", "b", "c");
    assertThat(data.summary().classCounts())
        .containsExactly(
            Map.entry("setosa", 4), Map.entry("versicolor", 4), Map.entry("virginica", 4));
    double[][] x = data.x();
    for (int i = 0; i < rows.size(); i++) {
      assertThat(x[i][1]).isEqualTo(Double.parseDouble(rows.get(i).get("b")));
      assertThat(data.examples().get(i).getOutput().getLabel())
          .isEqualTo(rows.get(i).get("species"));
    }
    assertThat(data).hasToString("csv(\"" + CLASSIFICATION + "\").classification(\"species\")");
  }

  @Test
  void aRegressionCsvNamesItsTargetAfterTheColumn() {
    var data = Data.csv(REGRESSION.toString()).regression("price");
    List<Map<String, String>> rows = TestData.rows("toy_regression.csv");

    Regressor first = data.examples().getFirst().getOutput();
    assertThat(first.getNames()).containsExactly("price");
    assertThat(Examples.targets(data.examples()))
        .containsExactly(
            rows.stream().mapToDouble(r -> Double.parseDouble(r.get("price"))).toArray());
    assertThat(data.summary().target()).hasSize(3);
  }

  @Test
  void aCsvSplitsStratifiedByItsLabels() {
    var split = Data.csv(CLASSIFICATION.toString()).classification("species").split(0.75);

    assertThat(split.train().summary().classCounts())
        .containsOnlyKeys("setosa", "versicolor", "virginica");
    assertThat(split.train().summary().classCounts().values()).containsOnly(3);
    assertThat(split.test().summary().classCounts().values()).containsOnly(1);
  }

  @Test
  void aMissingFileSaysWhereItLooked() {
    assertThatThrownBy(() -> Data.csv("no/such/file.csv").classification("species"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no CSV file at " + Path.of("no/such/file.csv").toAbsolutePath());
    assertThatThrownBy(() -> Data.csv(CLASSIFICATION.getParent().toString()).regression("y"))
        .hasMessage("no CSV file at " + CLASSIFICATION.getParent() + " (it is a directory)");
  }

  @Test
  void aMissingResponseColumnListsTheColumnsThereAre() {
    assertThatThrownBy(() -> Data.csv(CLASSIFICATION.toString()).classification("label"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CSV file "
                + CLASSIFICATION
                + " has no response column 'label'; its columns are [a, b, c, species]");
    assertThatThrownBy(() -> Data.csv(REGRESSION.toString()).regression("Price"))
        .hasMessageContaining("has no response column 'Price'; its columns are [a, b, c, price]");
  }
}
