package dev.noisebook.loss.coupled;

import java.util.Objects;

/**
 * DCLW, the decoupled contrastive loss with negative von Mises–Fisher weighting of "Decoupled
 * Contrastive Learning" (Yeh et al., 2022). Over a batch of B pairs {@code (a_i, b_i)} with
 * similarities {@code s_ij = sim(a_i, b_j)} (cosine by default):
 *
 * <pre>
 * L = (1/B) Σ_i [ −w_i s_ii/τ + LSE_{j≠i} s_ij/τ ]
 * w_i = 2 − e^{s_ii/σ} / ((1/B) Σ_k e^{s_kk/σ}) = 2 − B·softmax_k(s_kk/σ)_i
 * </pre>
 *
 * so pairs whose positive similarity is already high get a smaller positive weight (the weights
 * average 1). The weight is the reference implementation's {@code 2 − B·softmax((z1·z2).sum(1)/σ)}
 * (github.com/raminnakhli/Decoupled-Contrastive-Learning, the code the paper points to) and, as
 * there, it is <b>not</b> detached: the gradient flows through {@code w_i} as well. Paper values: σ
 * = 0.5, τ = 0.1. Catalogue provenance: [R] (recalled form, checked here against that code).
 *
 * <p>Like {@link ContrastiveLosses#dcl} this is the pairwise form with the B−1 cross-view negatives
 * (the reference code's SimCLR form also counts the B−1 same-view negatives). Computed as {@code
 * dcl(τ)} plus the positive-reweighting term {@code (1/(Bτ)) Σ_i (1 − w_i) s_ii}; {@link
 * #symmetric()} averages both directions, which share that term. Immutable; make one with {@link
 * ContrastiveLosses#dclw}.
 */
public final class WeightedDecoupledLoss {
  private final ContrastiveLoss decoupled;
  private final double sigma;

  WeightedDecoupledLoss(double temperature, double sigma) {
    this(
        ContrastiveLosses.INSTANCE.dcl(Stable.positive("dclw", "temperature τ", temperature)),
        Stable.positive("dclw", "weighting temperature σ", sigma));
  }

  private WeightedDecoupledLoss(ContrastiveLoss decoupled, double sigma) {
    this.decoupled = decoupled;
    this.sigma = sigma;
  }

  public double temperature() {
    return decoupled.temperature();
  }

  /** σ of the von Mises–Fisher weighting. */
  public double sigma() {
    return sigma;
  }

  public boolean isSymmetric() {
    return decoupled.isSymmetric();
  }

  public boolean isCosine() {
    return decoupled.isCosine();
  }

  /** Both directions, rows (a→b) and columns (b→a), averaged. */
  public WeightedDecoupledLoss symmetric() {
    return new WeightedDecoupledLoss(decoupled.symmetric(), sigma);
  }

  /** Similarity as the plain dot product of the embeddings (no normalisation). */
  public WeightedDecoupledLoss dotProduct() {
    return new WeightedDecoupledLoss(decoupled.dotProduct(), sigma);
  }

  /** The positive weights {@code w_i}. */
  public double[] weights(double[][] a, double[][] b) {
    double[] d = positives(a, b);
    double[] pi = softmax(d);
    double[] w = new double[d.length];
    for (int i = 0; i < d.length; i++) {
      w[i] = 2 - d.length * pi[i];
    }
    return w;
  }

  public double value(double[][] a, double[][] b) {
    double base = decoupled.value(a, b);
    return base + reweighting(positives(a, b), null);
  }

  /** The loss and its gradients with respect to both embedding batches. */
  public ContrastiveLoss.Gradient gradient(double[][] a, double[][] b) {
    var base = decoupled.gradient(a, b);
    int n = a.length;
    double[] dd = new double[n];
    double value = base.value() + reweighting(positives(a, b), dd);
    double[][] ga = base.a();
    double[][] gb = base.b();
    for (int i = 0; i < n; i++) {
      addPositiveGradient(a[i], b[i], dd[i], ga[i]);
      addPositiveGradient(b[i], a[i], dd[i], gb[i]);
    }
    return new ContrastiveLoss.Gradient(value, ga, gb);
  }

  /**
   * {@code P = (1/(Bτ)) Σ_i (Bπ_i − 1) d_i} with π = softmax(d/σ); writes ∂P/∂d_k = (1/(Bτ)) [B π_k
   * (1 + (d_k − Σ_i π_i d_i)/σ) − 1] into {@code dd} when not null.
   */
  private double reweighting(double[] d, double[] dd) {
    int n = d.length;
    double tau = decoupled.temperature();
    double[] pi = softmax(d);
    double mean = 0;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      mean += pi[i] * d[i];
      sum += (n * pi[i] - 1) * d[i];
    }
    if (dd != null) {
      for (int k = 0; k < n; k++) {
        dd[k] = (n * pi[k] * (1 + (d[k] - mean) / sigma) - 1) / (n * tau);
      }
    }
    return sum / (n * tau);
  }

  private double[] softmax(double[] d) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : d) {
      max = Math.max(max, v / sigma);
    }
    double[] pi = new double[d.length];
    double total = 0;
    for (int i = 0; i < d.length; i++) {
      pi[i] = Math.exp(d[i] / sigma - max);
      total += pi[i];
    }
    for (int i = 0; i < d.length; i++) {
      pi[i] /= total;
    }
    return pi;
  }

  /** The positive similarities {@code s_ii}; the batch is validated by the decoupled part. */
  private double[] positives(double[][] a, double[][] b) {
    double[][] s = decoupled.similarities(a, b);
    double[] d = new double[s.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = s[i][i];
    }
    return d;
  }

  /** Adds {@code scale · ∂sim(x, y)/∂x} to {@code out}. */
  private void addPositiveGradient(double[] x, double[] y, double scale, double[] out) {
    if (!decoupled.isCosine()) {
      for (int c = 0; c < x.length; c++) {
        out[c] += scale * y[c];
      }
      return;
    }
    double nx = 0;
    double ny = 0;
    double dot = 0;
    for (int c = 0; c < x.length; c++) {
      nx += x[c] * x[c];
      ny += y[c] * y[c];
      dot += x[c] * y[c];
    }
    nx = Math.sqrt(nx);
    ny = Math.sqrt(ny);
    double cos = dot / (nx * ny);
    for (int c = 0; c < x.length; c++) {
      out[c] += scale * (y[c] / ny - cos * x[c] / nx) / nx;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightedDecoupledLoss w
        && w.decoupled.equals(decoupled)
        && Double.compare(w.sigma, sigma) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(decoupled, sigma);
  }

  @Override
  public String toString() {
    return "dclw(τ="
        + temperature()
        + ", σ="
        + sigma
        + (isSymmetric() ? ", symmetric" : "")
        + (isCosine() ? ", cosine" : ", dot product")
        + ")";
  }
}
