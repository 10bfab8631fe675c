package dev.noisebook.kernel;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The kernel's logo, drawn rather than stored: a noisy wave on a dark rounded square, so the
 * launcher needs no binary files in the repository and every size is sharp.
 */
final class Logo {
  private Logo() {}

  static void write(Path file, int size) throws IOException {
    var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    var g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0x1f2a44));
    g.fillRoundRect(0, 0, size, size, size / 4, size / 4);
    var wave = new Path2D.Double();
    var noise = new java.util.Random(7);
    for (int i = 0; i <= 32; i++) {
      double x = size * (0.1 + 0.8 * i / 32.0);
      double y =
          size * (0.5 - 0.25 * Math.sin(i / 32.0 * 2 * Math.PI) + 0.06 * noise.nextGaussian());
      if (i == 0) {
        wave.moveTo(x, y);
      } else {
        wave.lineTo(x, y);
      }
    }
    g.setColor(new Color(0xf2a541));
    g.setStroke(new BasicStroke(Math.max(1.5f, size / 16f)));
    g.draw(wave);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }
}
