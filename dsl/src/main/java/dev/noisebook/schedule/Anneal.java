package dev.noisebook.schedule;

/** The half-cosine interpolation shared by the cosine schedules. */
final class Anneal {
  private Anneal() {}

  /**
   * {@code to + (from - to)·(1 + cos(π·fraction))/2}: {@code from} at fraction 0, {@code to} at 1,
   * as in torch's {@code CosineAnnealingLR}, {@code CosineAnnealingWarmRestarts} and {@code
   * OneCycleLR._annealing_cos}.
   */
  static double cosine(double from, double to, double fraction) {
    return to + (from - to) * (1 + Math.cos(Math.PI * fraction)) / 2;
  }
}
