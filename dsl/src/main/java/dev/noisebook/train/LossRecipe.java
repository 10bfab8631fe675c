package dev.noisebook.train;

import dev.noisebook.Loss;
import dev.noisebook.loss.EarlyLearning;
import dev.noisebook.loss.coupled.AucLoss;
import dev.noisebook.loss.coupled.CompositionalNll;
import dev.noisebook.loss.coupled.ContrastiveLoss;
import dev.noisebook.loss.coupled.NegativePreferenceLoss;
import dev.noisebook.loss.coupled.NoiseContrastiveEstimation;
import dev.noisebook.loss.coupled.PreferenceLoss;
import dev.noisebook.loss.coupled.SoftDiceLoss;
import dev.noisebook.recipe.RecipeCalls;
import dev.noisebook.recipe.RecipeParser;
import dev.noisebook.recipe.RecipeWriter;
import java.util.List;

/**
 * A loss written as text that evaluates back to an equal loss, so a trained model's provenance
 * names the loss with every hyper-parameter and {@link MiniBatchTrainer} can rebuild it.
 *
 * <ul>
 *   <li>Per-example losses are records and print as their constructor call with exact doubles:
 *       {@code GeneralizedCE(0.7)}, {@code Sum(Scaled(0.1, CrossEntropyLoss()), Scaled(1.0,
 *       ReverseCE(-9.210340371976182)))}, {@code Focal(2.0, [0.25, 0.75])}.
 *   <li>ELR prints as {@code elr(3.0, 0.7)}.
 *   <li>Losses that couple a batch print as the DSL call chain from {@code Loss}: {@code
 *       ranking().mannWhitney(1.0)}, {@code sets().softDice(1.0)}, {@code
 *       contrastive().infoNce(0.1).symmetric()}, {@code preference().rdpo(0.1, 0.3)}, {@code
 *       preference().npo(0.5)}.
 * </ul>
 */
public final class LossRecipe {
  private static final String LOSS_PACKAGE = "dev.noisebook.loss.";
  private static final String KIND = "loss recipe";

  private LossRecipe() {}

  /** The recipe of a per-example {@link Loss}, {@link AucLoss}, {@link SoftDiceLoss} or InfoNCE. */
  public static String of(Object loss) {
    return switch (loss) {
      case Record r when r instanceof Loss -> record(r);
      case EarlyLearning e -> "elr(" + e.lambda() + ", " + e.beta() + ")";
      case AucLoss a -> "ranking()." + a.recipe();
      case SoftDiceLoss d -> "sets()." + d.recipe();
      case ContrastiveLoss c -> "contrastive()." + c.recipe();
      case PreferenceLoss p -> "preference()." + p.recipe();
      case NegativePreferenceLoss n -> "preference()." + n.recipe();
      case NoiseContrastiveEstimation n -> "contrastive()." + n.recipe();
      case CompositionalNll c -> "contrastive()." + c.recipe();
      default ->
          throw new IllegalArgumentException(
              "loss " + loss + " has no recipe (a " + loss.getClass().getName() + ")");
    };
  }

  private static String record(Record r) {
    return RecipeWriter.record(r, LossRecipe::nested);
  }

  private static String nested(Object v) {
    return v instanceof Record r && v instanceof Loss ? record(r) : v.toString();
  }

  /** The loss a recipe describes; rejects unknown names and malformed text, naming the position. */
  public static Object parse(String recipe) {
    return new RecipeParser(KIND, recipe, LossRecipe::root).parse();
  }

  /** Builds the per-example loss record {@code name} or calls Loss's factory {@code name}. */
  private static Object root(String name, List<Object> args) {
    return RecipeCalls.recordOrFactory(KIND, LOSS_PACKAGE, Loss.class, name, args);
  }
}
