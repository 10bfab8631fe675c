package dev.noisebook.loss;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.config.PropertyException;
import com.oracle.labs.mlrg.olcut.provenance.ConfiguredObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.impl.ConfiguredObjectProvenanceImpl;
import com.oracle.labs.mlrg.olcut.util.Pair;
import dev.noisebook.Loss;
import dev.noisebook.train.LossRecipe;
import java.util.Objects;
import org.tribuo.classification.sgd.LabelObjective;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.util.ExpNormalizer;
import org.tribuo.math.util.NoopNormalizer;
import org.tribuo.math.util.VectorNormalizer;

/**
 * A {@link Loss} as Tribuo's {@link LabelObjective}: {@code valueAndGradient} returns the positive
 * loss and the <b>negative</b> gradient −∂ℓ/∂z, as Tribuo's linear SGD adds the returned vector
 * (its own {@code LogMulticlass} returns log p_y ≤ 0 and e_y − softmax(z); the gradients agree, the
 * logged loss differs in sign). The normalizer is Tribuo's {@link ExpNormalizer} (softmax) for
 * softmax-family losses, {@link NoopNormalizer} otherwise. The provenance records the loss as its
 * exact {@link LossRecipe}, so OLCUT rebuilds the objective, and with it a {@code
 * LinearSGDTrainer}.
 */
public final class LossObjective implements LabelObjective {
  private Loss function;

  /** Null for a loss class of the user's own, which trains but cannot be rebuilt. */
  @Config(description = "The loss, as LossRecipe writes it.")
  private String loss;

  /** For OLCUT's configuration system; {@link #postConfig()} reads the loss. */
  private LossObjective() {}

  public LossObjective(Loss loss) {
    this.function = Objects.requireNonNull(loss, "loss");
    this.loss = recipe(loss);
  }

  private static String recipe(Loss loss) {
    try {
      return LossRecipe.of(loss);
    } catch (IllegalArgumentException noRecipe) {
      return null;
    }
  }

  @Override
  public void postConfig() {
    if (loss == null) {
      throw new PropertyException(
          "LossObjective", "loss", "the provenance has no loss recipe, so it cannot be rebuilt");
    }
    function = (Loss) LossRecipe.parse(loss);
  }

  public Loss loss() {
    return function;
  }

  @Override
  @SuppressWarnings("deprecation")
  public Pair<Double, SGDVector> valueAndGradient(int truth, SGDVector prediction) {
    double[] z = new double[prediction.size()];
    for (int k = 0; k < z.length; k++) {
      z[k] = prediction.get(k);
    }
    double[] gradient = new double[z.length];
    double value = function.valueAndGradient(z, truth, gradient);
    for (int k = 0; k < gradient.length; k++) {
      gradient[k] = -gradient[k];
    }
    return new Pair<>(value, DenseVector.createDenseVector(gradient));
  }

  @Override
  public VectorNormalizer getNormalizer() {
    return function.probabilistic() ? new ExpNormalizer() : new NoopNormalizer();
  }

  @Override
  public boolean isProbabilistic() {
    return function.probabilistic();
  }

  @Override
  public ConfiguredObjectProvenance getProvenance() {
    return new ConfiguredObjectProvenanceImpl(this, "LabelObjective");
  }

  @Override
  public String toString() {
    return "LossObjective(" + function + ")";
  }
}
