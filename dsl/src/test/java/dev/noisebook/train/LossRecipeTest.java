package dev.noisebook.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noisebook.Loss;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LossRecipeTest {

  static Stream<Object> losses() {
    return Stream.of(
        Loss.crossEntropy(),
        Loss.labelSmoothedCE(0.1),
        Loss.focal(2),
        Loss.focal(2, 0.25, 0.5, 0.25),
        Loss.generalizedCE(0.7),
        Loss.symmetricCE(0.1, 1.0),
        Loss.nflRce(2, 1, 1),
        Loss.crossEntropy().plus(Loss.logZSquared(1e-4)),
        Loss.sphericalZLoss(2, 1).logitClipped(3, 1.5),
        Loss.sparsemax(),
        Loss.elr(3, 0.7),
        Loss.ranking().mannWhitney(0.3),
        Loss.ranking().squaredHingeAuc(1.5),
        Loss.sets().softDice(1).linearDenominator(),
        Loss.contrastive().infoNce(0.07).symmetric().dotProduct(),
        Loss.contrastive().dcl(0.1),
        Loss.contrastive().dclw(0.2).symmetric());
  }

  @ParameterizedTest
  @MethodSource("losses")
  void aRecipeEvaluatesToAnEqualLoss(Object loss) {
    String recipe = LossRecipe.of(loss);
    Object parsed = LossRecipe.parse(recipe);
    assertThat(LossRecipe.of(parsed)).isEqualTo(recipe);
    if (loss instanceof Loss l) {
      double[] z = {0.3, -1.2, 2.0};
      assertThat(((Loss) parsed).value(z, 1)).isEqualTo(l.value(z, 1));
    } else {
      assertThat(parsed).isEqualTo(loss);
    }
  }

  @Test
  void recipesAreExactAndReadable() {
    assertThat(LossRecipe.of(Loss.symmetricCE(0.1, 1.0)))
        .isEqualTo(
            "Sum(Scaled(0.1, CrossEntropyLoss()), Scaled(1.0, ReverseCE(-9.210340371976182)))");
    assertThat(LossRecipe.of(Loss.ranking().mannWhitney(0.3)))
        .isEqualTo("ranking().mannWhitney(0.3)");
  }

  @Test
  void malformedRecipesAreRejectedWithThePosition() {
    assertThatThrownBy(() -> LossRecipe.parse("GeneralizedCE(0.7"))
        .hasMessage("loss recipe GeneralizedCE(0.7: expected ')' at position 17");
    assertThatThrownBy(() -> LossRecipe.parse("NoSuchLoss(1)"))
        .hasMessageStartingWith("unknown loss recipe step NoSuchLoss with 1 arguments");
    assertThatThrownBy(() -> LossRecipe.parse("GeneralizedCE(2.0)")).hasMessageContaining("q");
    assertThatThrownBy(() -> LossRecipe.parse(" ")).hasMessage("loss recipe is empty");
  }
}
