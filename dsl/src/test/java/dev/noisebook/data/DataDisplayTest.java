package dev.noisebook.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noisebook.Data;
import dev.noisebook.chart.Series;
import dev.noisebook.display.MimeBundle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DataDisplayTest {

  @Test
  void moonsRenderAsANonBlankScatterChartByClass() throws IOException {
    var chart = Data.moons().samples(300).plot();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));

    assertThat(chart.series()).extracting(Series::name).containsExactly("class 0", "class 1");
    assertThat(chart.series()).extracting(Series::size).containsExactly(150, 150);
    assertThat(chart.frame().xAxis()).isEqualTo("x1");
    assertThat(image.getWidth()).isEqualTo(640);
    Set<Integer> colours = new HashSet<>();
    int nonWhite = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        nonWhite += rgb == 0xFFFFFF ? 0 : 1;
      }
    }
    assertThat(colours.size()).isGreaterThan(10);
    assertThat(nonWhite).isGreaterThan(image.getWidth() * image.getHeight() / 50);
  }

  @Test
  void twoDimensionalLabelledDataShowsAPictureATableAndText() {
    MimeBundle bundle = Data.blobs(3).samples(30).mimeBundle();

    assertThat(bundle.get(MimeBundle.IMAGE_PNG)).isPresent();
    assertThat(Base64.getDecoder().decode(bundle.get(MimeBundle.IMAGE_PNG).orElseThrow()))
        .startsWith(0x89, 'P', 'N', 'G');
    assertThat(bundle.plain())
        .startsWith("blobs(classes=3, features=2, spread=1, box=10, samples=30, seed=1)\n")
        .contains("30 examples, 2 features, 3 classes")
        .contains("class 0: 10 (33.3%)");
    assertThat(bundle.get(MimeBundle.TEXT_HTML).orElseThrow())
        .contains("<td>0</td><td>10</td><td>33.3%</td>");
  }

  @Test
  void higherDimensionalDataShowsASummaryOnly() {
    var blobs = Data.blobs(10).features(20).samples(5_000).seed(7);
    MimeBundle bundle = blobs.mimeBundle();

    assertThat(blobs)
        .hasToString("blobs(classes=10, features=20, spread=1, box=10, samples=5000, seed=7)");
    assertThat(bundle.get(MimeBundle.IMAGE_PNG)).isEmpty();
    assertThat(bundle.plain())
        .contains("5000 examples, 20 features, 10 classes")
        .contains("class 9: 500 (10.0%)")
        .contains("x01: min ")
        .contains("... and 10 more features");
    assertThatThrownBy(blobs::plot)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has 20 features");
  }

  @Test
  void regressionDataShowsItsTargetRangeAndOneFeatureDataItsCurve() {
    MimeBundle friedman = Data.friedman1().samples(50).mimeBundle();
    MimeBundle sine = Data.sine().samples(50).mimeBundle();

    assertThat(friedman.get(MimeBundle.IMAGE_PNG)).isEmpty();
    assertThat(friedman.plain()).contains("target: min ");
    assertThat(friedman.get(MimeBundle.TEXT_HTML).orElseThrow()).contains("<td>target</td>");
    assertThat(sine.get(MimeBundle.IMAGE_PNG)).isPresent();
    assertThat(Data.sine().samples(50).plot().frame().yAxis()).isEqualTo("y");
  }

  @Test
  void everyGeneratorPrintsTheCallThatMakesIt() {
    assertThat(Data.moons()).hasToString("moons(noise=0.1, samples=1000, seed=1)");
    assertThat(Data.circles().factor(0.3))
        .hasToString("circles(noise=0.05, factor=0.3, samples=1000, seed=1)");
    assertThat(Data.checkerboard())
        .hasToString("checkerboard(classes=2, squares=4, min=-1, max=1, samples=1000, seed=1)");
    assertThat(Data.spirals(3).proportions(2, 1, 1))
        .hasToString(
            "spirals(classes=3, turns=1, noise=0.05, samples=1000, seed=1,"
                + " proportions=[2, 1, 1])");
    assertThat(Data.linear(2).weights(1, 2))
        .hasToString(
            "linear(features=2, weights=[1, 2], intercept=0, noise=0.1, samples=1000, seed=1)");
    assertThat(Data.sine())
        .hasToString("sine(frequency=1, min=-π, max=π, noise=0.1, samples=1000, seed=1)");
    assertThat(Data.friedman1())
        .hasToString("friedman1(features=10, noise=1, samples=1000, seed=1)");
    assertThat(Data.blobs(2).centres(new double[][] {{0, 0}, {1, 1}}))
        .hasToString("blobs(classes=2, features=2, spread=1, centres=fixed, samples=1000, seed=1)");
  }
}
