package dev.noisebook.train;

import dev.noisebook.Chart;
import dev.noisebook.chart.LineChart;
import dev.noisebook.display.Displayable;
import dev.noisebook.display.MimeBundle;
import dev.noisebook.display.Numbers;
import java.util.Base64;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The per-epoch record of a fit ({@link EpochStats}), shown as two line charts against the epoch:
 * the training (and validation) loss, and the accuracies with the memorisation rate, with the
 * number of epochs the fit was asked for (more than it ran when it was interrupted or stopped
 * early). Immutable.
 */
public record History(List<EpochStats> epochs, int planned) implements Displayable {
  /**
   * The most epochs a chart draws: a long fit's curve is drawn from evenly spaced epochs (the last
   * one always included), so each live update costs the same however long the fit has run.
   */
  static final int MAX_PLOTTED = 1000;

  /** {@code planned} is the number of epochs the fit was asked for. */
  public History {
    epochs = List.copyOf(epochs);
  }

  public int size() {
    return epochs.size();
  }

  /** The last epoch's stats; fails on an empty history. */
  public EpochStats last() {
    if (epochs.isEmpty()) {
      throw new IllegalStateException("the history has no epoch yet");
    }
    return epochs.getLast();
  }

  /** One column of the history, e.g. {@code column(EpochStats::loss)}. */
  public double[] column(ToDoubleFunction<EpochStats> field) {
    return epochs.stream().mapToDouble(field).toArray();
  }

  /** Training loss per epoch, with the validation loss when there is a validation split. */
  public LineChart lossChart() {
    return plot(
        Chart.line("Loss").xAxis("epoch").yAxis("loss"),
        "train",
        EpochStats::loss,
        "validation",
        EpochStats::validationLoss);
  }

  /** Accuracy (noisy labels), clean accuracy, memorisation rate and validation accuracy. */
  public LineChart accuracyChart() {
    LineChart chart =
        plot(
            Chart.line("Accuracy").xAxis("epoch").yAxis("fraction"),
            "accuracy (training labels)",
            EpochStats::accuracy,
            "accuracy (clean labels)",
            EpochStats::cleanAccuracy);
    return plot(
        chart,
        "memorisation",
        EpochStats::memorisation,
        "validation accuracy",
        EpochStats::validationAccuracy);
  }

  private LineChart plot(
      LineChart chart,
      String first,
      ToDoubleFunction<EpochStats> a,
      String second,
      ToDoubleFunction<EpochStats> b) {
    return series(series(chart, first, a), second, b);
  }

  private LineChart series(LineChart chart, String name, ToDoubleFunction<EpochStats> field) {
    List<EpochStats> plotted = plotted();
    double[] y = plotted.stream().mapToDouble(field).toArray();
    for (double v : y) {
      if (Double.isNaN(v)) {
        return chart;
      }
    }
    double[] x = plotted.stream().mapToDouble(EpochStats::epoch).toArray();
    return y.length == 0 ? chart : chart.series(name, x, y);
  }

  /** At most {@link #MAX_PLOTTED} epochs, evenly spaced, ending with the last. */
  private List<EpochStats> plotted() {
    int n = epochs.size();
    if (n <= MAX_PLOTTED) {
      return epochs;
    }
    return IntStream.range(0, MAX_PLOTTED)
        .mapToObj(i -> epochs.get((int) ((long) i * (n - 1) / (MAX_PLOTTED - 1))))
        .toList();
  }

  @Override
  public MimeBundle mimeBundle() {
    MimeBundle text = MimeBundle.text(toString());
    LineChart loss = lossChart();
    if (loss.series().isEmpty()) {
      return text; // no epoch yet, or a loss that is not a number
    }
    byte[] png = loss.png();
    LineChart accuracy = accuracyChart();
    String html = image(png) + (accuracy.series().isEmpty() ? "" : image(accuracy.png()));
    return text.withPng(png).withHtml(html);
  }

  private static String image(byte[] png) {
    return "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\">";
  }

  @Override
  public String toString() {
    String count =
        epochs.size() == planned
            ? planned + " epochs"
            : epochs.size() + " of " + planned + " epochs";
    if (epochs.isEmpty()) {
      return "History(" + count + ", training)";
    }
    EpochStats e = last();
    return "History("
        + count
        + ", loss "
        + Numbers.short4(e.loss())
        + ", accuracy "
        + Numbers.short4(e.accuracy())
        + ", clean accuracy "
        + Numbers.short4(e.cleanAccuracy())
        + ", memorisation "
        + Numbers.short4(e.memorisation())
        + ")";
  }
}
