package dev.noisebook.loss;

import dev.noisebook.Loss;
import java.util.LinkedHashMap;
import java.util.Map;

/** The losses of make_loss_fixtures.py, by its case names. */
final class LossCases {
  private LossCases() {}

  static final Map<String, Loss> ALL = new LinkedHashMap<>();

  static {
    ALL.put("ce", Loss.crossEntropy());
    ALL.put("ls0.1", Loss.labelSmoothedCE(0.1));
    ALL.put("ls0.3", Loss.labelSmoothedCE(0.3));
    ALL.put("focal2", Loss.focal(2.0));
    ALL.put("focal0.5", Loss.focal(0.5));
    ALL.put("focal2alpha", Loss.focal(2.0, 0.25, 0.5, 0.75, 1.0, 2.0));
    ALL.put("gce0.7", Loss.generalizedCE(0.7));
    ALL.put("gce0.2", Loss.generalizedCE(0.2));
    ALL.put("mae", Loss.mae());
    ALL.put("rce", Loss.reverseCE());
    ALL.put("sce0.1_1", Loss.symmetricCE(0.1, 1.0));
    ALL.put("nce", Loss.normalizedCE());
    ALL.put("nfl2", Loss.normalizedFocal(2.0));
    ALL.put("nce+rce1_1", Loss.nceRce(1, 1));
    ALL.put("nfl+rce1_1", Loss.nflRce(2.0, 1, 1));
    ALL.put("logz2", Loss.logZSquared(1e-4));
    ALL.put("ce+logz2", Loss.crossEntropy().plus(Loss.logZSquared(1e-4)));
    ALL.put("zloss0.1_10", Loss.sphericalZLoss(0.1, 10));
    ALL.put("zloss1_2", Loss.sphericalZLoss(1, 2));
    ALL.put("clip1_2_ce", Loss.crossEntropy().logitClipped(1.0));
    ALL.put("clip3_1_ce", Loss.crossEntropy().logitClipped(3.0, 1.0));
    ALL.put("clip2_2_gce0.7", Loss.generalizedCE(0.7).logitClipped(2.0, 2.0));
    ALL.put("sparsemax", Loss.sparsemax());
  }
}
