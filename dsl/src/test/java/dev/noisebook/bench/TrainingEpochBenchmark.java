package dev.noisebook.bench;

import dev.noisebook.Data;
import dev.noisebook.Loss;
import dev.noisebook.Model;
import dev.noisebook.Optim;
import dev.noisebook.train.MiniBatchTrainer;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tribuo.Dataset;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.SGD;

/**
 * One epoch of softmax regression with cross-entropy, mini-batch 64, plain SGD (learning rate 0.1),
 * on 4096 rows of 10 Gaussian blobs in 64 features: the DSL's loop ({@link MiniBatchTrainer}) with
 * the fused native cross-entropy kernel ({@code dsl-native}) and in pure Java ({@code dsl-java})
 * against Tribuo's own {@link LinearSGDTrainer} with {@link LogMulticlass} ({@code tribuo}). Each
 * call is a whole {@code train(dataset)}: feature extraction, the epoch, building the model.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TrainingEpochBenchmark {

  @Param({"dsl-native", "dsl-java", "tribuo"})
  public String trainer;

  private Dataset<Label> data;
  private Trainer<Label> fresh;

  @Setup
  public void setup() {
    Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
    data =
        new MutableDataset<>(Data.blobs(10).features(64).spread(3).samples(4096).seed(1).source());
    var recipe =
        Model.linear().loss(Loss.crossEntropy()).optimiser(Optim.sgd(0.1)).epochs(1).batch(64);
    fresh =
        switch (trainer) {
          case "dsl-native" -> recipe.miniBatchTrainer();
          case "dsl-java" -> recipe.pureJava().miniBatchTrainer();
          case "tribuo" ->
              new LinearSGDTrainer(
                  new LogMulticlass(), SGD.getSimpleSGD(0.1), 1, Integer.MAX_VALUE, 64, 1L);
          default -> throw new IllegalArgumentException("unknown trainer " + trainer);
        };
  }

  @Benchmark
  public org.tribuo.Model<Label> oneEpoch() {
    return fresh.train(data);
  }
}
