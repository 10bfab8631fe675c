package dev.noisebook.train;

import static dev.noisebook.train.TrainData.weights;
import static org.assertj.core.api.Assertions.assertThat;

import dev.noisebook.Data;
import dev.noisebook.Loss;
import dev.noisebook.Model;
import dev.noisebook.Noise;
import dev.noisebook.Optim;
import dev.noisebook.display.Displayable;
import dev.noisebook.display.LiveDisplay;
import dev.noisebook.display.MimeBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;

/** Live display, interruption and early stopping of a fit. */
class FitControlTest {
  private static final Dataset<Label> NOISY =
      new MutableDataset<>(
          Noise.labels()
              .symmetric(0.4)
              .seed(3)
              .apply(Data.blobs(4).spread(2).samples(600).seed(3).source()));

  /** Records what a fit shows and every update. */
  private static final class Recording implements LiveDisplay {
    final List<Displayable> shown = new ArrayList<>();
    final List<Displayable> updates = new ArrayList<>();
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch updated = new CountDownLatch(1);

    @Override
    public synchronized Handle show(Displayable value) {
      shown.add(value);
      started.countDown();
      return update -> {
        synchronized (this) {
          updates.add(update);
        }
        updated.countDown();
      };
    }
  }

  @Test
  void aLongFitShowsItsHistoryLiveAndUpdatesItInPlace() throws Exception {
    Recording display = new Recording();
    MiniBatchTrainer trainer =
        Model.linear().optimiser(Optim.adam(0.05)).epochs(1_000_000).batch(32).miniBatchTrainer();
    AtomicReference<Fit> result = new AtomicReference<>();
    Thread cell = new Thread(() -> result.set(trainer.fit(NOISY, Map.of(), display)));
    cell.start();
    // Shown after a second of training, then updated in place about once a second.
    assertThat(display.started.await(60, TimeUnit.SECONDS)).isTrue();
    assertThat(display.updated.await(60, TimeUnit.SECONDS)).isTrue();
    cell.interrupt();
    cell.join(10_000);
    Fit fit = result.get();
    assertThat(display.shown).hasSize(1);
    assertThat(((History) display.shown.getFirst()).size()).isPositive();
    History last = (History) display.updates.getLast();
    assertThat(last).isEqualTo(fit.history());
    MimeBundle bundle = fit.mimeBundle();
    assertThat(bundle.get(MimeBundle.IMAGE_PNG)).isPresent();
    assertThat(bundle.get(MimeBundle.TEXT_HTML).orElseThrow()).contains("<img", "base64");
  }

  @Test
  void aShortFitLeavesNoLiveOutputAndShowsItselfAsItsValue() {
    Recording display = new Recording();
    LiveDisplay before = LiveDisplay.current();
    LiveDisplay.install(display);
    try {
      Fit fit = Model.linear().optimiser(Optim.adam(0.05)).epochs(6).batch(32).fit(NOISY);
      assertThat(display.shown).isEmpty();
      assertThat(fit.history().size()).isEqualTo(6);
      MimeBundle bundle = fit.mimeBundle();
      assertThat(bundle.get(MimeBundle.IMAGE_PNG)).isPresent();
      assertThat(bundle.plain()).startsWith("Fit(weights of epoch 6, History(6 epochs, loss ");
      EpochStats diverged = new EpochStats(1, Double.NaN, 0.5, 0.5, 0.1, Double.NaN, Double.NaN);
      MimeBundle nan = new History(List.of(diverged), 10).mimeBundle();
      assertThat(nan.get(MimeBundle.IMAGE_PNG)).isEmpty();
      assertThat(nan.plain()).contains("loss NaN");
    } finally {
      LiveDisplay.install(before);
    }
  }

  @Test
  void anInterruptStopsTheFitKeepsThePartialModelAndSetsTheFlagAgain() throws Exception {
    Recording display = new Recording();
    MiniBatchTrainer trainer =
        Model.linear().optimiser(Optim.adam(0.01)).epochs(1_000_000).batch(8).miniBatchTrainer();
    AtomicReference<Fit> result = new AtomicReference<>();
    AtomicBoolean flagSetAfterwards = new AtomicBoolean();
    Thread cell =
        new Thread(
            () -> {
              result.set(trainer.fit(NOISY, Map.of(), display));
              flagSetAfterwards.set(Thread.currentThread().isInterrupted());
            });
    cell.start();
    // Interrupt once the curve is shown (a second in), so epochs have run however loaded the
    // machine is.
    assertThat(display.started.await(60, TimeUnit.SECONDS)).isTrue();
    cell.interrupt();
    cell.join(10_000);
    assertThat(cell.isAlive()).isFalse();
    Fit fit = result.get();
    assertThat(fit.interrupted()).isTrue();
    assertThat(flagSetAfterwards).isTrue();
    assertThat(fit.history().size()).isPositive().isLessThan(1_000_000);
    assertThat(fit.toString())
        .startsWith("Fit(interrupted, ")
        .contains(" of 1000000 epochs, loss ");
    // A trained partial model: clearly above chance (4 overlapping classes, 1/4), not a fixed
    // accuracy, since where the interrupt lands depends on the machine's speed.
    assertThat(fit.evaluate(NOISY).cleanAccuracy()).isGreaterThan(0.35);
  }

  @Test
  void earlyStoppingKeepsTheBestValidationEpochsWeights() {
    var recipe =
        Model.linear()
            .loss(Loss.crossEntropy())
            .optimiser(Optim.sgd(0.5))
            .epochs(200)
            .batch(16)
            .validation(0.3)
            .seed(4);
    Fit stopped = recipe.earlyStopping(3).fit(NOISY);
    assertThat(stopped.stoppedEarly()).isTrue();
    History history = stopped.history();
    double[] validation = history.column(EpochStats::validationLoss);
    int best = 0;
    for (int e = 1; e < validation.length; e++) {
      if (validation[e] < validation[best]) {
        best = e;
      }
    }
    assertThat(stopped.epoch()).isEqualTo(best + 1);
    assertThat(history.size()).isEqualTo(best + 1 + 3);
    Fit upToBest = recipe.epochs(best + 1).fit(NOISY);
    assertThat(weights(stopped.model())).containsExactly(weights(upToBest.model()));
    assertThat(history.last().validationAccuracy()).isBetween(0.0, 1.0);
  }
}
