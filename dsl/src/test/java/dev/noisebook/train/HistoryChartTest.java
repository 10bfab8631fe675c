package dev.noisebook.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HistoryChartTest {
  private static History history(int epochs) {
    List<EpochStats> stats =
        IntStream.rangeClosed(1, epochs)
            .mapToObj(e -> new EpochStats(e, 1.0 / e, 0.5, 0.6, 0.1, Double.NaN, Double.NaN))
            .toList();
    return new History(stats, epochs);
  }

  @Test
  void aLongFitsCurveDrawsABoundedNumberOfEvenlySpacedEpochsEndingWithTheLast() {
    var chart = history(250_000).lossChart();
    var series = chart.series().getFirst();
    assertThat(series.x()).hasSize(History.MAX_PLOTTED);
    assertThat(series.x()[0]).isEqualTo(1);
    assertThat(series.x()[History.MAX_PLOTTED - 1]).isEqualTo(250_000);
    assertThat(history(250_000).column(EpochStats::loss)).hasSize(250_000);
  }

  @Test
  void aShortFitDrawsEveryEpoch() {
    assertThat(history(40).lossChart().series().getFirst().x()).hasSize(40);
  }

  @Test
  void renderingALongHistoryIsAsCheapAsAShortOne() {
    // Not a timing assertion: the PNG of 250,000 epochs has as few points as that of 1,000, so it
    // renders at all (before, a live update of a long fit drew every epoch and stalled the cell).
    assertThat(history(250_000).mimeBundle().data()).containsKey("image/png");
  }
}
