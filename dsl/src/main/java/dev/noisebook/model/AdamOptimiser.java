package dev.noisebook.model;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.provenance.ConfiguredObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.impl.ConfiguredObjectProvenanceImpl;
import dev.noisebook.check.Parameters;
import java.util.function.DoubleUnaryOperator;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.Tensor;

/**
 * Adam as "Adam: A Method for Stochastic Optimization" (Kingma and Ba, ICLR 2015) gives it in
 * Algorithm 1, and as PyTorch implements it: for the gradient g at update t (from 1),
 *
 * <pre>
 *   m ← β1·m + (1 − β1)·g        m̂ = m / (1 − β1^t)
 *   v ← β2·v + (1 − β2)·g²       v̂ = v / (1 − β2^t)
 *   θ ← θ − α · m̂ / (√v̂ + ε)
 * </pre>
 *
 * <p>The DSL's {@code Optim.adam} uses this in place of Tribuo's {@code Adam}, because Tribuo
 * 4.3.2, the newest release, multiplies by {@code √v + ε} where it should divide (fixed on Tribuo's
 * main branch by pull request 401, not yet released): its steps grow with the gradient's scale
 * instead of staying near α, so a fit with small gradients barely moved. Tribuo hands optimisers
 * the ascent direction −g and adds the returned tensors to the parameters; the signs follow.
 */
public final class AdamOptimiser implements StochasticGradientOptimiser {
  @Config(mandatory = true, description = "The learning rate α.")
  private double learningRate;

  @Config(description = "The decay β1 of the first moment.")
  private double betaOne = 0.9;

  @Config(description = "The decay β2 of the second moment.")
  private double betaTwo = 0.999;

  @Config(description = "ε, added to √v̂.")
  private double epsilon = 1e-8;

  private Tensor[] firstMoment;
  private Tensor[] secondMoment;
  private int updates;

  /** For OLCUT's configuration system. */
  private AdamOptimiser() {}

  /** Adam with learning rate α, decays β1 and β2 (each in [0, 1)) and ε &gt; 0. */
  public AdamOptimiser(double learningRate, double betaOne, double betaTwo, double epsilon) {
    this.learningRate = Parameters.positive("learning rate", learningRate);
    this.betaOne = Parameters.belowOne("beta1", betaOne);
    this.betaTwo = Parameters.belowOne("beta2", betaTwo);
    this.epsilon = Parameters.positive("epsilon", epsilon);
  }

  @Override
  public void initialise(org.tribuo.math.Parameters parameters) {
    firstMoment = parameters.getEmptyCopy();
    secondMoment = parameters.getEmptyCopy();
    updates = 0;
  }

  @Override
  public Tensor[] step(Tensor[] ascent, double weight) {
    updates++;
    double firstCorrection = 1 - Math.pow(betaOne, updates);
    double secondCorrection = 1 - Math.pow(betaTwo, updates);
    // Lambdas hoisted out of the loop (each would otherwise be allocated per tensor).
    DoubleUnaryOperator newFirst = a -> a * (1 - betaOne);
    DoubleUnaryOperator newSecond = a -> a * a * (1 - betaTwo);
    DoubleUnaryOperator stepOfFirst = a -> a * learningRate / firstCorrection;
    DoubleUnaryOperator perSecond = a -> 1 / (Math.sqrt(a / secondCorrection) + epsilon);
    for (int i = 0; i < ascent.length; i++) {
      firstMoment[i].scaleInPlace(betaOne);
      firstMoment[i].intersectAndAddInPlace(ascent[i], newFirst);
      secondMoment[i].scaleInPlace(betaTwo);
      secondMoment[i].intersectAndAddInPlace(ascent[i], newSecond);
      ascent[i].scaleInPlace(0); // keeps a sparse update's presence
      ascent[i].intersectAndAddInPlace(firstMoment[i], stepOfFirst);
      ascent[i].hadamardProductInPlace(secondMoment[i], perSecond);
    }
    return ascent;
  }

  @Override
  public void reset() {
    firstMoment = null;
    secondMoment = null;
    updates = 0;
  }

  @Override
  public AdamOptimiser copy() {
    return new AdamOptimiser(learningRate, betaOne, betaTwo, epsilon);
  }

  @Override
  public ConfiguredObjectProvenance getProvenance() {
    return new ConfiguredObjectProvenanceImpl(this, "StochasticGradientOptimiser");
  }

  @Override
  public String toString() {
    return "Adam(learningRate="
        + learningRate
        + ", beta1="
        + betaOne
        + ", beta2="
        + betaTwo
        + ", epsilon="
        + epsilon
        + ")";
  }
}
