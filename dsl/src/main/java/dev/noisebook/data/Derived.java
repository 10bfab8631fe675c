package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import org.tribuo.ConfigurableDataSource;
import org.tribuo.Output;
import org.tribuo.OutputFactory;

/**
 * Data made from another configurable source, which it keeps as an {@code @Config} field: its
 * provenance nests the source's, and a rebuild rebuilds the source first.
 */
public abstract class Derived<T extends Output<T>> extends ConfiguredData<T> {

  @Config(mandatory = true, description = "The data this is made from.")
  protected ConfigurableDataSource<T> source;

  /** For OLCUT. */
  protected Derived() {}

  protected Derived(ConfigurableDataSource<T> source) {
    this.source = Parameters.notNull("source", source);
  }

  /** The data this is made from. */
  public final ConfigurableDataSource<T> from() {
    return source;
  }

  @Override
  public final OutputFactory<T> getOutputFactory() {
    return source.getOutputFactory();
  }

  @Override
  protected void validate() {
    Parameters.notNull("source", source);
  }
}
