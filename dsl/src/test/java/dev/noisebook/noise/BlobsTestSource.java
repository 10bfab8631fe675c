package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.impl.SkeletalConfiguredObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tribuo.ConfigurableDataSource;
import org.tribuo.Example;
import org.tribuo.OutputFactory;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.ConfiguredDataSourceProvenance;

/**
 * A test-only configurable source of K Gaussian blobs in 3 dimensions, classes "c0", "c1", ...:
 * Tribuo's own demo sources are binary, and the DSL's data family is built elsewhere.
 */
public final class BlobsTestSource implements ConfigurableDataSource<Label> {
  private static final String[] NAMES = {"x0", "x1", "x2"};

  @Config(mandatory = true)
  private int numSamples;

  @Config(mandatory = true)
  private int numClasses;

  @Config private long seed = 0;

  private List<Example<Label>> examples;

  private BlobsTestSource() {}

  public BlobsTestSource(int numSamples, int numClasses, long seed) {
    this.numSamples = numSamples;
    this.numClasses = numClasses;
    this.seed = seed;
    postConfig();
  }

  @Override
  public void postConfig() {
    SplittableRandom rng = new SplittableRandom(seed);
    examples = new ArrayList<>();
    for (int i = 0; i < numSamples; i++) {
      int y = i % numClasses;
      double[] x = new double[NAMES.length];
      for (int f = 0; f < x.length; f++) {
        x[f] = (f == y % NAMES.length ? 3.0 * (1 + y / NAMES.length) : 0) + rng.nextGaussian();
      }
      var example = new ArrayExample<>(new Label("c" + y), NAMES, x);
      example.setWeight(1 + (i % 3));
      examples.add(example);
    }
  }

  @Override
  public OutputFactory<Label> getOutputFactory() {
    return new LabelFactory();
  }

  @Override
  public Iterator<Example<Label>> iterator() {
    return examples.stream().map(Example::copy).iterator();
  }

  @Override
  public ConfiguredDataSourceProvenance getProvenance() {
    return new BlobsProvenance(this);
  }

  @Override
  public String toString() {
    return "BlobsTestSource(" + numSamples + ", " + numClasses + ", " + seed + ")";
  }

  /** Its provenance: the configured fields. */
  public static final class BlobsProvenance extends SkeletalConfiguredObjectProvenance
      implements ConfiguredDataSourceProvenance {
    private static final long serialVersionUID = 1L;

    BlobsProvenance(BlobsTestSource host) {
      super(host, "DataSource");
    }

    public BlobsProvenance(Map<String, Provenance> map) {
      super(extract(map));
    }

    private static ExtractedInfo extract(Map<String, Provenance> map) {
      Map<String, Provenance> rest = new HashMap<>(map);
      String className =
          ObjectProvenance.checkAndExtractProvenance(
                  rest, CLASS_NAME, StringProvenance.class, "Blobs")
              .getValue();
      String host =
          ObjectProvenance.checkAndExtractProvenance(
                  rest, HOST_SHORT_NAME, StringProvenance.class, "Blobs")
              .getValue();
      return new ExtractedInfo(className, host, rest, Map.of());
    }
  }
}
