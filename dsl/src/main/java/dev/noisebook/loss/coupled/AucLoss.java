package dev.noisebook.loss.coupled;

import java.util.Arrays;
import java.util.Objects;

/**
 * A pairwise AUC surrogate over the scores of P positives and N negatives: the Mann–Whitney
 * statistic {@code AUC = (1/(PN)) Σ_p Σ_n 1[s_p > s_n]} with the step replaced by a smooth or
 * convex loss of the pair margin {@code s_p − s_n}. Nothing of size P×N is ever stored:
 *
 * <ul>
 *   <li>{@link RankingLosses#mannWhitney(double) mannWhitney(τ)}: the MW loss of "Optimizing What
 *       Matters: AUC-Driven Learning for Robust Neural Retrieval", {@code L = (1/(PN)) Σ_p Σ_n
 *       log(1 + e^{−(s_p − s_n)/τ})}, streamed: O(P·N) time, O(P + N) memory.
 *   <li>{@link RankingLosses#squaredHingeAuc(double) squaredHingeAuc(m)}: {@code L = (1/(PN)) Σ_p
 *       Σ_n max(0, m − (s_p − s_n))²}, exact in O((P+N) log(P+N)) from sorted scores and prefix
 *       sums of s and s² (the square expands, so each positive needs only the count, sum and sum of
 *       squares of the negatives above {@code s_p − m}).
 * </ul>
 *
 * <p>Pooling is the caller's: pass one query's positives and negatives for the per-query loss, or
 * all of a batch's for the pooled one (which ties the scores to a global threshold). Gradients are
 * with respect to both score arrays. Immutable.
 */
public final class AucLoss {

  enum Kind {
    LOGISTIC,
    SQUARED_HINGE
  }

  /** Value and gradients with respect to the positive and negative scores. */
  public record Gradient(double value, double[] positives, double[] negatives) {}

  private final Kind kind;
  private final double parameter;

  AucLoss(Kind kind, double parameter) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.parameter =
        kind == Kind.LOGISTIC
            ? Stable.positive("mannWhitney", "temperature τ", parameter)
            : Stable.finite("squaredHingeAuc", "margin m", parameter);
  }

  /** τ (logistic) or the margin m (squared hinge). */
  public double parameter() {
    return parameter;
  }

  public double value(double[] positives, double[] negatives) {
    return compute(positives, negatives, false).value();
  }

  public Gradient gradient(double[] positives, double[] negatives) {
    return compute(positives, negatives, true);
  }

  /**
   * The empirical AUC (Mann–Whitney U / PN, ties counted ½) in O((P+N) log(P+N)), the quantity this
   * loss stands in for.
   */
  public static double auc(double[] positives, double[] negatives) {
    check("auc", positives, negatives);
    double[] neg = negatives.clone();
    Arrays.sort(neg);
    double u = 0;
    for (double p : positives) {
      int below = lowerBound(neg, p);
      int notAbove = upperBound(neg, p);
      u += below + 0.5 * (notAbove - below);
    }
    return u / ((double) positives.length * negatives.length);
  }

  private Gradient compute(double[] positives, double[] negatives, boolean wantGradient) {
    check(toString(), positives, negatives);
    return kind == Kind.LOGISTIC
        ? logistic(positives, negatives, wantGradient)
        : squaredHinge(positives, negatives, wantGradient);
  }

  private Gradient logistic(double[] pos, double[] neg, boolean wantGradient) {
    double tau = parameter;
    double scale = 1.0 / ((double) pos.length * neg.length);
    double[] gp = wantGradient ? new double[pos.length] : null;
    double[] gn = wantGradient ? new double[neg.length] : null;
    double sum = 0;
    for (int i = 0; i < pos.length; i++) {
      double rowSum = 0;
      double rowGrad = 0;
      for (int j = 0; j < neg.length; j++) {
        double x = -(pos[i] - neg[j]) / tau;
        rowSum += Stable.softplus(x);
        if (wantGradient) {
          double w = Stable.sigmoid(x) * scale / tau;
          rowGrad -= w;
          gn[j] += w;
        }
      }
      sum += rowSum;
      if (wantGradient) {
        gp[i] = rowGrad;
      }
    }
    return new Gradient(sum * scale, gp, gn);
  }

  private Gradient squaredHinge(double[] pos, double[] neg, boolean wantGradient) {
    double m = parameter;
    double scale = 1.0 / ((double) pos.length * neg.length);
    // Negatives sorted, with suffix count / sum / sum of squares.
    double[] sn = neg.clone();
    Arrays.sort(sn);
    int nn = sn.length;
    double[] suffix1 = new double[nn + 1];
    double[] suffix2 = new double[nn + 1];
    for (int j = nn - 1; j >= 0; j--) {
      suffix1[j] = suffix1[j + 1] + sn[j];
      suffix2[j] = suffix2[j + 1] + sn[j] * sn[j];
    }
    double sum = 0;
    double[] gp = wantGradient ? new double[pos.length] : null;
    for (int i = 0; i < pos.length; i++) {
      // Pairs with s_n > s_p − m are active: (t + s_n)² with t = m − s_p.
      double t = m - pos[i];
      int first = upperBound(sn, pos[i] - m);
      double c = nn - first;
      double s1 = suffix1[first];
      double s2 = suffix2[first];
      sum += c * t * t + 2 * t * s1 + s2;
      if (wantGradient) {
        gp[i] = -2 * scale * (c * t + s1);
      }
    }
    double[] gn = null;
    if (wantGradient) {
      // Positives sorted, with prefix count / sum: negative n pairs with s_p < s_n + m.
      double[] sp = pos.clone();
      Arrays.sort(sp);
      double[] prefix = new double[sp.length + 1];
      for (int i = 0; i < sp.length; i++) {
        prefix[i + 1] = prefix[i] + sp[i];
      }
      gn = new double[neg.length];
      for (int j = 0; j < neg.length; j++) {
        int count = lowerBound(sp, neg[j] + m);
        gn[j] = 2 * scale * (count * (m + neg[j]) - prefix[count]);
      }
    }
    return new Gradient(sum * scale, gp, gn);
  }

  /** The first index whose value is ≥ x. */
  private static int lowerBound(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first index whose value is &gt; x. */
  private static int upperBound(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static void check(String name, double[] positives, double[] negatives) {
    Objects.requireNonNull(positives, "positives");
    Objects.requireNonNull(negatives, "negatives");
    if (positives.length == 0 || negatives.length == 0) {
      throw new IllegalArgumentException(
          name
              + ": needs at least one positive and one negative score, got "
              + positives.length
              + " and "
              + negatives.length);
    }
    for (double v : positives) {
      Stable.finite(name, "a positive score", v);
    }
    for (double v : negatives) {
      Stable.finite(name, "a negative score", v);
    }
  }

  /** The factory call on {@link RankingLosses} that makes this loss, with the exact parameter. */
  public String recipe() {
    return (kind == Kind.LOGISTIC ? "mannWhitney(" : "squaredHingeAuc(") + parameter + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AucLoss a && a.kind == kind && Double.compare(a.parameter, parameter) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, parameter);
  }

  @Override
  public String toString() {
    return kind == Kind.LOGISTIC
        ? "mannWhitney(τ=" + parameter + ")"
        : "squaredHingeAuc(m=" + parameter + ")";
  }
}
