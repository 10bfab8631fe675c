package dev.noisebook.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.oracle.labs.mlrg.olcut.config.ConfigurationManager;
import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import dev.noisebook.Noise;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribuo.DataSource;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.baseline.DummyClassifierTrainer;
import org.tribuo.classification.example.GaussianLabelDataSource;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.example.GaussianDataSource;

/** The provenance-carrying Tribuo wrappers: clean values kept, provenance nested and rebuilt. */
class NoiseSourceTest {

  private static final BlobsTestSource BLOBS = new BlobsTestSource(900, 3, 4);

  @Test
  void labelNoiseKeepsTheCleanLabelFeaturesAndWeightOfEveryExample() {
    LabelNoiseSource noisy = Noise.labels().symmetric(0.4).seed(7).apply(BLOBS);
    List<Example<Label>> clean = list(BLOBS);
    List<Example<Label>> out = list(noisy);
    assertThat(out).hasSameSizeAs(clean);
    int flipped = 0;
    for (int i = 0; i < out.size(); i++) {
      Example<Label> before = clean.get(i);
      Example<Label> after = out.get(i);
      assertThat(NoiseMetadata.cleanLabel(after)).contains(before.getOutput());
      assertThat(features(after)).isEqualTo(features(before));
      assertThat(after.getWeight()).isEqualTo(before.getWeight());
      flipped += NoiseMetadata.isFlipped(after) ? 1 : 0;
    }
    assertThat(flipped)
        .isEqualTo(noisy.noisyLabels().flipped())
        .isEqualTo(noisy.noiseMatrix().flipped());
    Stats.assertProportion("flip rate", flipped / 900.0, 0.4, 900);
    assertThat(noisy.classes()).containsExactly("c0", "c1", "c2");
    assertThat(noisy.toString())
        .startsWith(
            "LabelNoiseSource(symmetric(rate=0.4, mode=bernoulli, seed=7) on BlobsTestSource(900, 3, 4)): 900 examples, "
                + flipped
                + " labels flipped");
  }

  @Test
  void theClassOrderDecidesWhichClassPairFlipSendsWhere() {
    var noise = Noise.labels().pairFlip(1.0);
    LabelNoiseSource sorted = noise.apply(BLOBS);
    LabelNoiseSource reversed = noise.apply(BLOBS, List.of("c2", "c1", "c0"));
    Example<Label> first = list(BLOBS).getFirst(); // c0
    assertThat(list(sorted).getFirst().getOutput().getLabel()).isEqualTo("c1");
    assertThat(list(reversed).getFirst().getOutput().getLabel()).isEqualTo("c2");
    assertThat(first.getOutput().getLabel()).isEqualTo("c0");
    assertThatThrownBy(() -> noise.apply(BLOBS, List.of("c0", "c1")))
        .hasMessage("label 'c2' of example 2 is not among the classes [c0, c1]");
    assertThatThrownBy(
            () -> Noise.labels().transition(new double[][] {{1, 0}, {0, 1}}).apply(BLOBS))
        .hasMessage("the transition matrix is 2 x 2 but the labels have 3 classes");
  }

  @Test
  void iterationHandsOutCopiesSoTrainingCannotAlterTheNoisyData() {
    LabelNoiseSource noisy = Noise.labels().symmetric(0.2).apply(BLOBS);
    list(noisy).getFirst().setWeight(100);
    assertThat(list(noisy).getFirst().getWeight()).isNotEqualTo(100);
  }

  @Test
  void provenanceNestsTheSourceAndTheNoiseAndDigestsTheNoisyLabels() {
    var noise = Noise.labels().pairFlip(0.3).exact().seed(11);
    LabelNoiseSource noisy = noise.apply(BLOBS);
    var provenance = noisy.getProvenance();
    assertThat(provenance.getClassName()).isEqualTo(LabelNoiseSource.class.getName());
    assertThat(provenance.getConfiguredParameters().get("source")).isEqualTo(BLOBS.getProvenance());
    assertThat(provenance.getConfiguredParameters().get("noise")).isEqualTo(noise.getProvenance());
    assertThat(provenance.getInstanceValues().get(NoiseSourceProvenance.NUM_FLIPPED).getValue())
        .isEqualTo(noisy.noisyLabels().flipped());
    assertThat(
            provenance
                .getInstanceValues()
                .get(NoiseSourceProvenance.NOISY_SHA256)
                .getValue()
                .toString())
        .hasSize(64);
    String text = ProvenanceUtil.formattedProvenanceString(provenance);
    assertThat(text)
        .contains("PairFlipNoise")
        .contains("EXACT")
        .contains("seed = 11")
        .contains("BlobsTestSource");
    // another seed, another digest
    var other = noise.seed(12).apply(BLOBS).getProvenance();
    assertThat(other.getInstanceValues().get(NoiseSourceProvenance.NOISY_SHA256))
        .isNotEqualTo(provenance.getInstanceValues().get(NoiseSourceProvenance.NOISY_SHA256));
  }

  @Test
  void aDatasetsProvenanceRebuildsIdenticalNoisyExamples() {
    for (LabelNoise noise :
        List.of(
            Noise.labels().symmetric(0.4).seed(3),
            Noise.labels()
                .transition(new double[][] {{0.6, 0.3, 0.1}, {0.2, 0.7, 0.1}, {0, 0.25, 0.75}})
                .exact(),
            Noise.labels().fromTrace(3, 2.2).zeroNoiseFraction(0.5).matrixSeed(4),
            Noise.labels().instanceDependent(0.35).rateStd(0.05).seed(8))) {
      LabelNoiseSource noisy = noise.apply(BLOBS, List.of("c1", "c0", "c2"));
      var dataset = new MutableDataset<>(noisy);
      LabelNoiseSource rebuilt = rebuild(dataset.getProvenance(), LabelNoiseSource.class);
      assertThat(rebuilt.noise()).isEqualTo(noise);
      assertThat(rebuilt.classes()).containsExactly("c1", "c0", "c2");
      assertSameExamples(list(rebuilt), list(noisy));
      assertThat(rebuilt.getProvenance()).isEqualTo(noisy.getProvenance());
    }
  }

  @Test
  void aModelTrainedOnNoisyLabelsRecordsTheNoiseAndRebuildsItsData() {
    var noise = Noise.labels().pairFlip(0.45).exact().seed(13);
    LabelNoiseSource noisy = noise.apply(BLOBS);
    var model =
        DummyClassifierTrainer.createMostFrequentTrainer().train(new MutableDataset<>(noisy));
    var recorded = model.getProvenance().getDatasetProvenance().getSourceProvenance();
    assertThat(recorded).isEqualTo(noisy.getProvenance());
    LabelNoiseSource rebuilt = rebuild(model.getProvenance(), LabelNoiseSource.class);
    assertThat(rebuilt.noise()).isEqualTo(noise);
    assertSameExamples(list(rebuilt), list(noisy));
  }

  @Test
  void provenanceSurvivesMarshallingToAndFromOlcutsFormat() {
    LabelNoiseSource noisy = Noise.labels().symmetricIncludingTrue(0.5).apply(BLOBS);
    var provenance = noisy.getProvenance();
    ObjectProvenance back =
        ProvenanceUtil.unmarshalProvenance(ProvenanceUtil.marshalProvenance(provenance));
    assertThat(back).isEqualTo(provenance);
  }

  @Test
  void aSourceThatIsNotConfigurableIsStillRecorded() {
    var provenance = new SimpleDataSourceProvenance("hand-made examples", new LabelFactory());
    var list = new ListDataSource<>(list(BLOBS), new LabelFactory(), provenance);
    LabelNoiseSource noisy = Noise.labels().symmetric(0.1).apply(list);
    assertThat(noisy.getProvenance().getConfiguredParameters().get("source")).isEqualTo(provenance);
    assertThat(noisy.size()).isEqualTo(900);
  }

  @Test
  void stackedNoiseKeepsTheInnermostCleanValue() {
    var once = Noise.labels().symmetric(0.5).seed(1).apply(BLOBS);
    var twice = Noise.labels().symmetric(0.5).seed(2).apply(once);
    List<Example<Label>> clean = list(BLOBS);
    List<Example<Label>> out = list(twice);
    for (int i = 0; i < out.size(); i++) {
      assertThat(NoiseMetadata.cleanLabel(out.get(i))).contains(clean.get(i).getOutput());
    }
  }

  @Test
  void theRealisedNoiseMatrixRendersAsANonBlankHeatmap() throws Exception {
    LabelNoiseSource noisy = Noise.labels().symmetric(0.3).apply(BLOBS);
    NoiseMatrix matrix = noisy.noiseMatrix();
    assertThat(matrix.classNames()).containsExactly("c0", "c1", "c2");
    assertThat(matrix.total()).isEqualTo(900);
    assertThat(matrix.toString())
        .startsWith("NoiseMatrix: " + matrix.flipped() + " of 900 labels flipped");
    Images.assertDrawn(matrix.heatmap().png());
    assertThat(noisy.mimeBundle().get("image/png")).isPresent();
  }

  @Test
  @SuppressWarnings("unchecked") // InputNoiseSource.class is a raw class literal
  void inputNoiseKeepsCleanFeaturesAndRebuildsFromProvenance() {
    var noise = Noise.inputs().gaussian(0.5).seed(21);
    InputNoiseSource<Label> noisy = noise.apply(BLOBS);
    List<Example<Label>> clean = list(BLOBS);
    List<Example<Label>> out = list(noisy);
    double[][] rows = new double[clean.size()][];
    for (int i = 0; i < out.size(); i++) {
      rows[i] = NoiseSource.values(clean.get(i));
      assertThat(NoiseMetadata.cleanFeatures(out.get(i)).orElseThrow()).containsExactly(rows[i]);
      assertThat(out.get(i).getOutput()).isEqualTo(clean.get(i).getOutput());
    }
    double[][] sameNoise = noise.apply(rows);
    for (int i = 0; i < out.size(); i++) {
      assertThat(NoiseSource.values(out.get(i)))
          .as("example %d as row %d", i, i)
          .containsExactly(sameNoise[i]);
    }
    var rebuilt = rebuild(new MutableDataset<>(noisy).getProvenance(), InputNoiseSource.class);
    assertSameExamples(list(rebuilt), out);
  }

  @Test
  void inputNoiseNamesTheExampleAndFeatureItCannotCorrupt() {
    assertThatThrownBy(() -> Noise.inputs().poisson(0.1).apply(BLOBS))
        .hasMessageStartingWith("example 0, feature 'x1': poisson noise needs x >= 0");
  }

  @Test
  void targetNoiseKeepsCleanTargetsAndRebuildsFromProvenance() {
    var source = new GaussianDataSource(400, 2f, 1f, 0.1f, -3f, 3f, 5L);
    for (TargetNoise noise :
        List.of(
            Noise.targets().homoscedastic(0.5).seed(2),
            Noise.targets().heteroscedastic(0.1, 0.3).seed(3),
            Noise.targets().heteroscedastic(0.1, 0.3, "X").seed(4),
            Noise.targets().studentT(3, 0.2))) {
      TargetNoiseSource noisy = noise.apply(source);
      List<Example<Regressor>> clean = list(source);
      List<Example<Regressor>> out = list(noisy);
      double[] y = new double[clean.size()];
      double[] x = new double[clean.size()];
      for (int i = 0; i < out.size(); i++) {
        y[i] = clean.get(i).getOutput().getValues()[0];
        x[i] = clean.get(i).lookup("X").getValue();
        assertThat(NoiseMetadata.cleanTarget(out.get(i)).orElseThrow()).containsExactly(y[i]);
        assertThat(features(out.get(i))).isEqualTo(features(clean.get(i)));
      }
      double[] expected =
          noise instanceof HeteroscedasticNoise h && !h.feature().isEmpty()
              ? noise.apply(y, x)
              : noise.apply(y);
      for (int i = 0; i < out.size(); i++) {
        assertThat(out.get(i).getOutput().getValues()[0])
            .as(noise + " example " + i)
            .isCloseTo(expected[i], within(0.0));
      }
      var rebuilt = rebuild(new MutableDataset<>(noisy).getProvenance(), TargetNoiseSource.class);
      assertSameExamples(list(rebuilt), out);
    }
  }

  @Test
  void tribuosOwnGeneratorsWorkAsSourcesToo() {
    var source =
        new GaussianLabelDataSource(
            200,
            1L,
            new double[] {0, 0},
            new double[] {1, 0, 0, 1},
            new double[] {3, 3},
            new double[] {1, 0, 0, 1});
    LabelNoiseSource noisy = Noise.labels().symmetric(1.0).exact().apply(source);
    assertThat(noisy.noisyLabels().flipped()).isEqualTo(200);
    var rebuilt = rebuild(new MutableDataset<>(noisy).getProvenance(), LabelNoiseSource.class);
    assertSameExamples(list(rebuilt), list(noisy));
  }

  private static <S extends com.oracle.labs.mlrg.olcut.config.Configurable> S rebuild(
      ObjectProvenance provenance, Class<S> type) {
    var cm = new ConfigurationManager();
    cm.addConfiguration(ProvenanceUtil.extractConfiguration(provenance));
    List<S> found = cm.lookupAll(type);
    assertThat(found).hasSize(1);
    return found.getFirst();
  }

  static <T extends Output<T>> List<Example<T>> list(DataSource<T> source) {
    List<Example<T>> examples = new ArrayList<>();
    source.forEach(examples::add);
    return examples;
  }

  private static List<String> features(Example<?> example) {
    List<String> features = new ArrayList<>();
    for (Feature f : example) {
      features.add(f.getName() + "=" + f.getValue());
    }
    return features;
  }

  private static <T extends Output<T>> void assertSameExamples(
      List<Example<T>> actual, List<Example<T>> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < actual.size(); i++) {
      assertThat(actual.get(i).getOutput())
          .as("output %d", i)
          .isEqualTo(expected.get(i).getOutput());
      assertThat(features(actual.get(i))).as("features %d", i).isEqualTo(features(expected.get(i)));
      assertThat(actual.get(i).getMetadata())
          .as("metadata %d", i)
          .isEqualTo(expected.get(i).getMetadata());
      assertThat(actual.get(i).getWeight()).isEqualTo(expected.get(i).getWeight());
    }
  }
}
