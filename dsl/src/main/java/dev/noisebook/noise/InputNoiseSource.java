package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tribuo.DataSource;
import org.tribuo.Example;
import org.tribuo.Output;

/**
 * A data source with noisy features: each example of the wrapped source with every feature value
 * perturbed by an {@link InputNoise} (example i with the i-th split of the seed's generator), its
 * clean values kept under {@link NoiseMetadata#CLEAN_FEATURES}. Outputs, weights and other metadata
 * are unchanged. Made by {@link InputNoise#apply(DataSource)}; see {@link NoiseSource}.
 *
 * @param <T> the output type, unchanged
 */
public final class InputNoiseSource<T extends Output<T>> extends NoiseSource<T> {

  @Config(mandatory = true, description = "The input noise model.")
  private InputNoise noise;

  private InputNoiseSource() {}

  InputNoiseSource(DataSource<T> source, InputNoise noise) {
    super(source);
    this.noise = Parameters.notNull("input noise", noise);
    postConfig();
  }

  @Override
  public InputNoise noise() {
    return noise;
  }

  @Override
  List<Example<T>> corrupt(List<Example<T>> clean) {
    SplittableRandom root = new SplittableRandom(noise.seed());
    List<Example<T>> out = new ArrayList<>(clean.size());
    for (int i = 0; i < clean.size(); i++) {
      Example<T> example = clean.get(i);
      String[] names = names(example);
      double[] values = values(example);
      int index = i;
      double[] noisy =
          noise.perturbAll(
              values, root.split(), j -> "example " + index + ", feature '" + names[j] + "'");
      Example<T> copy = withValues(example, names, noisy);
      NoiseMetadata.keep(copy, NoiseMetadata.CLEAN_FEATURES, NoiseMetadata.format(values));
      out.add(copy);
    }
    return out;
  }

  @Override
  String digestOf(Example<T> noisy) {
    return NoiseMetadata.format(values(noisy));
  }
}
