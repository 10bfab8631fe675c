package dev.noisebook.loss;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.provenance.ConfiguredObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.impl.ConfiguredObjectProvenanceImpl;
import com.oracle.labs.mlrg.olcut.util.Pair;
import dev.noisebook.Loss;
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
 * softmax-family losses, {@link NoopNormalizer} otherwise. The provenance records the loss's name
 * (its {@code toString}).
 */
public final class LossObjective implements LabelObjective {
  private final Loss loss;

  /** Recorded in the trainer's provenance; the loss itself is not configurable from a file. */
  @Config(description = "The loss, as Loss.toString() names it.")
  private String name;

  public LossObjective(Loss loss) {
    this.loss = Objects.requireNonNull(loss, "loss");
    this.name = loss.toString();
  }

  public Loss loss() {
    return loss;
  }

  @Override
  @SuppressWarnings("deprecation")
  public Pair<Double, SGDVector> valueAndGradient(int truth, SGDVector prediction) {
    double[] z = new double[prediction.size()];
    for (int k = 0; k < z.length; k++) {
      z[k] = prediction.get(k);
    }
    double[] gradient = new double[z.length];
    double value = loss.valueAndGradient(z, truth, gradient);
    for (int k = 0; k < gradient.length; k++) {
      gradient[k] = -gradient[k];
    }
    return new Pair<>(value, DenseVector.createDenseVector(gradient));
  }

  @Override
  public VectorNormalizer getNormalizer() {
    return loss.probabilistic() ? new ExpNormalizer() : new NoopNormalizer();
  }

  @Override
  public boolean isProbabilistic() {
    return loss.probabilistic();
  }

  @Override
  public ConfiguredObjectProvenance getProvenance() {
    return new ConfiguredObjectProvenanceImpl(this, "LabelObjective");
  }

  @Override
  public String toString() {
    return "LossObjective(" + loss + ")";
  }
}
