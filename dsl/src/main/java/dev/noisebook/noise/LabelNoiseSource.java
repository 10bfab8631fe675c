package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.IntProvenance;
import dev.noisebook.check.Parameters;
import dev.noisebook.display.MimeBundle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tribuo.DataSource;
import org.tribuo.Example;
import org.tribuo.classification.Label;

/**
 * A classification data source with noisy labels: each example of the wrapped source, its label
 * replaced by one a {@link LabelNoise} drew, its clean label kept under {@link
 * NoiseMetadata#CLEAN_LABEL}. Classes are indexed by {@code classes} when given, else by the sorted
 * label names of the wrapped source. Made by {@link LabelNoise#apply(DataSource)}; see {@link
 * NoiseSource} for copies, provenance and rebuilding. Shows itself as its realised noise matrix.
 */
public final class LabelNoiseSource extends NoiseSource<Label> {

  @Config(mandatory = true, description = "The label noise model.")
  private LabelNoise noise;

  @Config(description = "Class i is classes[i]; empty for the sorted label names of the source.")
  private List<String> classes = List.of();

  private List<String> classOrder = List.of();
  private NoisyLabels labels;

  private LabelNoiseSource() {}

  LabelNoiseSource(DataSource<Label> source, LabelNoise noise, List<String> classes) {
    super(source);
    this.noise = Parameters.notNull("label noise", noise);
    this.classes = List.copyOf(Parameters.notNull("class order", classes));
    postConfig();
  }

  @Override
  public LabelNoise noise() {
    return noise;
  }

  /** The class order used: class i is {@code classes().get(i)}. */
  public List<String> classes() {
    return classOrder;
  }

  /** The clean and noisy labels as class indices. */
  public NoisyLabels noisyLabels() {
    return labels;
  }

  /** The realised true-vs-observed counts, with class names. */
  public NoiseMatrix noiseMatrix() {
    return labels.matrix(classOrder);
  }

  @Override
  List<Example<Label>> corrupt(List<Example<Label>> clean) {
    classOrder = classOrder(clean);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < classOrder.size(); i++) {
      index.put(classOrder.get(i), i);
    }
    int[] y = new int[clean.size()];
    for (int i = 0; i < y.length; i++) {
      String name = clean.get(i).getOutput().getLabel();
      Integer k = index.get(name);
      if (k == null) {
        throw new IllegalArgumentException(
            "label '" + name + "' of example " + i + " is not among the classes " + classOrder);
      }
      y[i] = k;
    }
    labels = noise.apply(noise.needsFeatures() ? dense(clean) : null, y, classOrder.size());
    int[] noisy = labels.noisy();
    List<Example<Label>> out = new ArrayList<>(clean.size());
    for (int i = 0; i < noisy.length; i++) {
      Example<Label> example = withOutput(new Label(classOrder.get(noisy[i])), clean.get(i));
      NoiseMetadata.keep(example, NoiseMetadata.CLEAN_LABEL, classOrder.get(y[i]));
      out.add(example);
    }
    return out;
  }

  private List<String> classOrder(List<Example<Label>> clean) {
    if (!classes.isEmpty()) {
      if (new HashSet<>(classes).size() != classes.size()) {
        throw new IllegalArgumentException("the class order " + classes + " names a class twice");
      }
      return classes;
    }
    TreeSet<String> found = new TreeSet<>();
    for (Example<Label> example : clean) {
      found.add(example.getOutput().getLabel());
    }
    if (found.size() < 2) {
      throw new IllegalArgumentException(
          "label noise needs at least 2 classes, the data has " + found.size() + ": " + found);
    }
    return List.copyOf(found);
  }

  /** The features as a dense matrix over the sorted union of feature names (absent = 0). */
  private static double[][] dense(List<Example<Label>> examples) {
    TreeSet<String> names = new TreeSet<>();
    for (Example<Label> example : examples) {
      names.addAll(List.of(names(example)));
    }
    Map<String, Integer> column = new HashMap<>();
    for (String name : names) {
      column.put(name, column.size());
    }
    double[][] x = new double[examples.size()][names.size()];
    for (int i = 0; i < x.length; i++) {
      for (var feature : examples.get(i)) {
        x[i][column.get(feature.getName())] = feature.getValue();
      }
    }
    return x;
  }

  @Override
  String digestOf(Example<Label> noisy) {
    return noisy.getOutput().getLabel();
  }

  @Override
  Map<String, PrimitiveProvenance<?>> extraInstanceValues() {
    return Map.of(
        NoiseSourceProvenance.NUM_FLIPPED,
        new IntProvenance(NoiseSourceProvenance.NUM_FLIPPED, labels.flipped()));
  }

  @Override
  public MimeBundle mimeBundle() {
    return MimeBundle.text(toString()).withPng(noiseMatrix().heatmap().png());
  }

  @Override
  public String toString() {
    return super.toString()
        + ", "
        + labels.flipped()
        + " labels flipped ("
        + Text.percent(labels.flipRate())
        + ")";
  }
}
