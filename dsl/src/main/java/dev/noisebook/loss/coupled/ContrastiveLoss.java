package dev.noisebook.loss.coupled;

import dev.noisebook.kernels.Kernels;
import java.util.Objects;

/**
 * A contrastive loss over a batch of B paired embeddings {@code (a_i, b_i)}: row i of the B×B
 * similarity matrix {@code s_ij = sim(a_i, b_j)} holds one positive ({@code j = i}) and B−1
 * in-batch negatives. {@code sim} is the cosine similarity by default (the embeddings are
 * L2-normalised inside the loss and the gradient goes through the normalisation) or the plain dot
 * product. With z = s/τ:
 *
 * <ul>
 *   <li>InfoNCE, "Representation Learning with Contrastive Predictive Coding" (van den Oord et al.,
 *       2018): {@code L = (1/B) Σ_i [LSE_j z_ij − z_ii]}, the cross-entropy of row i against label
 *       i. {@link #symmetric()} averages it with the same over the columns, as CLIP does.
 *   <li>DCL, "Decoupled Contrastive Learning" (Yeh et al., 2022): {@code L = (1/B) Σ_i [LSE_{j≠i}
 *       z_ij − z_ii]}, the positive removed from the denominator (pairwise form with the B−1
 *       cross-view negatives; the paper's SimCLR form also counts the same-view negatives).
 * </ul>
 *
 * <p>Gradients are with respect to both embedding batches. InfoNCE can run in float32 on the native
 * kernels ({@link #onKernels()}): the similarity matrix and the backward products as matrix
 * products ({@code Kernels.gemm}) and the row and column softmax cross-entropies as one fused
 * kernel call each; the default is a pure-Java double path, and the two agree within float32
 * tolerance (1e-5 on the torch fixtures). Immutable; make one with {@link ContrastiveLosses}.
 */
public final class ContrastiveLoss {

  enum Kind {
    INFO_NCE,
    DECOUPLED
  }

  /** Value and gradients with respect to the two embedding batches. */
  public record Gradient(double value, double[][] a, double[][] b) {}

  private final Kind kind;
  private final double temperature;
  private final boolean symmetric;
  private final boolean cosine;
  private final Kernels kernels;

  /** DCLW's σ, NaN without the weighting. */
  private final double sigma;

  ContrastiveLoss(
      Kind kind,
      double temperature,
      boolean symmetric,
      boolean cosine,
      Kernels kernels,
      double sigma) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.sigma = sigma;
    this.temperature = Stable.positive(name(), "temperature τ", temperature);
    if (!Double.isNaN(sigma)) {
      if (kind != Kind.DECOUPLED) {
        throw new IllegalArgumentException(
            name() + ": the positive-pair weighting (DCLW) applies to dcl only");
      }
      Stable.positive(name(), "weighting σ", sigma);
    }
    this.symmetric = symmetric;
    this.cosine = cosine;
    if (kernels != null && kind != Kind.INFO_NCE) {
      throw new IllegalArgumentException(name() + ": the native kernel path covers InfoNCE only");
    }
    this.kernels = kernels;
  }

  public double temperature() {
    return temperature;
  }

  public boolean isSymmetric() {
    return symmetric;
  }

  public boolean isCosine() {
    return cosine;
  }

  public boolean usesKernels() {
    return kernels != null;
  }

  /** Both directions, rows (a→b) and columns (b→a), averaged. */
  public ContrastiveLoss symmetric() {
    return new ContrastiveLoss(kind, temperature, true, cosine, kernels, sigma);
  }

  /** Similarity as the plain dot product of the embeddings (no normalisation). */
  public ContrastiveLoss dotProduct() {
    return new ContrastiveLoss(kind, temperature, symmetric, false, kernels, sigma);
  }

  /**
   * DCLW, the weighted decoupled contrastive loss of "Decoupled Contrastive Learning" (dcl only):
   * the positive term of example i is scaled by {@code w_i = 2 − B·softmax_i(s_ii/σ)} (σ &gt; 0,
   * 0.5 in the paper), so that pairs which are already similar weigh less. As in the paper's code
   * the gradient also flows through the weights.
   */
  public ContrastiveLoss weighted(double sigma) {
    return new ContrastiveLoss(kind, temperature, symmetric, cosine, kernels, sigma);
  }

  /** DCLW's σ, or NaN without the weighting. */
  public double sigma() {
    return sigma;
  }

  /** The same loss at another temperature. */
  public ContrastiveLoss withTemperature(double temperature) {
    return new ContrastiveLoss(kind, temperature, symmetric, cosine, kernels, sigma);
  }

  /** InfoNCE in float32 on the kernels of {@code Kernels.best()} (see {@code InfoNceOnKernels}). */
  public ContrastiveLoss onKernels() {
    return onKernels(Kernels.best());
  }

  /** InfoNCE in float32 on the given kernels (avx2, scalar or java). */
  public ContrastiveLoss onKernels(Kernels kernels) {
    return new ContrastiveLoss(
        kind, temperature, symmetric, cosine, Objects.requireNonNull(kernels, "kernels"), sigma);
  }

  /** The B×B similarity matrix of the two batches. */
  public double[][] similarities(double[][] a, double[][] b) {
    check(a, b);
    return products(cosine ? normalised(a) : a, cosine ? normalised(b) : b);
  }

  public double value(double[][] a, double[][] b) {
    return compute(a, b, false).value();
  }

  public Gradient gradient(double[][] a, double[][] b) {
    return compute(a, b, true);
  }

  private Gradient compute(double[][] a, double[][] b, boolean wantGradient) {
    check(a, b);
    int n = a.length;
    double[][] u = cosine ? normalised(a) : a;
    double[][] v = cosine ? normalised(b) : b;
    double[][] du;
    double[][] dv;
    double value;
    if (kernels != null) {
      Gradient f = InfoNceOnKernels.compute(kernels, u, v, temperature, symmetric, wantGradient);
      value = f.value();
      du = f.a();
      dv = f.b();
    } else {
      double[][] s = products(u, v);
      double[][] g = new double[n][n];
      value = direction(s, g, false);
      if (symmetric) {
        value = (value + direction(s, g, true)) / 2;
        scale(g, 0.5);
      }
      du = new double[n][];
      dv = new double[n][];
      for (int i = 0; i < n; i++) {
        du[i] = combine(g, v, false, i);
        dv[i] = combine(g, u, true, i);
      }
    }
    if (!wantGradient) {
      return new Gradient(value, null, null);
    }
    if (cosine) {
      du = throughNormalisation(a, u, du);
      dv = throughNormalisation(b, v, dv);
    }
    return new Gradient(value, du, dv);
  }

  /** Adds ∂(mean row loss)/∂s to g (transposed when {@code columns}); returns the mean loss. */
  private double direction(double[][] s, double[][] g, boolean columns) {
    int n = s.length;
    double total = 0;
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        z[j] = (columns ? s[j][i] : s[i][j]) / temperature;
        if (kind == Kind.INFO_NCE || j != i) {
          max = Math.max(max, z[j]);
        }
      }
      double sum = 0;
      for (int j = 0; j < n; j++) {
        if (kind == Kind.INFO_NCE || j != i) {
          sum += Math.exp(z[j] - max);
        }
      }
      total += max + Math.log(sum);
      for (int j = 0; j < n; j++) {
        double p = (kind == Kind.INFO_NCE || j != i) ? Math.exp(z[j] - max) / sum : 0;
        double d = p / (temperature * n);
        if (columns) {
          g[j][i] += d;
        } else {
          g[i][j] += d;
        }
      }
    }
    return total / n + positiveTerm(s, g);
  }

  /**
   * The mean positive term −(1/B) Σ_i w_i s_ii/τ (w_i = 1 unless weighted); adds its gradient to
   * the diagonal of g. With DCLW's {@code w_i = 2 − B q_i}, {@code q = softmax(d/σ)}, {@code d_i =
   * s_ii}: ∂/∂d_i = −w_i/(τB) + q_i (d_i − Σ_k q_k d_k)/(τσ).
   */
  private double positiveTerm(double[][] s, double[][] g) {
    int n = s.length;
    double[] w = new double[n];
    double[] q = new double[n];
    java.util.Arrays.fill(w, 1);
    double mean = 0;
    if (!Double.isNaN(sigma)) {
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        max = Math.max(max, s[i][i] / sigma);
      }
      double sum = 0;
      for (int i = 0; i < n; i++) {
        q[i] = Math.exp(s[i][i] / sigma - max);
        sum += q[i];
      }
      for (int i = 0; i < n; i++) {
        q[i] /= sum;
        w[i] = 2 - n * q[i];
        mean += q[i] * s[i][i];
      }
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      total -= w[i] * s[i][i] / temperature;
      g[i][i] -= w[i] / (temperature * n);
      if (!Double.isNaN(sigma)) {
        g[i][i] += q[i] * (s[i][i] - mean) / (temperature * sigma);
      }
    }
    return total / n;
  }

  /** Row i of G·M, or (when {@code transposed}) row i of Gᵀ·M. */
  private static double[] combine(double[][] g, double[][] m, boolean transposed, int i) {
    int d = m[0].length;
    double[] out = new double[d];
    for (int k = 0; k < m.length; k++) {
      double w = transposed ? g[k][i] : g[i][k];
      for (int c = 0; c < d; c++) {
        out[c] += w * m[k][c];
      }
    }
    return out;
  }

  private static double[][] throughNormalisation(double[][] x, double[][] u, double[][] du) {
    double[][] dx = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      double norm = norm(x[i]);
      double dot = 0;
      for (int c = 0; c < u[i].length; c++) {
        dot += u[i][c] * du[i][c];
      }
      dx[i] = new double[u[i].length];
      for (int c = 0; c < u[i].length; c++) {
        dx[i][c] = (du[i][c] - u[i][c] * dot) / norm;
      }
    }
    return dx;
  }

  private static void scale(double[][] g, double f) {
    for (double[] row : g) {
      for (int j = 0; j < row.length; j++) {
        row[j] *= f;
      }
    }
  }

  private static double norm(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v * v;
    }
    return Math.sqrt(s);
  }

  private static double[][] normalised(double[][] x) {
    double[][] u = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      double norm = norm(x[i]);
      u[i] = new double[x[i].length];
      for (int c = 0; c < x[i].length; c++) {
        u[i][c] = x[i][c] / norm;
      }
    }
    return u;
  }

  private static double[][] products(double[][] u, double[][] v) {
    int n = u.length;
    double[][] s = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double dot = 0;
        for (int c = 0; c < u[i].length; c++) {
          dot += u[i][c] * v[j][c];
        }
        s[i][j] = dot;
      }
    }
    return s;
  }

  private void check(double[][] a, double[][] b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    String name = toString();
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          name + ": a has " + a.length + " rows but b has " + b.length + " (pairs (a_i, b_i))");
    }
    if (a.length < 2) {
      throw new IllegalArgumentException(
          name + ": needs a batch of at least 2 pairs (in-batch negatives), got " + a.length);
    }
    int d = a[0].length;
    for (int i = 0; i < a.length; i++) {
      if (a[i].length != d || b[i].length != d) {
        throw new IllegalArgumentException(
            name
                + ": row "
                + i
                + " has dimension "
                + a[i].length
                + " / "
                + b[i].length
                + ", expected "
                + d);
      }
      if (cosine && (norm(a[i]) == 0 || norm(b[i]) == 0)) {
        throw new IllegalArgumentException(
            name + ": row " + i + " is a zero vector, which has no cosine similarity");
      }
    }
  }

  /**
   * The factory calls on {@link ContrastiveLosses} that make this loss, with the exact temperature;
   * a kernel path is written as {@code .onKernels()} (the best available).
   */
  public String recipe() {
    return (kind == Kind.INFO_NCE ? "infoNce(" : "dcl(")
        + temperature
        + ")"
        + (Double.isNaN(sigma) ? "" : ".weighted(" + sigma + ")")
        + (symmetric ? ".symmetric()" : "")
        + (cosine ? "" : ".dotProduct()")
        + (kernels != null ? ".onKernels()" : "");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContrastiveLoss c
        && c.kind == kind
        && Double.compare(c.temperature, temperature) == 0
        && c.symmetric == symmetric
        && c.cosine == cosine
        && Objects.equals(c.kernels, kernels)
        && Double.compare(c.sigma, sigma) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, temperature, symmetric, cosine, kernels, sigma);
  }

  private String name() {
    return kind == Kind.INFO_NCE ? "infoNce" : Double.isNaN(sigma) ? "dcl" : "dclw";
  }

  @Override
  public String toString() {
    return name()
        + "(τ="
        + temperature
        + (Double.isNaN(sigma) ? "" : ", σ=" + sigma)
        + (symmetric ? ", symmetric" : "")
        + (cosine ? ", cosine" : ", dot product")
        + (kernels != null ? ", " + kernels.path() + " kernels" : "")
        + ")";
  }
}
