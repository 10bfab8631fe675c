package dev.noisebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noisebook.chart.ChartFiles;
import dev.noisebook.display.MimeBundle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChartRenderingTest {

  static Stream<Chart> everyKind() {
    double[] t = new double[200];
    double[] a = new double[200];
    double[] b = new double[200];
    for (int i = 0; i < t.length; i++) {
      t[i] = i;
      a[i] = Math.cos(i / 200.0 * Math.PI / 2);
      b[i] = 1 - i / 200.0;
    }
    return Stream.of(
        Chart.line("alpha bar")
            .xAxis("timestep t")
            .yAxis("alpha bar")
            .series("cosine", t, a)
            .series("linear", t, b)
            .size(500, 300),
        Chart.scatter("two classes")
            .xAxis("x1")
            .yAxis("x2")
            .byClass(new double[] {0, 1, 2, 3}, new double[] {1, 0, 3, 2}, new int[] {0, 1, 0, 1})
            .size(500, 300),
        Chart.heatmap("noise matrix", new double[][] {{0.8, 0.2}, {0.3, 0.7}})
            .xAxis("observed class")
            .yAxis("true class")
            .size(500, 300),
        Chart.bar("accuracy", "CE", "GCE", "SCE")
            .yAxis("test accuracy")
            .bars("40% noise", 0.61, 0.72, 0.70)
            .size(500, 300));
  }

  @ParameterizedTest
  @MethodSource("everyKind")
  void rendersAValidNonBlankPngOfTheRequestedSize(Chart chart) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(500);
    assertThat(image.getHeight()).isEqualTo(300);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours).as("distinct colours of a drawn chart").hasSizeGreaterThan(8);
  }

  @ParameterizedTest
  @MethodSource("everyKind")
  void showsInANotebookAsPngWithATextSummary(Chart chart) {
    MimeBundle bundle = chart.mimeBundle();
    assertThat(bundle.plain()).contains(chart.frame().title());
    byte[] png = Base64.getDecoder().decode(bundle.get(MimeBundle.IMAGE_PNG).orElseThrow());
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void savesPngAndSvgByExtension(@TempDir Path dir) throws IOException {
    Chart chart = everyKind().findFirst().orElseThrow();
    Path png = chart.save(dir.resolve("c.png").toString());
    Path svg = chart.save(dir.resolve("c.svg").toString());
    assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    assertThat(Files.readString(svg)).contains("<svg");
    assertThatThrownBy(() -> chart.save(dir.resolve("c.pdf").toString()))
        .hasMessageContaining(".png or .svg")
        .hasMessageContaining("c.pdf");
  }

  @Test
  void nudgesOnlyEvenlySpacedXValues() {
    double[] even = {0, 1, 2, 3, 4};
    double[] nudged = ChartFiles.breakEvenSpacing(even);
    assertThat(nudged[4])
        .isNotEqualTo(4.0)
        .isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(even[4]).as("the caller's array is untouched").isEqualTo(4.0);
    double[] uneven = {0, 1, 3, 4};
    assertThat(ChartFiles.breakEvenSpacing(uneven)).isSameAs(uneven);
  }

  @Test
  void badShapesAreNamed() {
    assertThatThrownBy(() -> Chart.line("x").series("s", new double[] {1, 2}, new double[] {1}))
        .hasMessageContaining("x has 2 values but y has 1");
    assertThatThrownBy(() -> Chart.heatmap("m", new double[][] {{1, 2}, {3}}))
        .hasMessageContaining("row 1 has 1 values but row 0 has 2");
    assertThatThrownBy(() -> Chart.bar("b", "a", "b").bars("s", 1))
        .hasMessageContaining("2 categories need as many values, got 1");
    assertThatThrownBy(
            () -> Chart.line("x").series("s", new double[] {1}).series("s", new double[] {2}))
        .hasMessageContaining("already has a series named 's'");
    assertThatThrownBy(() -> Chart.line("empty").png()).hasMessageContaining("has no series yet");
    assertThatThrownBy(() -> Chart.line("x").size(10, 10)).hasMessageContaining("100..8000");
    assertThatThrownBy(() -> Chart.scatter("s").byClass(new double[2], new double[2], new int[1]))
        .hasMessageContaining("got 2, 2 and 1");
    assertThat(List.of(Chart.line("t").series("s", new double[] {1}).toString()))
        .allMatch(s -> s.contains("LineChart \"t\""));
  }
}
