package dev.noisebook.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import com.oracle.labs.mlrg.olcut.provenance.primitives.IntProvenance;
import dev.noisebook.Data;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.example.ConcentricCirclesDataSource;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.provenance.DataSourceProvenance;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The recipe of tribuo-xchart.md §2.8: provenance → (marshalled and unmarshalled, as a stored
 * record would be) → {@code ProvenanceUtil.extractConfiguration} → OLCUT {@code
 * ConfigurationManager} → the same examples, bit for bit.
 */
class ProvenanceRoundTripTest {
  private static final String CSV = TestData.fixture("toy_classification.csv").toString();
  private static final String REGRESSION_CSV = TestData.fixture("toy_regression.csv").toString();

  static Stream<Arguments> everyKindOfData() {
    var moons = Data.moons().samples(200).seed(3);
    return Stream.of(
        Arguments.of(Data.blobs(4).features(3).samples(120).spread(2).proportions(4, 3, 2, 1)),
        Arguments.of(Data.blobs(2).centres(new double[][] {{1, 2}, {3, 4}}).samples(20)),
        Arguments.of(Data.moons().noise(0.25).samples(99).seed(-4)),
        Arguments.of(Data.circles().factor(0.3).samples(80)),
        Arguments.of(Data.checkerboard(3).squares(5).range(-2, 7).samples(90)),
        Arguments.of(Data.spirals(5).turns(2.5).samples(100)),
        Arguments.of(Data.linear(3).samples(40)),
        Arguments.of(Data.linear(2).weights(0.5, -2).intercept(1).noise(0).samples(10)),
        Arguments.of(Data.sine().frequency(3).range(0, 1).samples(30)),
        Arguments.of(Data.friedman1().features(8).samples(30)),
        Arguments.of(moons.split(0.75, 9).train()),
        Arguments.of(moons.split(0.75, 9, false).test()),
        Arguments.of(moons.split(0.75).standardised().test()),
        Arguments.of(moons.split(0.5).standardised().fourierFeatures(12, 0.7, 5).test()),
        Arguments.of(Data.linear(2).samples(50).standardised()),
        Arguments.of(Data.csv(CSV).classification("species")),
        Arguments.of(Data.csv(CSV).classification("species").split(0.75).standardised().test()),
        Arguments.of(Data.csv(REGRESSION_CSV).regression("price").fourierFeatures(4, 2, 1)),
        Arguments.of(Data.of(new ConcentricCirclesDataSource(50, 7, 1.0, 0.5))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKindOfData")
  void provenanceRebuildsIdenticalExamples(Data<?> data) {
    DataSourceProvenance provenance = data.source().getProvenance();
    ObjectProvenance stored =
        ProvenanceUtil.unmarshalProvenance(ProvenanceUtil.marshalProvenance(provenance));

    Data<?> again = Data.rebuild(stored);

    assertThat(stored).isEqualTo(provenance);
    assertThat(again).isNotSameAs(data);
    assertThat(TestData.signature(again.examples())).isEqualTo(TestData.signature(data.examples()));
    // equal configuration; Tribuo's CSV provenance also records when it was read, so whole
    // provenances of CSV data differ in that instant
    assertThat(ProvenanceUtil.extractConfiguration(again.source().getProvenance()))
        .isEqualTo(ProvenanceUtil.extractConfiguration(provenance));
    assertThat(again.toString()).isEqualTo(data.toString());
  }

  @Test
  void theProvenanceNamesTheClassTheParametersAndTheHashOfTheExamples() {
    var blobs = Data.blobs(10).features(20).samples(500).seed(7);
    var provenance = (SourceProvenance) blobs.getProvenance();

    assertThat(provenance.getClassName()).isEqualTo(Blobs.class.getName());
    assertThat(provenance.getConfiguredParameters())
        .containsEntry("classes", new IntProvenance("classes", 10))
        .containsEntry("features", new IntProvenance("features", 20))
        .containsEntry("samples", new IntProvenance("samples", 500))
        .containsKeys("seed", "spread", "box", "centres", "proportions");
    assertThat(provenance.examplesHash()).isEqualTo(Examples.sha256(blobs.examples()));
    assertThat(provenance.getInstanceValues()).containsKey(SourceProvenance.EXAMPLES_HASH);
    assertThat(((SourceProvenance) blobs.seed(8).getProvenance()).examplesHash())
        .isNotEqualTo(provenance.examplesHash());
  }

  @Test
  void aDerivedSourceNestsItsSourcesProvenance() {
    var moons = Data.moons().samples(100);
    var test = (SourceProvenance) moons.split(0.8).standardised().test().source().getProvenance();

    var subset = (SourceProvenance) test.getConfiguredParameters().get("source");
    var fitOn = (SourceProvenance) test.getConfiguredParameters().get("fitOn");
    assertThat(subset.getClassName()).isEqualTo(Subset.class.getName());
    assertThat(subset.getConfiguredParameters().get("source")).isEqualTo(moons.getProvenance());
    assertThat(fitOn.getConfiguredParameters().get("part").toString()).contains("TRAIN");
  }

  @Test
  void theRebuiltSourceHasTheSameExamplesHash() {
    var data = Data.spirals(3).samples(60).split(0.5).standardised().train();
    var again = Data.rebuild(data.source().getProvenance());

    assertThat(((SourceProvenance) again.source().getProvenance()).examplesHash())
        .isEqualTo(((SourceProvenance) data.source().getProvenance()).examplesHash());
    assertThat(again.source().getProvenance()).isEqualTo(data.source().getProvenance());
  }

  @Test
  void aDatasetsProvenanceRebuildsItsData() {
    var circles = Data.circles().samples(60).seed(12);
    MutableDataset<Label> dataset = circles.dataset();

    Data<Label> again = Data.rebuild(dataset.getProvenance());

    assertThat(TestData.signature(again.examples()))
        .isEqualTo(TestData.signature(dataset.getData()));
  }

  @Test
  void aSourceWithoutConfigurationCannotBeRebuiltAndSaysWhy() {
    var list =
        new ListDataSource<>(
            Data.moons().samples(4).examples(),
            new org.tribuo.classification.LabelFactory(),
            new SimpleDataSourceProvenance(
                "in memory", new org.tribuo.classification.LabelFactory()));

    assertThatThrownBy(() -> Data.rebuild(list.getProvenance()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot rebuild data from a SimpleDataSourceProvenance of org.tribuo.DataSource:"
                + " it records no configuration (only configurable sources rebuild)");
  }
}
