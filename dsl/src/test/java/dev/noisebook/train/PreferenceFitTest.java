package dev.noisebook.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import dev.noisebook.Data;
import dev.noisebook.Loss;
import dev.noisebook.Model;
import dev.noisebook.Noise;
import dev.noisebook.Optim;
import dev.noisebook.data.Split;
import dev.noisebook.loss.coupled.PreferenceLoss;
import dev.noisebook.model.LinearModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Preference optimisation of a softmax policy through the DSL's loop: four blobs in 20 dimensions
 * (spread 2, 300 training prompts, 300 clean test rows), one pair per prompt (true label against a
 * uniform other, Bradley–Terry scale 4) with 35% of the preferences flipped (36–38% observed);
 * Adam(0.05), mini-batch 32, 30 epochs, β = 1.
 *
 * <p>Measured with Adam as the paper gives it (AdamOptimiser; until 2026-12-02 the DSL used Tribuo
 * 4.3.2's Adam, which multiplies where it should divide, and this test encoded what that slow
 * optimiser produced). On the raw, uncentred blob features with the uniform reference, over seeds
 * 1–5: clean-pair accuracy DPO 0.659, conservative DPO 0.513, rDPO 0.835; clean test accuracy
 * 0.430, 0.270, 0.628. rDPO's correction is what keeps the flips from costing accuracy. Label
 * smoothing at ε = the flip rate is printed, not asserted: with 38% of pairs flipped its expected
 * loss is least at a margin of only 0.14 (σ(h) = 0.65·0.62 + 0.35·0.38 = 0.536), so its fits of 300
 * pairs swing from seed to seed (0.06–0.79, as DPO's do less: 0.25–0.80 over 5 and 30 epochs, raw
 * and standardised). With a reference fitted by CE on 40 clean prompts, rDPO reaches clean-pair
 * accuracy 0.907–0.980 after 30 epochs and 0.960–0.987 with early stopping on a 20% validation
 * split (patience 3).
 */
class PreferenceFitTest {
  private static final long[] SEEDS = {1, 2, 3, 4, 5};
  private static final double FLIP = 0.35;

  /** Clean test rows, the preference pairs and a reference fitted with CE on 40 clean prompts. */
  private record Setting(Dataset<Label> test, PreferenceData prefs, org.tribuo.Model<Label> ref) {}

  private static Setting setting(long seed) {
    Split<Label> split =
        Data.blobs(4).features(20).spread(2).samples(600).seed(seed).split(0.5, seed);
    Dataset<Label> train = split.train().dataset();
    PreferenceData prefs =
        PreferenceData.fromLabels(train, Noise.preferences().bradleyTerry(4).flip(FLIP).seed(seed));
    var reference =
        Model.linear()
            .optimiser(Optim.adam(0.05))
            .epochs(10)
            .batch(8)
            .seed(seed)
            .fit(first(train, 40));
    return new Setting(split.test().dataset(), prefs, reference.model());
  }

  static Dataset<Label> first(Dataset<Label> data, int n) {
    List<Example<Label>> rows = new ArrayList<>();
    for (Example<Label> e : data) {
      if (rows.size() < n) {
        rows.add(e);
      }
    }
    LabelFactory factory = new LabelFactory();
    return new MutableDataset<>(
        new ListDataSource<>(rows, factory, new SimpleDataSourceProvenance("first " + n, factory)));
  }

  private static LinearModel recipe(long seed) {
    return Model.linear().optimiser(Optim.adam(0.05)).epochs(30).batch(32).seed(seed);
  }

  @Test
  void robustDpoBeatsDpoUnderFlippedPreferences() {
    PreferenceLoss[] losses = {
      Loss.preference().dpo(1),
      Loss.preference().dpoLabelSmoothed(1, FLIP),
      Loss.preference().rdpo(1, FLIP)
    };
    double[][] pref = new double[losses.length][SEEDS.length];
    double[][] test = new double[losses.length][SEEDS.length];
    for (int s = 0; s < SEEDS.length; s++) {
      Setting setting = setting(SEEDS[s]);
      StringBuilder line =
          new StringBuilder("seed " + SEEDS[s] + ", flipped " + setting.prefs().flipRate());
      for (int l = 0; l < losses.length; l++) {
        Fit fit = recipe(SEEDS[s]).loss(losses[l]).fit(setting.prefs());
        pref[l][s] = setting.prefs().preferenceAccuracy(fit.model());
        test[l][s] = fit.evaluate(setting.test()).cleanAccuracy();
        line.append(
            String.format(": %s clean-pair %.3f test %.3f", losses[l], pref[l][s], test[l][s]));
      }
      System.out.println(line);
    }
    System.out.printf(
        "means: DPO %.3f/%.3f, cDPO %.3f/%.3f, rDPO %.3f/%.3f%n",
        mean(pref[0]), mean(test[0]), mean(pref[1]), mean(test[1]), mean(pref[2]), mean(test[2]));
    assertThat(mean(pref[2]))
        .as("clean preference accuracy, rDPO vs DPO")
        .isGreaterThan(mean(pref[0]));
    assertThat(mean(test[2]))
        .as("true-label test accuracy, rDPO vs DPO")
        .isGreaterThan(mean(test[0]));
    assertThat(wins(pref[2], pref[0]))
        .as("seeds where rDPO beats DPO")
        .isGreaterThan(SEEDS.length / 2);
  }

  /**
   * On standardised features: symmetric flips shrink the reward margin DPO fits (a temperature;
   * seeds 1–3: 10.1, 7.8, 6.4 clean against 0.60, 0.52, 0.63 with flips), label smoothing shrinks
   * it further, and rDPO's margin is not shrunk. rDPO overshoots instead (13.3, 20.2, 15.3): its
   * de-biased loss is unbounded below, so its margin grows as long as it trains.
   */
  @Test
  void flipsShrinkDposRewardMarginButNotRobustDpos() {
    for (long seed : new long[] {1, 2, 3}) {
      Split<Label> split =
          Data.blobs(4)
              .features(20)
              .spread(2)
              .samples(600)
              .seed(seed)
              .split(0.5, seed)
              .standardised();
      Dataset<Label> train = split.train().dataset();
      var bradleyTerry = Noise.preferences().bradleyTerry(4).seed(seed);
      PreferenceData clean = PreferenceData.fromLabels(train, bradleyTerry);
      PreferenceData noisy = PreferenceData.fromLabels(train, bradleyTerry.flip(FLIP));
      var dsl = Loss.preference();
      double dpoClean = margin(clean, recipe(seed).loss(dsl.dpo(1)).fit(clean));
      double dpoNoisy = margin(noisy, recipe(seed).loss(dsl.dpo(1)).fit(noisy));
      double cdpoNoisy = margin(noisy, recipe(seed).loss(dsl.dpoLabelSmoothed(1, FLIP)).fit(noisy));
      double rdpoNoisy = margin(noisy, recipe(seed).loss(dsl.rdpo(1, FLIP)).fit(noisy));
      System.out.printf(
          "seed %d, reward margin on clean pairs: DPO clean %.3f; with %.0f%% flips DPO %.3f,"
              + " cDPO %.3f, rDPO %.3f%n",
          seed, dpoClean, 100 * FLIP, dpoNoisy, cdpoNoisy, rdpoNoisy);
      assertThat(dpoNoisy).as("DPO's margin under flips vs clean").isLessThan(0.5 * dpoClean);
      assertThat(cdpoNoisy).as("cDPO's margin vs DPO's, under flips").isLessThan(dpoNoisy);
      assertThat(rdpoNoisy)
          .as("rDPO's margin under flips vs DPO's clean one")
          .isGreaterThan(dpoClean);
    }
  }

  private static double margin(PreferenceData data, Fit fit) {
    return data.rewardMargin(fit.model(), null, 1);
  }

  @Test
  void sameSeedGivesBitIdenticalWeightsAndTheProvenanceRebuildsThem() {
    Setting s = setting(7);
    LinearModel recipe =
        recipe(7).reference(s.ref()).loss(Loss.preference().rdpo(0.5, 0.3)).epochs(3);
    Fit a = recipe.fit(s.prefs());
    Fit b = recipe.fit(s.prefs());
    assertThat(TrainData.weights(b.model())).containsExactly(TrainData.weights(a.model()));
    String text = ProvenanceUtil.formattedProvenanceString(a.model().getProvenance());
    assertThat(text).contains("loss = preference().rdpo(0.5, 0.3)").contains("reference");
    // The reference's log-probabilities travel in the annotated data, so the data rebuilds the fit.
    assertThat(
            TrainData.rebuiltWeights(
                a.model(), "preference().rdpo(0.5, 0.3)", s.prefs().dataset(s.ref())))
        .containsExactly(TrainData.weights(a.model()));
  }

  @Test
  void aValidationSplitFindsItsPairsAndEarlyStoppingRescuesRobustDpo() {
    double[] full = new double[SEEDS.length];
    double[] early = new double[SEEDS.length];
    for (int k = 0; k < SEEDS.length; k++) {
      long seed = SEEDS[k];
      Setting s = setting(seed);
      LinearModel rdpo = recipe(seed).reference(s.ref()).loss(Loss.preference().rdpo(1, FLIP));
      Fit fullFit = rdpo.fit(s.prefs());
      Fit stopped = rdpo.validation(0.2).earlyStopping(3).fit(s.prefs());
      assertThat(java.util.Arrays.stream(stopped.history().column(EpochStats::validationLoss)))
          .allMatch(Double::isFinite);
      assertThat(stopped.epoch()).isLessThanOrEqualTo(stopped.history().size());
      full[k] = s.prefs().preferenceAccuracy(fullFit.model());
      early[k] = s.prefs().preferenceAccuracy(stopped.model());
      System.out.printf(
          "seed %d, CE reference, rDPO clean-pair accuracy: 30 epochs %.3f, early stopping"
              + " (epoch %d of %d run) %.3f%n",
          seed, full[k], stopped.epoch(), stopped.history().size(), early[k]);
    }
    assertThat(mean(early)).as("rDPO, early stopping vs 30 epochs").isGreaterThan(mean(full));
  }

  @Test
  void aPerClassRewardIsLearnedAsTheClassOrder() {
    Dataset<Label> prompts = TrainData.blobs();
    var ids = prompts.getOutputIDInfo();
    double[] classReward = {0, 1, 2, 3};
    PreferenceData prefs =
        PreferenceData.fromRewards(
            prompts,
            (e, y) -> classReward[ids.getID(y)],
            Noise.preferences().bradleyTerry(2).flip(0.2).seed(4));
    // The blobs' features are far from centred, so the class biases need many epochs to beat the
    // weights' early pull along the data mean (after 30 epochs one blob still ranks the classes
    // backwards).
    Fit fit = recipe(4).loss(Loss.preference().dpo(1)).epochs(200).fit(prefs);
    String best = ids.getOutput(3).getLabel();
    long predictedBest =
        fit.model().predict(prompts).stream()
            .filter(p -> p.getOutput().getLabel().equals(best))
            .count();
    assertThat(predictedBest).as("prompts whose argmax is the best-rewarded label").isEqualTo(400);
    assertThat(prefs.flipRate()).isBetween(0.15, 0.25);
  }

  @Test
  void theRecipeOfEveryPreferenceLossParsesBack() {
    for (Object loss :
        List.of(
            Loss.preference().dpo(0.1),
            Loss.preference().ipo(0.5),
            Loss.preference().slic(0.2, 1.5),
            Loss.preference().dpoLabelSmoothed(0.1, 0.2),
            Loss.preference().rdpo(0.1, 0.3),
            Loss.preference().npo(0.5))) {
      assertThat(LossRecipe.parse(LossRecipe.of(loss))).isEqualTo(loss);
    }
  }

  @Test
  void clearErrorsNameTheBadParameter() {
    Setting s = setting(3);
    Dataset<Label> twoClasses =
        new MutableDataset<>(Data.blobs(2).features(20).samples(50).seed(1).source());
    var twoClassRef = Model.linear().epochs(1).fit(twoClasses).model();
    var rdpo = Model.linear().loss(Loss.preference().rdpo(1, 0.2));
    assertThatThrownBy(() -> rdpo.reference(twoClassRef).fit(s.prefs()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reference model's labels")
        .hasMessageContaining("differ from the data's labels");
    assertThatThrownBy(() -> Model.linear().fit(s.prefs()))
        .hasMessageContaining("fit(PreferenceData) trains a PreferenceLoss");
    assertThatThrownBy(() -> rdpo.fit(s.prefs().prompts()))
        .hasMessageContaining("reference's log-probabilities");
  }

  static double mean(double[] v) {
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    return sum / v.length;
  }

  static int wins(double[] a, double[] b) {
    int w = 0;
    for (int i = 0; i < a.length; i++) {
      w += a[i] > b[i] ? 1 : 0;
    }
    return w;
  }
}
