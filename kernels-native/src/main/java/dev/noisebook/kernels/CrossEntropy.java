package dev.noisebook.kernels;

/**
 * The options of the fused cross-entropy kernel.
 *
 * <p>With a = logits / temperature, K = cols and ε = labelSmoothing, the loss of a row with label y
 * is {@code logsumexp(a) - (1 - ε) a[y] - ε/K Σ_j a[j]} (natural log), the cross-entropy against
 * the target {@code (1 - ε) onehot(y) + ε/K} of "Rethinking the Inception Architecture for Computer
 * Vision" (Szegedy et al., 2016). The fused gradient with respect to the logits is {@code gradScale
 * / temperature * (softmax(a) - target)}; pass {@code gradScale = 1/N} for a mean over N rows. Rows
 * whose label equals {@code ignoreIndex} get loss 0 and a zero gradient.
 *
 * @param ignoreIndex the label that marks a row to skip (PyTorch's default is -100)
 * @param labelSmoothing ε in [0, 1]
 * @param temperature T > 0, finite
 * @param gradScale a finite factor on the gradient
 */
public record CrossEntropy(
    int ignoreIndex, float labelSmoothing, float temperature, float gradScale) {

  /** No smoothing, temperature 1, gradient scale 1, ignore index -100. */
  public static final CrossEntropy DEFAULT = new CrossEntropy(-100, 0f, 1f, 1f);

  public CrossEntropy {
    if (!(labelSmoothing >= 0f && labelSmoothing <= 1f)) {
      throw new IllegalArgumentException(
          "label smoothing must lie in [0, 1], got " + labelSmoothing);
    }
    Checks.temperature(temperature);
    if (!Float.isFinite(gradScale)) {
      throw new IllegalArgumentException("gradient scale must be finite, got " + gradScale);
    }
  }

  public CrossEntropy withIgnoreIndex(int ignoreIndex) {
    return new CrossEntropy(ignoreIndex, labelSmoothing, temperature, gradScale);
  }

  public CrossEntropy withLabelSmoothing(float labelSmoothing) {
    return new CrossEntropy(ignoreIndex, labelSmoothing, temperature, gradScale);
  }

  public CrossEntropy withTemperature(float temperature) {
    return new CrossEntropy(ignoreIndex, labelSmoothing, temperature, gradScale);
  }

  public CrossEntropy withGradScale(float gradScale) {
    return new CrossEntropy(ignoreIndex, labelSmoothing, temperature, gradScale);
  }

  float invT() {
    return 1f / temperature;
  }
}
