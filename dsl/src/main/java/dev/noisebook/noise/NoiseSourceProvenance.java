package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tribuo.provenance.ConfiguredDataSourceProvenance;

/**
 * The provenance of a {@link NoiseSource}: its class, its configuration (the wrapped source's own
 * provenance under {@code source}, the noise model's under {@code noise}, and any other
 * {@code @Config} field such as the class order) and instance values derived from the noisy data
 * (the number of examples, the number of flipped labels, a SHA-256 of the noisy outputs or
 * features). Because the source's provenance nests here, a Tribuo model trained on the noisy data
 * records the whole chain: clean source, noise model, seed, digest of what was produced.
 *
 * <p>The configuration rebuilds the wrapper with OLCUT when the wrapped source is itself {@code
 * Configurable}: {@code new ConfigurationManager().addConfiguration(ProvenanceUtil
 * .extractConfiguration(provenance))}, then {@code lookupAll(LabelNoiseSource.class)}.
 */
public final class NoiseSourceProvenance implements ConfiguredDataSourceProvenance {
  private static final long serialVersionUID = 1L;

  /** The number of examples produced. */
  public static final String NUM_EXAMPLES = "num-examples";

  /** The number of labels that differ from the clean ones (label noise only). */
  public static final String NUM_FLIPPED = "num-flipped";

  /** SHA-256 of the noisy labels, targets or features, in example order. */
  public static final String NOISY_SHA256 = "noisy-sha256";

  static final String HOST_SHORT_NAME = "host-short-name";
  static final String HOST = "DataSource";
  private static final List<String> INSTANCE_KEYS =
      List.of(NUM_EXAMPLES, NUM_FLIPPED, NOISY_SHA256);

  private final String className;
  private final Map<String, Provenance> configured;
  private final Map<String, PrimitiveProvenance<?>> instance;

  NoiseSourceProvenance(
      String className,
      Map<String, Provenance> configured,
      Map<String, PrimitiveProvenance<?>> instance) {
    this.className = className;
    this.configured = Map.copyOf(configured);
    this.instance = Map.copyOf(instance);
  }

  /** Deserialisation constructor, used by OLCUT's provenance marshalling. */
  public NoiseSourceProvenance(Map<String, Provenance> map) {
    Map<String, Provenance> rest = new HashMap<>(map);
    String name = NoiseSourceProvenance.class.getSimpleName();
    this.className =
        ObjectProvenance.checkAndExtractProvenance(rest, CLASS_NAME, StringProvenance.class, name)
            .getValue();
    ObjectProvenance.maybeExtractProvenance(rest, HOST_SHORT_NAME, StringProvenance.class, name);
    Map<String, PrimitiveProvenance<?>> values = new HashMap<>();
    for (String key : INSTANCE_KEYS) {
      ObjectProvenance.maybeExtractProvenance(rest, key, PrimitiveProvenance.class, name)
          .ifPresent(p -> values.put(key, p));
    }
    this.configured = Map.copyOf(rest);
    this.instance = Map.copyOf(values);
  }

  @Override
  public String getClassName() {
    return className;
  }

  @Override
  public Map<String, Provenance> getConfiguredParameters() {
    return configured;
  }

  @Override
  public Map<String, PrimitiveProvenance<?>> getInstanceValues() {
    Map<String, PrimitiveProvenance<?>> values = new HashMap<>(instance);
    values.put(HOST_SHORT_NAME, new StringProvenance(HOST_SHORT_NAME, HOST));
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoiseSourceProvenance p
        && className.equals(p.className)
        && configured.equals(p.configured)
        && instance.equals(p.instance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(className, configured, instance);
  }

  @Override
  public String toString() {
    return generateString(HOST);
  }
}
