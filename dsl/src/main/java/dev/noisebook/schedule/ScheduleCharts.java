package dev.noisebook.schedule;

import dev.noisebook.Chart;
import dev.noisebook.Schedule;
import dev.noisebook.chart.LineChart;
import dev.noisebook.check.Parameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Tabulating and drawing schedules; what {@link Schedule#values} and the plots use. */
public final class ScheduleCharts {
  /** Longer schedules are drawn at this many evenly spaced steps (the last step included). */
  public static final int MAX_POINTS = 4000;

  private static final int MAX_TITLE = 80;

  private ScheduleCharts() {}

  /** {@code schedule.at(0) .. schedule.at(steps - 1)}. */
  public static double[] values(Schedule schedule, long steps) {
    Parameters.atLeast("steps", steps, 0);
    if (steps > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "steps must fit in a Java array (<= " + (Integer.MAX_VALUE - 8) + "), got " + steps);
    }
    double[] values = new double[(int) steps];
    for (int t = 0; t < values.length; t++) {
      values[t] = schedule.at(t);
    }
    return values;
  }

  /** One schedule over steps {@code 0 .. steps-1}, titled by its text when that is short. */
  public static LineChart plot(Schedule schedule, long steps, String xAxis) {
    String text = schedule.toString();
    return plot(schedule, steps, text.length() <= MAX_TITLE ? text : schedule.name(), xAxis);
  }

  static LineChart plot(Schedule schedule, long steps, String title, String xAxis) {
    double[] x = sampledSteps(steps);
    double[][] points = drawable(x, valuesAt(schedule, x), false);
    return line(title, xAxis, schedule.quantity(), false)
        .series(schedule.name(), points[0], points[1]);
  }

  /**
   * Several schedules on one chart. Series are named by {@link Schedule#name()}, or by {@code
   * toString()} where two names collide (two cosines with different parameters).
   */
  public static LineChart compare(long steps, Schedule... schedules) {
    Parameters.notNull("schedules", schedules);
    if (schedules.length == 0) {
      throw new IllegalArgumentException("compare needs at least one schedule");
    }
    List<String> names = new ArrayList<>();
    for (Schedule s : schedules) {
      names.add(Parameters.notNull("a schedule to compare", s).name());
    }
    if (new HashSet<>(names).size() < names.size()) {
      names.clear();
      for (Schedule s : schedules) {
        names.add(s.toString());
      }
      Set<String> seen = new HashSet<>();
      for (String name : names) {
        if (!seen.add(name)) {
          throw new IllegalArgumentException(
              "two schedules to compare are both '" + name + "'; tell them apart with .named(...)");
        }
      }
    }
    Set<String> quantities = new HashSet<>();
    for (Schedule s : schedules) {
      quantities.add(s.quantity());
    }
    String yAxis = quantities.size() == 1 ? quantities.iterator().next() : Quantity.VALUE.label();
    String title = String.join(" vs ", names);
    LineChart chart =
        line(title.length() <= MAX_TITLE ? title : "schedules compared", "step", yAxis, false);
    double[] x = sampledSteps(steps);
    for (int i = 0; i < schedules.length; i++) {
      double[][] points = drawable(x, valuesAt(schedules[i], x), false);
      chart = chart.series(names.get(i), points[0], points[1]);
    }
    return chart;
  }

  /** An empty chart with this frame, on a log y axis if asked. */
  static LineChart line(String title, String xAxis, String yAxis, boolean logY) {
    LineChart chart = Chart.line(title).xAxis(xAxis).yAxis(yAxis);
    return logY ? chart.logY() : chart;
  }

  /**
   * The points of (x, y) that the axis can show: finite y, and positive y on a log axis. Returns
   * {x', y'}.
   */
  static double[][] drawable(double[] x, double[] y, boolean logY) {
    int kept = 0;
    double[] keptX = new double[x.length];
    double[] keptY = new double[y.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(y[i]) && (!logY || y[i] > 0)) {
        keptX[kept] = x[i];
        keptY[kept] = y[i];
        kept++;
      }
    }
    if (kept == 0) {
      throw new IllegalArgumentException("no value can be drawn on this axis");
    }
    return new double[][] {Arrays.copyOf(keptX, kept), Arrays.copyOf(keptY, kept)};
  }

  /** 0 .. steps-1, or MAX_POINTS evenly spaced steps ending at steps-1. */
  static double[] sampledSteps(long steps) {
    Parameters.atLeast("steps to plot", steps, 1);
    int n = (int) Math.min(steps, MAX_POINTS);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = n == steps ? i : Math.round((double) i * (steps - 1) / (n - 1));
    }
    return x;
  }

  private static double[] valuesAt(Schedule schedule, double[] steps) {
    double[] y = new double[steps.length];
    for (int i = 0; i < steps.length; i++) {
      y[i] = schedule.at((long) steps[i]);
    }
    return y;
  }
}
