package dev.noisebook.train;

import dev.noisebook.Chart;
import dev.noisebook.chart.LineChart;
import dev.noisebook.display.Displayable;
import dev.noisebook.display.MimeBundle;
import dev.noisebook.display.Numbers;
import java.util.Base64;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The per-epoch record of a fit ({@link EpochStats}), shown as two line charts against the epoch:
 * the training (and validation) loss, and the accuracies with the memorisation rate, with the
 * number of epochs the fit was asked for (more than it ran when it was interrupted or stopped
 * early). Immutable.
 */
public record History(List<EpochStats> epochs, int planned) implements Displayable {

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
    double[] y = column(field);
    for (double v : y) {
      if (Double.isNaN(v)) {
        return chart;
      }
    }
    return y.length == 0 ? chart : chart.series(name, column(EpochStats::epoch), y);
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
