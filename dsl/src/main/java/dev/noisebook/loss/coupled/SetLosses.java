package dev.noisebook.loss.coupled;

/**
 * Factories for losses defined on a whole batch as a set, rather than per example: soft Dice
 * ({@link SoftDiceLoss}).
 *
 * <pre>{@code
 * SetLosses.INSTANCE.softDice(1.0).gradient(probabilities, targets);
 * }</pre>
 */
public final class SetLosses {
  public static final SetLosses INSTANCE = new SetLosses();

  private SetLosses() {}

  /** Soft (set) Dice with smoothing γ &gt; 0 and the squared denominator. */
  public SoftDiceLoss softDice(double gamma) {
    return new SoftDiceLoss(gamma, true);
  }
}
