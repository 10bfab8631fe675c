package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.Seeds;
import dev.noisebook.check.Parameters;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.tribuo.Example;
import org.tribuo.Output;

/**
 * A synthetic data set drawn from a seed: {@link #samples} examples, every random number from one
 * {@code java.util.Random(seed)}, whose algorithm (and {@code nextGaussian}'s polar method) the JDK
 * specifies exactly, so the same seed gives bit-identical data on every JVM.
 *
 * @param <S> the generator's own type, returned by the builder methods
 */
public abstract class Generator<T extends Output<T>, S extends Generator<T, S>>
    extends ConfiguredData<T> {

  /** The number of examples unless {@link #samples(int)} says otherwise. */
  public static final int DEFAULT_SAMPLES = 1000;

  @Config(description = "Number of examples to generate.")
  protected int samples = DEFAULT_SAMPLES;

  @Config(description = "Seed of the java.util.Random that draws everything.")
  // The session's default (1 unless %seed changed it), recorded in the provenance like any seed.
  protected long seed = Seeds.defaultSeed();

  /** This generator with {@code count} examples (at least 1). */
  public final S samples(int count) {
    Parameters.atLeast("samples", count, 1);
    return with(g -> g.samples = count);
  }

  /** This generator drawing from {@code seed}. */
  public final S seed(long seed) {
    return with(g -> g.seed = seed);
  }

  /** The number of examples. */
  public final int samples() {
    return samples;
  }

  /** The seed. */
  public final long seed() {
    return seed;
  }

  @Override
  protected void validate() {
    Parameters.atLeast("samples", samples, 1);
  }

  @Override
  protected final List<Example<T>> make() {
    return make(new Random(seed));
  }

  /** The examples, every random number drawn from {@code rng}. */
  protected abstract List<Example<T>> make(Random rng);

  /** A copy of this generator with {@code change} applied to it. */
  @SuppressWarnings("unchecked")
  protected final S with(Consumer<S> change) {
    S copy = copy();
    change.accept(copy);
    return copy;
  }
}
