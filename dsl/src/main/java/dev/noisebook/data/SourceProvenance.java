package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import com.oracle.labs.mlrg.olcut.provenance.impl.SkeletalConfiguredObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.HashProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.util.HashMap;
import java.util.Map;
import org.tribuo.provenance.ConfiguredDataSourceProvenance;

/**
 * The provenance of every DSL data source: its class and {@code @Config} fields (nested sources
 * nest their own provenance), so {@code ProvenanceUtil.extractConfiguration} can rebuild it, plus
 * one instance value, {@value #EXAMPLES_HASH}: the SHA-256 of the examples it produced ({@link
 * Examples#sha256}), so a rebuild can be checked to have reproduced the same data. As OLCUT defines
 * it, equality compares class and configuration only, not the hash.
 */
public final class SourceProvenance extends SkeletalConfiguredObjectProvenance
    implements ConfiguredDataSourceProvenance {
  private static final long serialVersionUID = 1L;

  /** The instance value holding the SHA-256 of the examples. */
  public static final String EXAMPLES_HASH = "examples-hash";

  private final HashProvenance examplesHash;

  SourceProvenance(ConfiguredData<?> host) {
    super(host, "DataSource");
    this.examplesHash =
        new HashProvenance(ProvenanceUtil.HashType.SHA256, EXAMPLES_HASH, host.examplesHash());
  }

  /** Unmarshalling constructor, used by {@code ProvenanceUtil.unmarshalProvenance}. */
  public SourceProvenance(Map<String, Provenance> map) {
    this(extract(map));
  }

  private SourceProvenance(ExtractedInfo info) {
    super(info);
    this.examplesHash = (HashProvenance) info.instanceValues.get(EXAMPLES_HASH);
  }

  private static ExtractedInfo extract(Map<String, Provenance> map) {
    Map<String, Provenance> configured = new HashMap<>(map);
    String who = SourceProvenance.class.getSimpleName();
    String className =
        ObjectProvenance.checkAndExtractProvenance(
                configured, CLASS_NAME, StringProvenance.class, who)
            .getValue();
    String shortName =
        ObjectProvenance.checkAndExtractProvenance(
                configured, HOST_SHORT_NAME, StringProvenance.class, who)
            .getValue();
    Map<String, PrimitiveProvenance<?>> instance = new HashMap<>();
    instance.put(
        EXAMPLES_HASH,
        ObjectProvenance.checkAndExtractProvenance(
            configured, EXAMPLES_HASH, HashProvenance.class, who));
    return new ExtractedInfo(className, shortName, configured, instance);
  }

  /** The SHA-256 (hex) of the examples the source produced. */
  public String examplesHash() {
    return examplesHash.getValue();
  }

  @Override
  public Map<String, PrimitiveProvenance<?>> getInstanceValues() {
    Map<String, PrimitiveProvenance<?>> values = super.getInstanceValues();
    values.put(EXAMPLES_HASH, examplesHash);
    return values;
  }
}
