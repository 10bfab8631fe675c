package dev.noisebook.data;

import dev.noisebook.Data;
import dev.noisebook.check.Parameters;
import java.util.Objects;
import org.tribuo.ConfigurableDataSource;
import org.tribuo.Output;

/**
 * Any configurable Tribuo source as DSL data, for instance Tribuo's {@code CSVDataSource} or its
 * demo sources; {@code description} is what it prints as. Its examples are read from the source
 * each time they are asked for.
 */
public record SourceData<T extends Output<T>>(String description, ConfigurableDataSource<T> source)
    implements Data<T> {

  public SourceData {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(source, "source");
  }

  /** {@code source} described as {@code csv("path")} for Tribuo's file sources, else by class. */
  public static <T extends Output<T>> SourceData<T> of(ConfigurableDataSource<T> source) {
    return new SourceData<>(Text.describe(Parameters.notNull("source", source)), source);
  }

  @Override
  public String toString() {
    return description;
  }
}
