package dev.noisebook.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noisebook.Data;
import dev.noisebook.Loss;
import dev.noisebook.Model;
import dev.noisebook.Optim;
import dev.noisebook.data.Split;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Unlearning a class with NPO+RT: four blobs (spread 3) in 5 dimensions, a reference fitted with CE
 * on all 300 training rows; the forget set is the training rows of one class, the retain set the
 * rest. Accuracy is measured on the held-out rows of the forgotten class and of the retained
 * classes.
 */
class UnlearningFitTest {
  private static final long[] SEEDS = {1, 2, 3};

  @Test
  void npoLowersForgetAccuracyMuchMoreThanRetainAccuracy() {
    for (long seed : SEEDS) {
      Split<Label> split =
          Data.blobs(4).features(5).spread(3).samples(600).seed(seed).split(0.5, seed);
      Dataset<Label> train = split.train().dataset();
      Dataset<Label> test = split.test().dataset();
      String forgotten = train.getOutputIDInfo().getOutput(0).getLabel();
      Predicate<Example<Label>> forgetRow = e -> e.getOutput().getLabel().equals(forgotten);
      var reference =
          Model.linear().optimiser(Optim.adam(0.05)).epochs(10).batch(16).seed(seed).fit(train);
      Fit fit =
          Model.linear()
              .loss(Loss.preference().npo(0.5))
              .reference(reference.model())
              .optimiser(Optim.adam(0.05))
              .epochs(10)
              .batch(16)
              .seed(seed)
              .unlearn(rows(train, forgetRow), rows(train, forgetRow.negate()));
      double forgetBefore = accuracy(reference.model(), rows(test, forgetRow));
      double retainBefore = accuracy(reference.model(), rows(test, forgetRow.negate()));
      double forgetAfter = accuracy(fit.model(), rows(test, forgetRow));
      double retainAfter = accuracy(fit.model(), rows(test, forgetRow.negate()));
      System.out.printf(
          "seed %d: forget accuracy %.3f -> %.3f, retain accuracy %.3f -> %.3f%n",
          seed, forgetBefore, forgetAfter, retainBefore, retainAfter);
      assertThat(forgetBefore - forgetAfter)
          .as("drop of the forget accuracy vs the retain accuracy")
          .isGreaterThan(5 * Math.max(0.01, retainBefore - retainAfter));
    }
  }

  @Test
  void sameSeedGivesBitIdenticalWeightsAndTheProvenanceRebuildsThem() {
    Dataset<Label> data = TrainData.blobs();
    String forgotten = data.getOutputIDInfo().getOutput(1).getLabel();
    Predicate<Example<Label>> forgetRow = e -> e.getOutput().getLabel().equals(forgotten);
    var reference = Model.linear().epochs(2).seed(3).fit(data).model();
    var npo =
        Model.linear().loss(Loss.preference().npo(0.5)).reference(reference).epochs(2).batch(16);
    Dataset<Label> forget = rows(data, forgetRow);
    Dataset<Label> retain = rows(data, forgetRow.negate());
    Fit a = npo.seed(4).unlearn(forget, retain);
    assertThat(TrainData.weights(npo.seed(4).unlearn(forget, retain).model()))
        .containsExactly(TrainData.weights(a.model()));
    assertThat(
            TrainData.rebuiltWeights(
                a.model(),
                "preference().npo(0.5)",
                ReferenceFit.unlearningData(forget, retain, reference)))
        .containsExactly(TrainData.weights(a.model()));
  }

  @Test
  void unlearningNeedsNpo() {
    Dataset<Label> data = TrainData.blobs();
    assertThatThrownBy(() -> Model.linear().unlearn(data, data))
        .hasMessageContaining("unlearn(forget, retain) trains a NegativePreferenceLoss");
  }

  private static double accuracy(org.tribuo.Model<Label> model, Dataset<Label> data) {
    return Evaluation.of(model, data).cleanAccuracy();
  }

  private static Dataset<Label> rows(Dataset<Label> data, Predicate<Example<Label>> keep) {
    List<Example<Label>> out = new ArrayList<>();
    for (Example<Label> e : data) {
      if (keep.test(e)) {
        out.add(e);
      }
    }
    LabelFactory factory = new LabelFactory();
    return new MutableDataset<>(
        new ListDataSource<>(out, factory, new SimpleDataSourceProvenance("subset", factory)));
  }
}
