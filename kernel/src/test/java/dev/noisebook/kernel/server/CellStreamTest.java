package dev.noisebook.kernel.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CellStreamTest {
  private final List<String> batches = new CopyOnWriteArrayList<>();
  private final CellStream stream = new CellStream(batches::add);

  @Test
  void aMillionLinesTravelInFewBatchesCompleteAndInOrder() {
    var out = new PrintStream(stream, false, StandardCharsets.UTF_8);
    for (int i = 0; i < 1_000_000; i++) {
      out.println(i);
    }
    out.flush();
    stream.flush();
    String all = String.join("", batches);
    String[] lines = all.split("\n");
    assertThat(lines).hasSize(1_000_000);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].equals(Integer.toString(i))) {
        throw new AssertionError("line " + i + " is " + lines[i]);
      }
    }
    assertThat(batches.size()).isLessThan(all.length() / CellStream.BATCH_CHARS + 10);
  }

  /**
   * JShell joins every live thread of a cell's thread group before the cell ends, so the timer,
   * which its executor creates on some first write, must not join the writer's group.
   */
  @Test
  void theTimerThreadJoinsNoCellsThreadGroup() throws InterruptedException {
    Thread writer =
        new Thread(new ThreadGroup("a cell"), () -> stream.write("x".getBytes(UTF_8), 0, 1));
    writer.start();
    writer.join();
    stream.flush();
    Thread timer =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().equals("noisebook-stream-timer"))
            .findFirst()
            .orElseThrow();
    assertThat(timer.getThreadGroup().getParent()).as("the timer's group's parent").isNull();
  }

  @Test
  void aCharacterSplitAcrossWritesArrivesWhole() {
    byte[] utf8 = "ᾱ_t → 0".getBytes(StandardCharsets.UTF_8);
    for (byte b : utf8) {
      stream.write(b);
    }
    stream.flush();
    assertThat(String.join("", batches)).isEqualTo("ᾱ_t → 0");
  }

  @Test
  void aLonePrintLeavesOnItsOwnShortlyAfter() throws InterruptedException {
    stream.write("progress 1%\n".getBytes(StandardCharsets.UTF_8), 0, 12);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (batches.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(batches).containsExactly("progress 1%\n");
  }
}
