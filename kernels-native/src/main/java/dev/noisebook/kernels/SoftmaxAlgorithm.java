package dev.noisebook.kernels;

/**
 * How softmax walks a row. All give the same result to float rounding; they differ in passes over
 * memory and exponentials per element, so each wins at a different row length (see the README's
 * benchmark table).
 */
public enum SoftmaxAlgorithm {
  /** Reload while a row fits in cache, online with streaming stores beyond (measured crossover). */
  AUTO(0),
  /** Max; y = exp(x - max) stored and summed; y *= 1/sum. Three passes, one exp per element. */
  RELOAD(1),
  /**
   * One pass of the online normaliser (running max and rescaled sum), then y = exp(x - max)/sum:
   * two passes, from "Online normalizer calculation for softmax" (Milakov and Gimelshein, 2018).
   */
  ONLINE(2),
  /**
   * Sums exp(x) as (mantissa, exponent) pairs with no max pass, then rescales: "The Two-Pass
   * Softmax Algorithm" (Dukhan and Ablavatski, 2020). Logits divided by the temperature must stay
   * within ±2^20 (entries below count as masked); the most accurate for wide rows.
   */
  TWO_PASS(3);

  final int code;

  SoftmaxAlgorithm(int code) {
    this.code = code;
  }
}
