package dev.noisebook.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import dev.noisebook.Data;
import dev.noisebook.Model;
import dev.noisebook.Optim;
import dev.noisebook.Schedule;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.tribuo.MutableDataset;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.optimisers.AdaGrad;

class ScheduledOptimiserTest {
  private static double step(StochasticGradientOptimiser optimiser, double gradient) {
    Tensor[] g = new LinearParameters(1, 1).getEmptyCopy();
    ((DenseMatrix) g[0]).set(0, 0, gradient);
    return ((DenseMatrix) optimiser.step(g, 1.0)[0]).get(0, 0);
  }

  private static void followsTheSchedule(StochasticGradientOptimiser unit, Optim scheduled) {
    Schedule schedule = Schedule.piecewise(new long[] {3, 6}, 0.3, 0.1, 0.02);
    StochasticGradientOptimiser wrapped = scheduled.schedule(schedule).tribuo();
    assertThat(wrapped).isInstanceOf(ScheduledOptimiser.class);
    unit.initialise(new LinearParameters(1, 1));
    wrapped.initialise(new LinearParameters(1, 1));
    double[] gradients = {1.0, -0.5, 2.0, 0.25, -1.5, 0.75, 1.0, -2.0};
    for (int t = 0; t < gradients.length; t++) {
      double expected = schedule.at(t) * step(unit, gradients[t]);
      assertThat(step(wrapped, gradients[t])).isEqualTo(expected);
    }
    assertThat(((ScheduledOptimiser) wrapped).updates()).isEqualTo(gradients.length);
  }

  @Test
  void adamsUpdatesAreScaledByTheScheduledRate() {
    followsTheSchedule(new AdamOptimiser(1.0, 0.9, 0.999, 1e-8), Optim.adam(0.1));
  }

  @Test
  void adaGradsUpdatesAreScaledByTheScheduledRate() {
    followsTheSchedule(new AdaGrad(1.0, 1e-6), Optim.adaGrad(0.1));
  }

  @Test
  void provenanceRecordsTheDelegateAndTheSchedule() {
    Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
    Schedule schedule = Schedule.learningRate(0.05).cosine(300, 0);
    var model =
        Model.linear()
            .optimiser(Optim.adam(0.05).schedule(schedule))
            .epochs(1)
            .train(new MutableDataset<>(Data.blobs(3).samples(60).seed(2).source()));
    String text = ProvenanceUtil.formattedProvenanceString(model.getProvenance());
    assertThat(text)
        .contains("ScheduledOptimiser")
        .contains("dev.noisebook.model.AdamOptimiser")
        .contains("schedule = " + schedule.recipe());
    assertThat(Optim.adam(0.05).schedule(schedule))
        .hasToString("Optim.adam(0.05).schedule(" + schedule + ")");
  }
}
