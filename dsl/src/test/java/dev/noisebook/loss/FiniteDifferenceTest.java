package dev.noisebook.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Loss;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Central differences in double, (ℓ(z + h e_k) − ℓ(z − h e_k))/2h with h = 1e-5, against every
 * loss's analytic gradient: |Δ| ≤ 1e-6·(1 + |∂ℓ/∂z_k|), on random logits at three scales and K ∈
 * {2, 3, 7}, plus the focal and logit-clip variants not in the torch fixtures.
 */
class FiniteDifferenceTest {
  private static final double H = 1e-5;

  static List<double[]> logits(int k) {
    SplittableRandom random = new SplittableRandom(7 + k);
    List<double[]> out = new ArrayList<>();
    for (double scale : new double[] {0.3, 2, 6}) {
      for (int i = 0; i < 4; i++) {
        double[] z = new double[k];
        for (int j = 0; j < k; j++) {
          z[j] = scale * (2 * random.nextDouble() - 1);
        }
        out.add(z);
      }
    }
    return out;
  }

  static void check(String name, Loss loss, double[] z, int y) {
    double[] g = loss.gradient(z, y);
    for (int k = 0; k < z.length; k++) {
      double[] up = z.clone();
      double[] down = z.clone();
      up[k] += H;
      down[k] -= H;
      double fd = (loss.value(up, y) - loss.value(down, y)) / (2 * H);
      assertThat(g[k])
          .as("%s: dℓ/dz_%d at z=%s, y=%d", name, k, java.util.Arrays.toString(z), y)
          .isCloseTo(fd, within(1e-6 * (1 + Math.abs(g[k]))));
    }
  }

  @Test
  void everyLossMatchesCentralDifferences() {
    Map<String, Loss> losses = new java.util.LinkedHashMap<>();
    for (var e : LossCases.ALL.entrySet()) {
      if (!e.getKey().equals("focal2alpha")) { // its α has length 5
        losses.put(e.getKey(), e.getValue());
      }
    }
    losses.put("focal0", Loss.focal(0));
    losses.put("nfl0.5", Loss.normalizedFocal(0.5));
    losses.put("nceMae", Loss.nceMae(1, 1));
    losses.put("symmetricCE A=-4", Loss.crossEntropy().times(0.1).plus(Loss.reverseCE(-4)));
    losses.put("clip p=3 focal", Loss.focal(2).logitClipped(1.5, 3));
    losses.put("clip sparsemax", Loss.sparsemax().logitClipped(2));
    losses.put("ls1", Loss.labelSmoothedCE(1));
    for (int k : new int[] {2, 3, 7}) {
      for (var e : losses.entrySet()) {
        int y = 0;
        for (double[] z : logits(k)) {
          check(e.getKey() + " K=" + k, e.getValue(), z, y);
          y = (y + 1) % k;
        }
      }
    }
    for (int k : new int[] {2, 3, 7}) {
      double[] alpha = new double[k];
      for (int j = 0; j < k; j++) {
        alpha[j] = 0.2 + j;
      }
      Loss focal = Loss.focal(2, alpha);
      int y = 0;
      for (double[] z : logits(k)) {
        check("focal α K=" + k, focal, z, y);
        y = (y + 1) % k;
      }
    }
  }
}
