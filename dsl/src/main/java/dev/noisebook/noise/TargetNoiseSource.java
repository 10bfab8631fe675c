package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tribuo.DataSource;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.regression.Regressor;

/**
 * A regression data source with noisy targets: each example of the wrapped source with every target
 * dimension perturbed by a {@link TargetNoise} (example i with the i-th split of the seed's
 * generator), its clean values kept under {@link NoiseMetadata#CLEAN_TARGET}. Features, weights and
 * other metadata are unchanged. Made by {@link TargetNoise#apply(DataSource)}; see {@link
 * NoiseSource}.
 */
public final class TargetNoiseSource extends NoiseSource<Regressor> {

  @Config(mandatory = true, description = "The target noise model.")
  private TargetNoise noise;

  private TargetNoiseSource() {}

  TargetNoiseSource(DataSource<Regressor> source, TargetNoise noise) {
    super(source);
    this.noise = Parameters.notNull("target noise", noise);
    postConfig();
  }

  @Override
  public TargetNoise noise() {
    return noise;
  }

  @Override
  List<Example<Regressor>> corrupt(List<Example<Regressor>> clean) {
    SplittableRandom root = new SplittableRandom(noise.seed());
    String feature = noise.scaleFeature();
    List<Example<Regressor>> out = new ArrayList<>(clean.size());
    for (Example<Regressor> example : clean) {
      SplittableRandom rng = root.split();
      Regressor target = example.getOutput();
      double[] y = target.getValues();
      double[] noisy = new double[y.length];
      for (int d = 0; d < y.length; d++) {
        double s = feature.isEmpty() ? y[d] : valueOf(example, feature);
        noisy[d] = noise.perturb(y[d], s, rng);
      }
      Example<Regressor> copy = withOutput(new Regressor(target.getNames(), noisy), example);
      NoiseMetadata.keep(copy, NoiseMetadata.CLEAN_TARGET, NoiseMetadata.format(y));
      out.add(copy);
    }
    return out;
  }

  private static double valueOf(Example<Regressor> example, String feature) {
    Feature f = example.lookup(feature);
    return f == null ? 0 : f.getValue();
  }

  @Override
  String digestOf(Example<Regressor> noisy) {
    return NoiseMetadata.format(noisy.getOutput().getValues());
  }
}
