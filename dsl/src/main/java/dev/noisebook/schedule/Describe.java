package dev.noisebook.schedule;

import dev.noisebook.display.Numbers;

/** The readable text of schedules: {@code name(param=value, ...)} with short numbers. */
final class Describe {
  private Describe() {}

  static String short4(double value) {
    return Numbers.short4(value);
  }

  static String call(String name, Object... keysAndValues) {
    return Numbers.call(name, keysAndValues);
  }

  static String num(double value) {
    return Numbers.format(value);
  }

  /** A schedule's text; a lambda's class name is no text, so a lambda shows as its name. */
  static String schedule(Object schedule) {
    if (schedule.getClass().isHidden() && schedule instanceof dev.noisebook.Schedule s) {
      return s.name();
    }
    return schedule.toString();
  }
}
