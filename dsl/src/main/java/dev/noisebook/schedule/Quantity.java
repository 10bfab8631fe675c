package dev.noisebook.schedule;

/**
 * What a schedule's value is: the y axis label of its plot, and the name its starting value goes by
 * in {@code toString()}.
 */
public enum Quantity {
  /** A plain number. */
  VALUE("value", "value"),
  /** The learning rate of an optimiser; its starting value is torch's {@code base_lr}. */
  LEARNING_RATE("learning rate", "base"),
  /** A softmax temperature τ (logits are divided by it); its starting value is τ₀. */
  TEMPERATURE("temperature", "tau0");

  private final String label;
  private final String initialName;

  Quantity(String label, String initialName) {
    this.label = label;
    this.initialName = initialName;
  }

  /** The axis label, e.g. {@code "learning rate"}. */
  public String label() {
    return label;
  }

  /** The name of the starting value, e.g. {@code "base"}. */
  public String initialName() {
    return initialName;
  }
}
