package dev.noisebook.train;

import dev.noisebook.display.Displayable;
import dev.noisebook.display.MimeBundle;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

/**
 * What a fit of the DSL's mini-batch loop ({@link MiniBatchTrainer}) returns: the Tribuo model (its
 * provenance rebuilds it), the per-epoch {@link History}, whether the fit was interrupted (then the
 * model holds the weights after the last completed mini-batch and the thread's interrupt flag is
 * set again), and with early stopping the epoch whose weights the model holds (1-based).
 */
public record Fit(
    LinearSGDModel model, History history, boolean interrupted, boolean stoppedEarly, int epoch)
    implements Displayable {

  /** The model's metrics on {@code data}; see {@link Evaluation}. */
  public Evaluation evaluate(org.tribuo.Dataset<org.tribuo.classification.Label> data) {
    return Evaluation.of(model, data);
  }

  @Override
  public MimeBundle mimeBundle() {
    MimeBundle bundle = history.mimeBundle();
    return bundle.with(MimeBundle.TEXT_PLAIN, toString());
  }

  @Override
  public String toString() {
    return "Fit("
        + (interrupted ? "interrupted, " : "")
        + (stoppedEarly ? "stopped early, " : "")
        + "weights of epoch "
        + epoch
        + ", "
        + history
        + ")";
  }
}
