package dev.noisebook.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noisebook.Data;
import dev.noisebook.Loss;
import dev.noisebook.Model;
import dev.noisebook.Optim;
import dev.noisebook.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.MutableDataset;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.optimisers.SGD;

class ScheduledSGDTest {
  @BeforeAll
  static void quiet() {
    Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
  }

  private static double stepSize(SGD sgd) {
    Tensor[] gradient = new LinearParameters(1, 1).getEmptyCopy();
    ((DenseMatrix) gradient[0]).set(0, 0, 1.0);
    return ((DenseMatrix) sgd.step(gradient, 1.0)[0]).get(0, 0);
  }

  @Test
  void theRatesTribuoAppliesFollowTheSchedule() {
    Schedule schedule = Schedule.learningRate(0.1).cosine(20, 0.001);
    SGD sgd = (SGD) Optim.sgd(schedule).tribuo();
    sgd.initialise(new LinearParameters(1, 1));
    for (long t = 0; t < 25; t++) {
      assertThat(stepSize(sgd)).isEqualTo(schedule.at(t));
    }
    sgd.reset();
    assertThat(stepSize(sgd)).isEqualTo(schedule.at(0));
    SGD copy = (SGD) sgd.copy();
    copy.initialise(new LinearParameters(1, 1));
    assertThat(stepSize(copy)).isEqualTo(schedule.at(0));
  }

  @Test
  void momentumAccumulatesScheduledSteps() {
    Schedule schedule = Schedule.learningRate(0.1).step(2, 0.5);
    SGD sgd = (SGD) Optim.sgd(schedule).momentum(0.9).tribuo();
    sgd.initialise(new LinearParameters(1, 1));
    double velocity = 0;
    for (long t = 0; t < 6; t++) {
      velocity = 0.9 * velocity + 1.0;
      assertThat(stepSize(sgd))
          .isCloseTo(schedule.at(t) * velocity, org.assertj.core.data.Offset.offset(1e-15));
    }
  }

  @Test
  void trainingTakesOneScheduledStepPerUpdate() {
    var source = Data.blobs(3).samples(120).seed(5).source();
    var dataset = new MutableDataset<>(source);
    List<Long> steps = new ArrayList<>();
    Schedule recording =
        step -> {
          steps.add(step);
          return 0.05;
        };
    Model.linear().optimiser(Optim.sgd(recording)).epochs(3).train(dataset);
    // at(0) whenever the optimiser is built or copied, then one call per update: 3 epochs × 120
    assertThat(steps.size()).isGreaterThan(360);
    assertThat(steps.subList(0, steps.size() - 360)).containsOnly(0L);
    assertThat(steps.subList(steps.size() - 360, steps.size()))
        .containsExactlyElementsOf(java.util.stream.LongStream.range(0, 360).boxed().toList());
  }

  @Test
  void aConstantScheduleTrainsExactlyLikeTribuosSimpleSgd() {
    var dataset = new MutableDataset<>(Data.blobs(3).samples(150).seed(9).source());
    var loss = Loss.crossEntropy();
    var scheduled =
        (LinearSGDModel)
            Model.linear()
                .loss(loss)
                .optimiser(Optim.sgd(Schedule.constant(0.05)).momentum(0.5))
                .epochs(4)
                .seed(3)
                .train(dataset);
    var stock =
        new LinearSGDTrainer(
                loss.objective(),
                SGD.getSimpleSGD(0.05, 0.5, SGD.Momentum.STANDARD),
                4,
                Integer.MAX_VALUE,
                1,
                3)
            .train(dataset);
    assertThat(LinearModelTest.flat(scheduled)).containsExactly(LinearModelTest.flat(stock));
  }

  @Test
  void aDecayingScheduleChangesTheWeights() {
    var dataset = new MutableDataset<>(Data.blobs(3).samples(150).seed(9).source());
    var constant = Model.linear().optimiser(Optim.sgd(0.1)).epochs(3);
    var decayed = constant.optimiser(Optim.sgd(Schedule.learningRate(0.1).cosine(450, 0)));
    var a = LinearModelTest.flat(constant.train(dataset));
    var b = LinearModelTest.flat(decayed.train(dataset));
    assertThat(a).isNotEqualTo(b);
  }
}
