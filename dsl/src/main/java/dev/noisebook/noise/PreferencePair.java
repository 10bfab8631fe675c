package dev.noisebook.noise;

/**
 * One observed pairwise preference between items {@code chosen} ≻ {@code rejected} (indices into
 * the reward vector), and whether noise flipped it: the Bradley–Terry draw before noise preferred
 * {@link #cleanChosen()}.
 */
public record PreferencePair(int chosen, int rejected, boolean flipped) {

  /** The item the Bradley–Terry draw preferred, before the flip. */
  public int cleanChosen() {
    return flipped ? rejected : chosen;
  }

  /** The item the Bradley–Terry draw did not prefer, before the flip. */
  public int cleanRejected() {
    return flipped ? chosen : rejected;
  }

  @Override
  public String toString() {
    return chosen + " > " + rejected + (flipped ? " (flipped)" : "");
  }
}
