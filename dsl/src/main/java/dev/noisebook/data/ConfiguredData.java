package dev.noisebook.data;

import dev.noisebook.Data;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.tribuo.ConfigurableDataSource;
import org.tribuo.DataSource;
import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.provenance.DataSourceProvenance;

/**
 * A DSL data value that is at the same time a Tribuo {@link ConfigurableDataSource}: every
 * parameter lives in an OLCUT {@code @Config} field, so the value's provenance names its class and
 * parameters and {@link Data#rebuild} (or any OLCUT {@code ConfigurationManager}) can make it
 * again.
 *
 * <p>The examples are made once, on first use, and kept; every iteration hands out deep copies, so
 * a consumer that transforms its examples (for instance {@code MutableDataset.transform}) cannot
 * change this value. Values are immutable: the builder methods of subclasses return changed copies
 * (made with {@link #copy}), and the fields are only written by those copies and by OLCUT.
 */
public abstract class ConfiguredData<T extends Output<T>>
    implements Data<T>, ConfigurableDataSource<T>, Cloneable {

  private transient volatile List<Example<T>> made;

  /** Checks every parameter; messages name the parameter and the offending value. */
  protected abstract void validate();

  /** Makes the examples from the parameters; called once, after {@link #validate()}. */
  protected abstract List<Example<T>> make();

  /** Called by OLCUT after it has set the fields: checks them, so bad configurations fail early. */
  @Override
  public void postConfig() {
    validate();
  }

  /** The examples as made, shared: callers must not change them. */
  protected final List<Example<T>> made() {
    List<Example<T>> examples = made;
    if (examples == null) {
      synchronized (this) {
        examples = made;
        if (examples == null) {
          validate();
          examples = List.copyOf(make());
          made = examples;
        }
      }
    }
    return examples;
  }

  /** This value with the same parameters and nothing made yet; subclasses then change a field. */
  @SuppressWarnings("unchecked")
  protected final <S extends ConfiguredData<T>> S copy() {
    try {
      ConfiguredData<T> copy = (ConfiguredData<T>) super.clone();
      copy.made = null;
      return (S) copy;
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
  }

  /** Itself: the value is the Tribuo source. */
  @Override
  public final ConfigurableDataSource<T> source() {
    return this;
  }

  @Override
  public final List<Example<T>> examples() {
    return Examples.copies(made());
  }

  @Override
  public final int size() {
    return made().size();
  }

  @Override
  public final List<String> featureNames() {
    return Examples.featureNames(made());
  }

  @Override
  public final double[][] x() {
    List<Example<T>> examples = made();
    return Examples.matrix(examples, Examples.featureNames(examples));
  }

  @Override
  public final Iterator<Example<T>> iterator() {
    return examples().iterator();
  }

  @Override
  public DataSourceProvenance getProvenance() {
    return new SourceProvenance(this);
  }

  final String examplesHash() {
    return Examples.sha256(made());
  }

  /** The call that makes this value, e.g. {@code blobs(classes=3, features=2, ...)}. */
  @Override
  public abstract String toString();

  /** The examples of {@code source}, as it hands them out. */
  static <T extends Output<T>> List<Example<T>> examplesOf(DataSource<T> source) {
    if (source instanceof ConfiguredData<T> data) {
      return data.made();
    }
    List<Example<T>> examples = new ArrayList<>();
    source.forEach(examples::add);
    return examples;
  }
}
