package dev.noisebook.train;

import dev.noisebook.check.Parameters;
import dev.noisebook.noise.BradleyTerryPreferences;
import dev.noisebook.noise.NoiseMetadata;
import dev.noisebook.noise.PreferencePair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * Preference pairs over the labels of a classification dataset, for training a softmax policy
 * {@code π_θ(y|x)} with a {@code Loss.preference()} loss: the examples' features are the prompts
 * x_i, the labels the responses, and pair i is (chosen y_w, rejected y_l) for prompt i, as label
 * ids of {@link #prompts()}; each pair remembers whether noise flipped it, so {@link
 * #preferenceAccuracy} can score a policy on the clean pairs. Immutable.
 *
 * <pre>{@code
 * var prefs = PreferenceData.fromLabels(train,
 *     Noise.preferences().bradleyTerry(4).flip(0.3).seed(1));
 * Fit fit = Model.linear().loss(Loss.preference().rdpo(0.5, 0.3)).reference(ref).fit(prefs);
 * prefs.preferenceAccuracy(fit.model());
 * }</pre>
 */
public final class PreferenceData {
  private final Dataset<Label> prompts;
  private final List<PreferencePair> pairs;
  private final String origin;

  private PreferenceData(Dataset<Label> prompts, List<PreferencePair> pairs, String origin) {
    this.prompts = prompts;
    this.pairs = List.copyOf(pairs);
    this.origin = origin;
  }

  /** Pair i over label ids of {@code prompts} for its example i. */
  public static PreferenceData of(Dataset<Label> prompts, List<PreferencePair> pairs) {
    Parameters.notNull("prompts", prompts);
    Parameters.notNull("pairs", pairs);
    if (prompts.size() == 0 || pairs.size() != prompts.size()) {
      throw new IllegalArgumentException(
          "preference data needs one pair per prompt: "
              + prompts.size()
              + " prompts, "
              + pairs.size()
              + " pairs");
    }
    int classes = prompts.getOutputIDInfo().size();
    for (int i = 0; i < pairs.size(); i++) {
      PreferencePair p = pairs.get(i);
      if (p.chosen() == p.rejected()
          || Math.min(p.chosen(), p.rejected()) < 0
          || Math.max(p.chosen(), p.rejected()) >= classes) {
        throw new IllegalArgumentException(
            "pair " + i + " (" + p + ") must name two distinct label ids in 0.." + (classes - 1));
      }
    }
    return new PreferenceData(prompts, pairs, "pairs");
  }

  /**
   * For each prompt, its clean label ({@link NoiseMetadata}, else its label) against another label
   * drawn uniformly, labelled by {@code preferences} with the reward r(x_i, y) = 1 for the clean
   * label and 0 otherwise: the clean label wins with probability σ(β) before the flips (β the
   * model's scale), (1 − ε)σ(β) + εσ(−β) after them. Drawn from the model's seed.
   */
  public static PreferenceData fromLabels(
      Dataset<Label> prompts, BradleyTerryPreferences preferences) {
    return draw(prompts, preferences, (e, y) -> y.equals(cleanLabel(e)) ? 1 : 0, true);
  }

  /**
   * For each prompt x_i, two distinct labels drawn uniformly, labelled by {@code preferences} with
   * the reward r(x_i, y) = {@code reward.applyAsDouble(example i, y)} (finite), e.g. a per-class
   * reward {@code (e, y) -> classReward[ids.getID(y)]}: P(a ≻ b) = σ(β(r(x, a) − r(x, b))) before
   * the flips. Drawn from the model's seed.
   */
  public static PreferenceData fromRewards(
      Dataset<Label> prompts,
      ToDoubleBiFunction<Example<Label>, Label> reward,
      BradleyTerryPreferences preferences) {
    return draw(prompts, preferences, Parameters.notNull("reward", reward), false);
  }

  private static Label cleanLabel(Example<Label> e) {
    return NoiseMetadata.cleanLabel(e).orElse(e.getOutput());
  }

  /** One pair per prompt: the clean label or a uniform label first, a uniform other second. */
  private static PreferenceData draw(
      Dataset<Label> prompts,
      BradleyTerryPreferences preferences,
      ToDoubleBiFunction<Example<Label>, Label> reward,
      boolean cleanFirst) {
    Parameters.notNull("prompts", prompts);
    Parameters.notNull("preferences", preferences);
    ImmutableOutputInfo<Label> labels = prompts.getOutputIDInfo();
    int classes = labels.size();
    if (classes < 2) {
      throw new IllegalArgumentException("preference pairs need at least 2 labels, got " + classes);
    }
    int n = prompts.size();
    double[][] rewards = new double[n][classes];
    int[] first = new int[n];
    int[] second = new int[n];
    SplittableRandom others = new SplittableRandom(preferences.seed()).split();
    int i = 0;
    for (Example<Label> e : prompts) {
      for (int k = 0; k < classes; k++) {
        rewards[i][k] = reward.applyAsDouble(e, labels.getOutput(k));
      }
      first[i] = cleanFirst ? labels.getID(cleanLabel(e)) : others.nextInt(classes);
      int other = others.nextInt(classes - 1);
      second[i] = other >= first[i] ? other + 1 : other;
      i++;
    }
    return new PreferenceData(
        prompts, preferences.compareEach(rewards, first, second), preferences.toString());
  }

  /** The prompts x_i, with their (true) labels; pair i's items are label ids of this dataset. */
  public Dataset<Label> prompts() {
    return prompts;
  }

  /** Pair i for prompt i: chosen ≻ rejected as observed, and whether noise flipped it. */
  public List<PreferencePair> pairs() {
    return pairs;
  }

  /** The fraction of pairs that noise flipped. */
  public double flipRate() {
    return pairs.stream().filter(PreferencePair::flipped).count() / (double) pairs.size();
  }

  /**
   * The training data of a preference fit: prompt i with the label y_w, the clean label of the
   * prompt, and as metadata the rejected label y_l and log π_ref(y|x_i) of every label, from {@code
   * reference} (a model that generates probabilities over exactly these labels) or the uniform
   * policy when it is null.
   */
  public Dataset<Label> dataset(Model<Label> reference) {
    ImmutableOutputInfo<Label> labels = prompts.getOutputIDInfo();
    Label[] chosen = new Label[pairs.size()];
    List<Map<String, String>> rejected = new ArrayList<>(pairs.size());
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = labels.getOutput(pairs.get(i).chosen());
      rejected.add(
          Map.of(ReferenceRows.REJECTED, labels.getOutput(pairs.get(i).rejected()).getLabel()));
    }
    return ReferenceRows.annotate(
        prompts, ReferenceRows.referenceLogProbs(reference, prompts), chosen, rejected);
  }

  /**
   * The fraction of pairs whose <i>clean</i> preference (before the flips) {@code policy} agrees
   * with: π(clean y_w|x) &gt; π(clean y_l|x). The policy must score these labels.
   */
  public double preferenceAccuracy(Model<Label> policy) {
    Parameters.notNull("policy", policy);
    ImmutableOutputInfo<Label> labels = prompts.getOutputIDInfo();
    int agree = 0;
    int i = 0;
    for (Prediction<Label> p : policy.predict(prompts)) {
      Map<String, Label> scores = p.getOutputScores();
      PreferencePair pair = pairs.get(i++);
      double w = score(scores, labels.getOutput(pair.cleanChosen()).getLabel());
      double l = score(scores, labels.getOutput(pair.cleanRejected()).getLabel());
      agree += w > l ? 1 : 0;
    }
    return agree / (double) pairs.size();
  }

  /**
   * The policy's mean implicit reward margin on the clean pairs (before the flips), the quantity
   * DPO fits to the Bradley–Terry logit ("Direct Preference Optimization: Your Language Model is
   * Secretly a Reward Model"):
   *
   * <pre>
   * (1/n) Σ_i β [(log π(y_w|x_i) − log π_ref(y_w|x_i)) − (log π(y_l|x_i) − log π_ref(y_l|x_i))]
   * </pre>
   *
   * with (y_w, y_l) pair i's clean preference and π_ref {@code reference} (null: uniform, whose
   * terms cancel). Symmetric flips shrink the margin DPO fits (they act like a temperature); rDPO's
   * correction undoes that ("Provably Robust DPO: Aligning Language Models with Noisy Feedback").
   */
  public double rewardMargin(Model<Label> policy, Model<Label> reference, double beta) {
    Parameters.notNull("policy", policy);
    Parameters.positive("beta", beta);
    double[][] ref = ReferenceRows.referenceLogProbs(reference, prompts);
    ImmutableOutputInfo<Label> labels = prompts.getOutputIDInfo();
    double sum = 0;
    int i = 0;
    for (Prediction<Label> p : policy.predict(prompts)) {
      Map<String, Label> scores = p.getOutputScores();
      PreferencePair pair = pairs.get(i);
      int w = pair.cleanChosen();
      int l = pair.cleanRejected();
      double chosen = Math.log(score(scores, labels.getOutput(w).getLabel())) - ref[i][w];
      double rejected = Math.log(score(scores, labels.getOutput(l).getLabel())) - ref[i][l];
      sum += beta * (chosen - rejected);
      i++;
    }
    return sum / pairs.size();
  }

  private static double score(Map<String, Label> scores, String label) {
    Label s = scores.get(label);
    if (s == null) {
      throw new IllegalArgumentException("the policy does not score label " + label);
    }
    return s.getScore();
  }

  @Override
  public String toString() {
    return "PreferenceData("
        + pairs.size()
        + " pairs from "
        + origin
        + ", "
        + pairs.stream().filter(PreferencePair::flipped).count()
        + " flipped)";
  }
}
