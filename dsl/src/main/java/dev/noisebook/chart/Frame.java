package dev.noisebook.chart;

import java.util.Objects;

/**
 * What every chart has around its data: a title, axis labels that name their units, and a size in
 * pixels.
 */
public record Frame(String title, String xAxis, String yAxis, int width, int height) {
  public static final int DEFAULT_WIDTH = 640;
  public static final int DEFAULT_HEIGHT = 400;

  public Frame {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(xAxis, "xAxis");
    Objects.requireNonNull(yAxis, "yAxis");
    if (width < 100 || height < 100 || width > 8000 || height > 8000) {
      throw new IllegalArgumentException(
          "chart size must lie in 100..8000 pixels each way, got " + width + " x " + height);
    }
  }

  public static Frame titled(String title) {
    return new Frame(title, "", "", DEFAULT_WIDTH, DEFAULT_HEIGHT);
  }

  Frame withXAxis(String label) {
    return new Frame(title, label, yAxis, width, height);
  }

  Frame withYAxis(String label) {
    return new Frame(title, xAxis, label, width, height);
  }

  Frame withSize(int width, int height) {
    return new Frame(title, xAxis, yAxis, width, height);
  }
}
