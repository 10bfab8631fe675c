package dev.noisebook.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noisebook.Schedule;
import dev.noisebook.chart.LineChart;
import dev.noisebook.display.MimeBundle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every family draws itself: a non-blank PNG with axes that name their units. */
class ScheduleChartTest {

  static Stream<LineChart> oneChartPerFamily() {
    var lr = Schedule.learningRate(0.1);
    BetaSchedule zeroSnr = Schedule.diffusion().linear(1e-4, 0.02, 1000).zeroTerminalSnr();
    return Stream.of(
        lr.cosine(1000).plot(),
        lr.linearWarmup(100).then(100, lr.cosineWithRestarts(100, 2, 0)).plot(1000),
        Schedule.temperature(1.0).gumbelSoftmax(1e-4, 0.5, 500).plot(),
        Schedule.piecewise(new long[] {300, 600}, 1, 0.5, 0.1).plot(),
        Schedule.diffusion().cosine(1000).plot(),
        zeroSnr.plot("beta"),
        zeroSnr.plot("alphaBar"),
        zeroSnr.plot("snr"),
        zeroSnr.plot("logSnr"),
        Schedule.compare(1000, lr.cosine(1000), lr.step(300, 0.5), lr.oneCycle(1000)));
  }

  @ParameterizedTest
  @MethodSource("oneChartPerFamily")
  void rendersANonBlankPng(LineChart chart) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
    assertThat(image).isNotNull();
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours).as("distinct colours of a drawn chart").hasSizeGreaterThan(8);
    assertThat(chart.frame().xAxis()).matches("(step|timestep t).*");
    assertThat(chart.frame().yAxis()).isNotBlank();
  }

  @Test
  void axesNameWhatIsDrawn() {
    LineChart lr = Schedule.learningRate(0.1).cosine(100).plot();
    assertThat(lr.frame().xAxis()).isEqualTo("step");
    assertThat(lr.frame().yAxis()).isEqualTo("learning rate");
    assertThat(lr.frame().title()).isEqualTo("cosine(base=0.1, tMax=100, etaMin=0)");
    assertThat(lr.series().getFirst().size()).as("steps 0..tMax").isEqualTo(101);
    assertThat(Schedule.temperature(1).exponential(0.9).plot(10).frame().yAxis())
        .isEqualTo("temperature");
    BetaSchedule beta = Schedule.diffusion().scaledLinear(0.00085, 0.012, 1000);
    assertThat(beta.plot().frame().xAxis()).isEqualTo("timestep t");
    assertThat(beta.plot().frame().title())
        .isEqualTo("scaledLinear(betaStart=0.00085, betaEnd=0.012, T=1000)");
    assertThat(beta.plot("snr").logarithmicY()).isTrue();
    assertThat(beta.plot("logSnr").logarithmicY()).isFalse();
    assertThat(beta.plot("logSnr").frame().yAxis()).isEqualTo("log SNR (natural log)");
  }

  @Test
  void aZeroTerminalSnrPlotLeavesOutOnlyThePointTheAxisCannotShow() {
    BetaSchedule zero = Schedule.diffusion().cosine(1000).zeroTerminalSnr();
    LineChart snr = zero.plot("snr");
    assertThat(snr.series().getFirst().size()).isEqualTo(999);
    assertThat(snr.frame().xAxis())
        .isEqualTo("timestep t (1 step(s) with SNR = 0 are off this axis)");
    assertThat(zero.plot("alphaBar").series().getFirst().size()).isEqualTo(1000);
  }

  @Test
  void compareNamesOneSeriesPerSchedule() {
    var lr = Schedule.learningRate(0.1);
    LineChart byName = Schedule.compare(100, lr.cosine(100), lr.exponential(0.97));
    assertThat(byName.series()).extracting(s -> s.name()).containsExactly("cosine", "exponential");
    assertThat(byName.frame().yAxis()).isEqualTo("learning rate");
    LineChart twoCosines = Schedule.compare(100, lr.cosine(100), lr.cosine(50));
    assertThat(twoCosines.series())
        .extracting(s -> s.name())
        .containsExactly(
            "cosine(base=0.1, tMax=100, etaMin=0)", "cosine(base=0.1, tMax=50, etaMin=0)");
    LineChart mixed = Schedule.compare(10, lr.cosine(10), Schedule.temperature(1).linear(0.5, 10));
    assertThat(mixed.frame().yAxis()).isEqualTo("value");
  }

  @Test
  void longSchedulesAreDrawnAtBoundedPointsIncludingTheLastStep() {
    LineChart chart = Schedule.learningRate(0.1).cosine(1_000_000).plot();
    var series = chart.series().getFirst();
    assertThat(series.size()).isEqualTo(ScheduleCharts.MAX_POINTS);
    assertThat(series.x()[series.size() - 1]).isEqualTo(1_000_000);
  }

  @Test
  void showsInANotebookAsItsPlotWithItsRecipeAsText() {
    Schedule schedule = Schedule.learningRate(0.1).oneCycle(500);
    MimeBundle bundle = schedule.mimeBundle();
    assertThat(bundle.plain()).isEqualTo(schedule.toString());
    byte[] png = Base64.getDecoder().decode(bundle.get(MimeBundle.IMAGE_PNG).orElseThrow());
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    assertThat(Schedule.diffusion().laplace(1000).mimeBundle().plain())
        .startsWith("laplace(T=1000)");
  }
}
