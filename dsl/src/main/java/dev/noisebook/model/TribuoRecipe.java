package dev.noisebook.model;

import dev.noisebook.check.Parameters;
import org.tribuo.DataSource;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;

/**
 * A model recipe trained by one of Tribuo's own trainers: each {@link #train} call builds a fresh
 * trainer from the recipe, so equal recipes give equal models and the model's provenance is the
 * trainer's.
 */
public interface TribuoRecipe {
  /** A fresh Tribuo trainer for this recipe. */
  Trainer<Label> trainer();

  /** Trains on {@code data} (not empty) with a fresh trainer. */
  default Model<Label> train(Dataset<Label> data) {
    if (Parameters.notNull("data", data).size() == 0) {
      throw new IllegalArgumentException("data must not be empty");
    }
    return trainer().train(data);
  }

  /** Trains on the examples of {@code source}, collected into a {@link MutableDataset}. */
  default Model<Label> train(DataSource<Label> source) {
    return train(new MutableDataset<>(Parameters.notNull("source", source)));
  }
}
