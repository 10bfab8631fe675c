package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.ConfigurationData;
import com.oracle.labs.mlrg.olcut.config.ConfigurationManager;
import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import dev.noisebook.Data;
import dev.noisebook.check.Parameters;
import java.util.List;
import org.tribuo.ConfigurableDataSource;
import org.tribuo.Output;
import org.tribuo.provenance.ConfiguredDataSourceProvenance;
import org.tribuo.provenance.DatasetProvenance;
import org.tribuo.provenance.ModelProvenance;

/**
 * Makes data again from a provenance, the recipe of Tribuo's {@code ReproUtil}: {@code
 * ProvenanceUtil.extractConfiguration} turns the source's provenance (nested sources included) into
 * OLCUT configuration, a {@code ConfigurationManager} instantiates it (each class through its
 * no-arg constructor, {@code @Config} fields, then {@code postConfig()}), and the root component is
 * the source. Generated data comes out bit-identical because every random number comes from the
 * recorded seeds.
 */
public final class Rebuild {
  private Rebuild() {}

  /**
   * The data recorded in {@code provenance}: a data source's own provenance, a dataset's (its
   * source), or a model's (the source of its training data).
   */
  @SuppressWarnings("unchecked")
  public static <T extends Output<T>> Data<T> from(ObjectProvenance provenance) {
    ConfiguredDataSourceProvenance source = sourceOf(provenance);
    List<ConfigurationData> configuration = ProvenanceUtil.extractConfiguration(source);
    ConfigurationManager manager = new ConfigurationManager();
    manager.addConfiguration(configuration);
    Object root = manager.lookup(configuration.get(0).getName());
    if (root instanceof Data<?> data) {
      return (Data<T>) data;
    }
    ConfigurableDataSource<T> rebuilt = (ConfigurableDataSource<T>) root;
    return new SourceData<>(Text.describe(rebuilt), rebuilt);
  }

  private static ConfiguredDataSourceProvenance sourceOf(ObjectProvenance provenance) {
    Parameters.notNull("provenance", provenance);
    ObjectProvenance inner = provenance;
    if (inner instanceof ModelProvenance model) {
      inner = model.getDatasetProvenance();
    }
    if (inner instanceof DatasetProvenance dataset) {
      inner = dataset.getSourceProvenance();
    }
    if (inner instanceof ConfiguredDataSourceProvenance configured) {
      return configured;
    }
    throw new IllegalArgumentException(
        "cannot rebuild data from a "
            + inner.getClass().getSimpleName()
            + " of "
            + inner.getClassName()
            + ": it records no configuration (only configurable sources rebuild)");
  }
}
