package dev.noisebook.noise;

/**
 * Preference noise, reached through {@code Noise.preferences()}: pairs labelled by a Bradley–Terry
 * model of a reward, flipped with rate ε. See {@link BradleyTerryPreferences}.
 *
 * <pre>{@code
 * Noise.preferences().bradleyTerry().flip(0.2).seed(1).sample(rewards, 10_000);
 * }</pre>
 */
public final class PreferenceNoises {
  /** The one factory; it has no state. */
  public static final PreferenceNoises INSTANCE = new PreferenceNoises();

  private PreferenceNoises() {}

  /** P(a ≻ b) = σ(r(a) − r(b)), no flips, seed 0. */
  public BradleyTerryPreferences bradleyTerry() {
    return new BradleyTerryPreferences(1, 0, 0);
  }

  /** P(a ≻ b) = σ(β(r(a) − r(b))), no flips, seed 0. */
  public BradleyTerryPreferences bradleyTerry(double beta) {
    return new BradleyTerryPreferences(beta, 0, 0);
  }

  /**
   * {@code bradleyTerry().flip(epsilon)}: Bradley–Terry preferences reversed with probability ε.
   */
  public BradleyTerryPreferences flip(double epsilon) {
    return bradleyTerry().flip(epsilon);
  }

  @Override
  public String toString() {
    return "preferences(): bradleyTerry([beta]), flip(epsilon)";
  }
}
