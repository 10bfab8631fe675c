package dev.noisebook.kernel.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random damage to a message's frames, for fuzz tests: flips, cuts, drops, swaps, junk. */
public final class Mutations {
  private Mutations() {}

  public static List<byte[]> mutate(List<byte[]> frames, SplittableRandom random) {
    List<byte[]> out = new ArrayList<>();
    frames.forEach(f -> out.add(f.clone()));
    int changes = 1 + random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      int i = random.nextInt(out.size());
      byte[] frame = out.get(i);
      switch (random.nextInt(6)) {
        case 0 -> {
          if (frame.length > 0) {
            frame[random.nextInt(frame.length)] ^= (byte) (1 << random.nextInt(8));
          }
        }
        case 1 -> out.set(i, java.util.Arrays.copyOf(frame, random.nextInt(frame.length + 1)));
        case 2 -> {
          if (out.size() > 1) {
            out.remove(i);
          }
        }
        case 3 -> java.util.Collections.swap(out, i, random.nextInt(out.size()));
        case 4 -> {
          byte[] junk = new byte[random.nextInt(64)];
          random.nextBytes(junk);
          out.add(random.nextInt(out.size() + 1), junk);
        }
        default -> out.set(i, "{\"msg_type\":\"execute_request\"}".getBytes());
      }
    }
    return out;
  }
}
