package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vectorised exp: at most 3 ulp from Math.exp (double) over [-87, 88], checked on every 73rd
 * float bit pattern of that range (30.6 million inputs, both ends included; the exhaustive sweep of
 * native-kernels.md sec. 5.1 measured 2.02 ulp), and the documented special values: NaN stays NaN,
 * +inf and x > ln(FLT_MAX) give +inf, -inf and x < ln(FLT_MIN) give 0, exp(0) = 1.
 */
class ExpAccuracyTest {
  static final double MAX_ULP = 3;
  static final int STRIDE = 73;
  static final int BLOCK = 1 << 20;

  /** The float ulp at |v|: 2^(exponent - 23), for v in the normal float range. */
  static double ulp(double v) {
    return Math.scalb(1.0, Math.getExponent(v) - 23);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void withinThreeUlpOverTheRange(KernelPath path) {
    Kernels k = Kernels.of(path);
    // In increasing value: the negatives -87 .. -MIN_VALUE (magnitude bits falling), then +0 .. 88.
    int negFirst = Float.floatToRawIntBits(87f); // magnitude bits of -87, also the negatives' count
    int posLast = Float.floatToRawIntBits(88f);
    long count = (long) negFirst + posLast + 1;
    float[] x = new float[BLOCK + 2];
    float[] y = new float[BLOCK + 2];
    double worst = 0;
    float worstX = Float.NaN;
    long samples = 0;
    for (long start = 0; start < count; start += (long) STRIDE * BLOCK) {
      int n = 0;
      for (long i = start; i < count && n < BLOCK; i += STRIDE) {
        x[n++] = at(i, negFirst);
      }
      if (start + (long) STRIDE * BLOCK >= count) {
        x[n++] = 88f; // the upper end, whatever the stride
      }
      if (start == 0) {
        x[n++] = 37.821556f; // the worst input of the exhaustive sweep
      }
      k.exp(MemorySegment.ofArray(x), MemorySegment.ofArray(y), n);
      for (int i = 0; i < n; i++) {
        double ref = Math.exp(x[i]);
        double err = Math.abs(y[i] - ref) / ulp(ref);
        if (!(err <= worst)) {
          worst = err;
          worstX = x[i];
          if (Double.isNaN(err)) {
            break;
          }
        }
      }
      samples += n;
      assertTrue(
          worst <= MAX_ULP,
          path + ": exp(" + worstX + ") is " + worst + " ulp from " + Math.exp(worstX));
    }
    assertTrue(samples > 30_000_000, "only " + samples + " samples");
  }

  /** The i-th float of [-87, 88] in increasing order. */
  private static float at(long i, int negFirst) {
    return i < negFirst
        ? -Float.intBitsToFloat((int) (negFirst - i))
        : Float.intBitsToFloat((int) (i - negFirst));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void specialValues(KernelPath path) {
    float[] specials = {
      Float.NaN,
      Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY,
      89f,
      -90f,
      0f,
      -0f,
      88.8f,
      -87.5f,
      -1000f,
      1000f,
      Float.MAX_VALUE,
      -Float.MAX_VALUE
    };
    float[] expected = {
      Float.NaN,
      Float.POSITIVE_INFINITY,
      0f,
      Float.POSITIVE_INFINITY,
      0f,
      1f,
      1f,
      Float.POSITIVE_INFINITY,
      0f,
      0f,
      Float.POSITIVE_INFINITY,
      Float.POSITIVE_INFINITY,
      0f
    };
    // Every special at every position of a 37-float array: vector bodies and tails alike.
    SplittableRandom rnd = new SplittableRandom(80);
    for (int s = 0; s < specials.length; s++) {
      for (int pos = 0; pos < 37; pos += 5) {
        float[] x = Reference.gaussian(rnd, 37, 0, 3);
        x[pos] = specials[s];
        float[] y = new float[37];
        Kernels.of(path).exp(x, y);
        assertEquals(expected[s], y[pos], path + ": exp(" + specials[s] + ") at position " + pos);
        for (int i = 0; i < 37; i++) {
          if (i != pos) {
            double ref = Math.exp(x[i]);
            assertTrue(Math.abs(y[i] - ref) <= MAX_ULP * ulp(ref), path + ": neighbour " + i);
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void edgesOfTheFiniteRange(KernelPath path) {
    float[] x = {88.7f, 88.72f, -87.3f, -87.33f, 1e-7f, -1e-7f, 1f, -1f};
    float[] y = new float[x.length];
    Kernels.of(path).exp(x, y);
    for (int i = 0; i < x.length; i++) {
      double ref = Math.exp(x[i]);
      assertTrue(
          Math.abs(y[i] - ref) <= MAX_ULP * ulp(ref),
          path + ": exp(" + x[i] + ") = " + y[i] + ", expected " + ref);
    }
  }
}
