package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import com.oracle.labs.mlrg.olcut.provenance.impl.ConfiguredObjectProvenanceImpl;
import com.oracle.labs.mlrg.olcut.provenance.primitives.IntProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import dev.noisebook.check.Parameters;
import dev.noisebook.display.Displayable;
import dev.noisebook.display.MimeBundle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.tribuo.ConfigurableDataSource;
import org.tribuo.DataSource;
import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.ConfiguredDataSourceProvenance;

/**
 * A Tribuo data source that corrupts another one with a noise model. It reads the wrapped source
 * once, when made, and keeps the noisy examples; every iteration hands out fresh copies, so
 * training cannot alter them. Each noisy example keeps its weight and metadata and gains the clean
 * value ({@link NoiseMetadata}). Its provenance ({@link NoiseSourceProvenance}) nests the wrapped
 * source's and the noise model's, and rebuilds the same noisy examples when the wrapped source is
 * {@code Configurable}; any other source (a Tribuo train/test split, a {@code ListDataSource}) is
 * recorded but cannot be rebuilt by OLCUT.
 *
 * @param <T> the output type: {@code Label} for label noise, {@code Regressor} for target noise,
 *     any for input noise
 */
public abstract sealed class NoiseSource<T extends Output<T>>
    implements ConfigurableDataSource<T>, Displayable
    permits LabelNoiseSource, InputNoiseSource, TargetNoiseSource {

  @Config(mandatory = true, description = "The data source whose examples are corrupted.")
  private ConfigurableDataSource<T> source;

  private DataSource<T> plainSource;
  private List<Example<T>> examples = List.of();

  NoiseSource() {}

  NoiseSource(DataSource<T> source) {
    Parameters.notNull("the data source to corrupt", source);
    if (source instanceof ConfigurableDataSource<T> configurable) {
      this.source = configurable;
    } else {
      this.plainSource = source;
    }
  }

  /** The wrapped, clean source. */
  public final DataSource<T> wrapped() {
    return source != null ? source : plainSource;
  }

  /** The noise model applied. */
  public abstract NoiseModel noise();

  /** Reads the wrapped source and corrupts it; called by the constructors and by OLCUT. */
  @Override
  public void postConfig() {
    List<Example<T>> clean = new ArrayList<>();
    for (Example<T> example : wrapped()) {
      clean.add(example);
    }
    examples = List.copyOf(corrupt(clean));
  }

  /** The noisy examples, one per clean example, in order. */
  abstract List<Example<T>> corrupt(List<Example<T>> clean);

  /** One string per noisy example, hashed into the provenance. */
  abstract String digestOf(Example<T> noisy);

  /** Instance values beyond the example count and digest. */
  Map<String, PrimitiveProvenance<?>> extraInstanceValues() {
    return Map.of();
  }

  /** The number of examples. */
  public final int size() {
    return examples.size();
  }

  /** Copies of the noisy examples. */
  @Override
  public final Iterator<Example<T>> iterator() {
    Iterator<Example<T>> inner = examples.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return inner.hasNext();
      }

      @Override
      public Example<T> next() {
        return inner.next().copy();
      }
    };
  }

  @Override
  public final OutputFactory<T> getOutputFactory() {
    return wrapped().getOutputFactory();
  }

  @Override
  public final ConfiguredDataSourceProvenance getProvenance() {
    Map<String, Provenance> configured =
        new HashMap<>(
            new ConfiguredObjectProvenanceImpl(this, NoiseSourceProvenance.HOST)
                .getConfiguredParameters());
    configured.put("source", wrapped().getProvenance());
    Map<String, PrimitiveProvenance<?>> instance = new HashMap<>(extraInstanceValues());
    instance.put(
        NoiseSourceProvenance.NUM_EXAMPLES,
        new IntProvenance(NoiseSourceProvenance.NUM_EXAMPLES, examples.size()));
    List<String> digests = new ArrayList<>(examples.size());
    for (Example<T> example : examples) {
      digests.add(digestOf(example));
    }
    instance.put(
        NoiseSourceProvenance.NOISY_SHA256,
        new StringProvenance(
            NoiseSourceProvenance.NOISY_SHA256,
            ProvenanceUtil.hashList(ProvenanceUtil.HashType.SHA256, digests)));
    return new NoiseSourceProvenance(getClass().getName(), configured, instance);
  }

  @Override
  public MimeBundle mimeBundle() {
    return MimeBundle.text(toString());
  }

  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "("
        + noise()
        + " on "
        + wrapped()
        + "): "
        + examples.size()
        + " examples";
  }

  /** A copy of {@code from} with another output, its weight and metadata kept. */
  static <T extends Output<T>> Example<T> withOutput(T output, Example<T> from) {
    Example<T> copy = new ArrayExample<>(output, from, from.getWeight());
    from.getMetadata().forEach(copy::setMetadataValue);
    return copy;
  }

  /** A copy of {@code from} with other feature values (same names), weight and metadata kept. */
  static <T extends Output<T>> Example<T> withValues(
      Example<T> from, String[] names, double[] values) {
    Example<T> copy =
        new ArrayExample<>(from.getOutput(), names, values, new HashMap<>(from.getMetadata()));
    copy.setWeight(from.getWeight());
    return copy;
  }

  /** The example's feature names and values, in its (sorted) order. */
  static String[] names(Example<?> example) {
    String[] names = new String[example.size()];
    int i = 0;
    for (var feature : example) {
      names[i++] = feature.getName();
    }
    return names;
  }

  static double[] values(Example<?> example) {
    double[] values = new double[example.size()];
    int i = 0;
    for (var feature : example) {
      values[i++] = feature.getValue();
    }
    return values;
  }
}
