package dev.noisebook.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noisebook.Data;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitTest {

  private static void assertPartition(Data<?> whole, Split<?> split) {
    List<String> all = TestData.signature(whole.examples());
    List<String> train = TestData.signature(split.train().examples());
    List<String> test = TestData.signature(split.test().examples());
    Set<String> overlap = new HashSet<>(train);
    overlap.retainAll(new HashSet<>(test));

    assertThat(overlap).isEmpty();
    assertThat(train.size() + test.size()).isEqualTo(all.size());
    assertThat(new HashSet<>(all)).hasSize(all.size());
    Set<String> union = new HashSet<>(train);
    union.addAll(test);
    assertThat(union).isEqualTo(new HashSet<>(all));
  }

  @Test
  void aStratifiedSplitRoundsEachClassAndPartitionsTheData() {
    var blobs = Data.blobs(3).samples(1_000);
    var split = blobs.split(0.8);

    assertPartition(blobs, split);
    // classes of 334, 333, 333: round(267.2) + 2·round(266.4) = 267 + 266 + 266
    assertThat(split.train().size()).isEqualTo(799);
    assertThat(split.test().size()).isEqualTo(201);
    assertThat(split.train().summary().classCounts())
        .containsExactly(Map.entry("0", 267), Map.entry("1", 266), Map.entry("2", 266));
    assertThat(split.test().summary().classCounts())
        .containsExactly(Map.entry("0", 67), Map.entry("1", 67), Map.entry("2", 67));
    assertThat(split.train().toString()).endsWith(".split(0.8, seed=1, stratified).train()");
  }

  @Test
  void stratificationKeepsAnImbalanceInBothParts() {
    var split = Data.blobs(2).samples(200).proportions(9, 1).split(0.7, 4);

    assertThat(split.train().summary().classCounts())
        .containsEntry("0", 126)
        .containsEntry("1", 14);
    assertThat(split.test().summary().classCounts()).containsEntry("0", 54).containsEntry("1", 6);
  }

  @Test
  void anUnstratifiedSplitTakesRoundFractionTimesN() {
    var moons = Data.moons().samples(101);
    var split = moons.split(0.6, 3, false);

    assertPartition(moons, split);
    assertThat(split.train().size()).isEqualTo(61);
    assertThat(split.test().size()).isEqualTo(40);
    assertThat(split.test().toString()).endsWith(".split(0.6, seed=3, unstratified).test()");
  }

  @Test
  void regressionDataSplitsUnstratifiedByDefault() {
    var sine = Data.sine().samples(50);
    var split = sine.split(0.5);

    assertPartition(sine, split);
    assertThat(split.train().size()).isEqualTo(25);
    assertThat(split.train().toString()).contains("unstratified");
  }

  @Test
  void theSeedChoosesThePermutation() {
    var moons = Data.moons().samples(100);

    assertThat(TestData.signature(moons.split(0.5, 1).train().examples()))
        .isEqualTo(TestData.signature(moons.split(0.5, 1).train().examples()))
        .isNotEqualTo(TestData.signature(moons.split(0.5, 2).train().examples()));
  }

  @Test
  void bothPartsKeepTheSourceOrder() {
    var moons = Data.moons().samples(40);
    List<String> all = TestData.signature(moons.examples());
    List<String> train = TestData.signature(moons.split(0.5).train().examples());

    assertThat(all).containsSubsequence(train);
  }

  @Test
  void theSplitShowsBothParts() {
    var split = Data.moons().samples(10).split(0.8);

    assertThat(split.toString())
        .isEqualTo(
            "Split[train: 8 examples, test: 2 examples]\n"
                + "  train = moons(noise=0.1, samples=10, seed=1).split(0.8, seed=1, stratified).train()\n"
                + "  test  = moons(noise=0.1, samples=10, seed=1).split(0.8, seed=1, stratified).test()");
    assertThat(split.mimeBundle().get("text/html"))
        .hasValueSatisfying(
            html -> assertThat(html).contains("<b>train</b>").contains("<b>test</b>"));
  }
}
