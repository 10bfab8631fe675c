package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.config.Configurable;
import com.oracle.labs.mlrg.olcut.provenance.ConfiguredObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenancable;
import com.oracle.labs.mlrg.olcut.provenance.impl.ConfiguredObjectProvenanceImpl;
import dev.noisebook.Noise;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The base of the noise models that corrupt Tribuo data (label, input and target noise). They are
 * OLCUT {@link Configurable}s so that the data-source wrappers record them in provenance and
 * rebuild them from it: every parameter is a {@code @Config} field, set once by the constructor (or
 * by OLCUT through the private no-argument constructor) and checked in {@link #postConfig()}. No
 * method changes a field afterwards; builder methods change a copy, so the values are immutable.
 */
public abstract class NoiseModel
    implements Noise, Configurable, Provenancable<ConfiguredObjectProvenance>, Cloneable {

  @Config(description = "The seed of every random draw of this noise model.")
  private long seed = 0;

  NoiseModel() {}

  @Override
  public final long seed() {
    return seed;
  }

  /** The family, as provenance names it: {@code LabelNoise}, {@code InputNoise}, ... */
  abstract String family();

  /** The factory method's name, e.g. {@code symmetric}. */
  public abstract String name();

  /** The parameters as alternating names and values, for {@link #toString()}. */
  abstract Object[] parameters();

  /** Settings shown after the parameters: the seed, and for some models the flip mode. */
  List<Object> settings() {
    return new ArrayList<>(List.of("seed", seed));
  }

  /** A copy with {@code change} applied, checked again. */
  @SuppressWarnings("unchecked")
  final <M extends NoiseModel> M copy(Consumer<M> change) {
    M copy;
    try {
      copy = (M) clone();
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
    change.accept(copy);
    copy.postConfig();
    return copy;
  }

  final <M extends NoiseModel> M withSeed(long newSeed) {
    return copy((M m) -> ((NoiseModel) m).seed = newSeed);
  }

  /** Checks the parameters; called by the constructors and by OLCUT after configuration. */
  @Override
  public void postConfig() {}

  /** The class and every {@code @Config} parameter, nested in the provenance of noisy data. */
  @Override
  public ConfiguredObjectProvenance getProvenance() {
    return new ConfiguredObjectProvenanceImpl(this, family());
  }

  @Override
  public boolean equals(Object o) {
    return o != null
        && o.getClass() == getClass()
        && getProvenance()
            .getConfiguredParameters()
            .equals(((NoiseModel) o).getProvenance().getConfiguredParameters());
  }

  @Override
  public int hashCode() {
    return getProvenance().getConfiguredParameters().hashCode();
  }

  /** {@code name(param=value, ..., seed=0)}. */
  @Override
  public String toString() {
    List<Object> all = new ArrayList<>(List.of(parameters()));
    all.addAll(settings());
    return Text.call(name(), all.toArray());
  }
}
