package dev.noisebook.schedule;

import dev.noisebook.check.Parameters;
import java.util.Locale;

/**
 * How {@code n} inference timesteps are chosen among {@code T} training timesteps, as diffusers'
 * {@code timestep_spacing} (DDPMScheduler.set_timesteps). All three return timesteps in descending
 * order. For T = 1000, n = 10:
 *
 * <ul>
 *   <li>{@link #LEADING}: 900, 800, ..., 100, 0 (never starts at T - 1);
 *   <li>{@link #TRAILING}: 999, 899, ..., 199, 99 (always starts at T - 1: the fix in <i>Common
 *       Diffusion Noise Schedules and Sample Steps are Flawed</i>);
 *   <li>{@link #LINSPACE}: 999, 888, ..., 111, 0.
 * </ul>
 *
 * Rounding is numpy's (half to even).
 */
public enum TimestepSpacing {
  /** {@code arange(n)·(T // n)}, reversed, plus {@code steps_offset}. */
  LEADING {
    @Override
    int[] timesteps(int trainSteps, int n, int stepsOffset) {
      int ratio = trainSteps / n;
      int[] ts = new int[n];
      for (int i = 0; i < n; i++) {
        ts[i] = (n - 1 - i) * ratio + stepsOffset;
      }
      return ts;
    }
  },
  /**
   * {@code round(arange(T, 0, -T/n)) - 1}. Where numpy's float {@code arange} yields one element
   * too many (e.g. T = 17, n = 7) diffusers returns n + 1 timesteps ending in -1; this returns the
   * first n of them.
   */
  TRAILING {
    @Override
    int[] timesteps(int trainSteps, int n, int stepsOffset) {
      double[] x = Grid.arange(trainSteps, -((double) trainSteps / n), n);
      int[] ts = new int[n];
      for (int i = 0; i < n; i++) {
        ts[i] = (int) Math.rint(x[i]) - 1;
      }
      return ts;
    }
  },
  /** {@code round(linspace(0, T - 1, n))}, reversed. */
  LINSPACE {
    @Override
    int[] timesteps(int trainSteps, int n, int stepsOffset) {
      double[] x = Grid.linspace(0, trainSteps - 1, n);
      int[] ts = new int[n];
      for (int i = 0; i < n; i++) {
        ts[i] = (int) Math.rint(x[n - 1 - i]);
      }
      return ts;
    }
  };

  /** diffusers applies {@code steps_offset} to {@code "leading"} only. */
  abstract int[] timesteps(int trainSteps, int n, int stepsOffset);

  /** The diffusers config value: {@code "leading"}, {@code "trailing"} or {@code "linspace"}. */
  public String diffusersName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The spacing for diffusers' config value, e.g. {@code "trailing"}. */
  public static TimestepSpacing of(String diffusersName) {
    Parameters.notNull("timestep spacing", diffusersName);
    for (TimestepSpacing spacing : values()) {
      if (spacing.diffusersName().equals(diffusersName.toLowerCase(Locale.ROOT))) {
        return spacing;
      }
    }
    throw new IllegalArgumentException(
        "timestep spacing must be leading, trailing or linspace, got '" + diffusersName + "'");
  }
}
