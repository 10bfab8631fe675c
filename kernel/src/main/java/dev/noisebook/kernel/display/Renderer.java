package dev.noisebook.kernel.display;

import dev.noisebook.display.Displayable;
import dev.noisebook.display.MimeBundle;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Turns a cell's value into the MIME bundle the notebook shows. DSL values render themselves
 * ({@link Displayable}); images and XChart charts become PNG; arrays print their elements; anything
 * else prints its {@code toString()}. Every bundle has text/plain, for clients that show only text.
 */
public final class Renderer {
  private Renderer() {}

  /** The bundle for {@code value} (which may be null). */
  public static MimeBundle render(Object value) {
    return switch (value) {
      case null -> MimeBundle.text("null");
      case MimeBundle bundle -> bundle;
      case Displayable displayable -> displayable.mimeBundle();
      case RenderedImage image ->
          MimeBundle.text(image.getWidth() + "×" + image.getHeight() + " image")
              .withPng(png(image));
      case Chart<?, ?> chart ->
          MimeBundle.text(chart.getClass().getSimpleName() + " \"" + chart.getTitle() + "\"")
              .withPng(png(chart));
      case Object[] array -> MimeBundle.text(Arrays.deepToString(array));
      default -> MimeBundle.text(value.getClass().isArray() ? primitiveArray(value) : text(value));
    };
  }

  private static String text(Object value) {
    return String.valueOf(value);
  }

  private static String primitiveArray(Object array) {
    return Arrays.deepToString(new Object[] {array}).replaceAll("^\\[|\\]$", "");
  }

  private static byte[] png(RenderedImage image) {
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the image as PNG", e);
    }
    return out.toByteArray();
  }

  private static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw the chart as PNG", e);
    }
  }
}
