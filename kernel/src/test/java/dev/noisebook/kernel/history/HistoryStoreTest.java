package dev.noisebook.kernel.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noisebook.kernel.history.HistoryStore.Entry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
  @TempDir Path dir;

  private Path file() {
    return dir.resolve("noisebook").resolve("history.jsonl");
  }

  @Test
  void theFirstSessionIsOneAndEntriesComeBackInOrder() {
    HistoryStore store = HistoryStore.open(file());
    store.add(1, "int x = 1;", null);
    store.add(2, "x + 1", "2");

    assertThat(store.session()).isEqualTo(1);
    assertThat(store.tail(10))
        .containsExactly(new Entry(1, 1, "int x = 1;", null), new Entry(1, 2, "x + 1", "2"));
    assertThat(Files.exists(file())).isTrue();
  }

  @Test
  void aRestartedKernelGetsTheNextSessionAndSeesThePreviousOnes() {
    HistoryStore first = HistoryStore.open(file());
    first.add(1, "var a = 1;", null);
    first.add(2, "a", "1");

    HistoryStore second = HistoryStore.open(file());
    second.add(1, "a * 2", "2");

    assertThat(second.session()).isEqualTo(2);
    assertThat(second.tail(2))
        .containsExactly(new Entry(1, 2, "a", "1"), new Entry(2, 1, "a * 2", "2"));
    assertThat(second.range(-1, 1, 0)).extracting(Entry::input).containsExactly("var a = 1;", "a");
    assertThat(second.range(0, 1, 0)).extracting(Entry::input).containsExactly("a * 2");
    assertThat(HistoryStore.open(file()).session()).isEqualTo(3);
  }

  @Test
  void kernelsThatOpenButRunNothingStillTakeASessionNumber() {
    HistoryStore.open(file());
    HistoryStore.open(file());

    assertThat(HistoryStore.open(file()).session()).isEqualTo(3);
  }

  @Test
  void rangeFollowsJupyterSemantics() {
    HistoryStore store = HistoryStore.open(file());
    for (int line = 1; line <= 5; line++) {
      store.add(line, "cell " + line, null);
    }

    assertThat(store.range(1, 2, 4)).extracting(Entry::line).containsExactly(2, 3);
    assertThat(store.range(0, 3, 0)).extracting(Entry::line).containsExactly(3, 4, 5);
    assertThat(store.range(store.session(), 1, 2)).extracting(Entry::line).containsExactly(1);
    assertThat(store.range(7, 1, 0)).isEmpty();
  }

  @Test
  void tailTakesTheNewestAcrossSessions() {
    HistoryStore first = HistoryStore.open(file());
    first.add(1, "a", null);
    first.add(2, "b", null);
    HistoryStore second = HistoryStore.open(file());
    second.add(1, "c", null);

    assertThat(second.tail(2)).extracting(Entry::input).containsExactly("b", "c");
    assertThat(second.tail(0)).extracting(Entry::input).containsExactly("a", "b", "c");
  }

  @Test
  void searchMatchesGlobsNewestNAndOptionallyUnique() {
    HistoryStore store = HistoryStore.open(file());
    store.add(1, "plot(a)", null);
    store.add(2, "int a = 1;", null);
    store.add(3, "plot(b)", null);
    store.add(4, "plot(a)", null);
    store.add(5, "plot(\na)", null);

    assertThat(store.search("plot(?)", 0, false)).extracting(Entry::line).containsExactly(1, 3, 4);
    assertThat(store.search("plot*", 2, false)).extracting(Entry::line).containsExactly(4, 5);
    assertThat(store.search("plot(?)", 0, true)).extracting(Entry::line).containsExactly(3, 4);
    assertThat(store.search("*a*", 0, false)).hasSize(4);
    assertThat(store.search("int a = 1;", 0, false)).extracting(Entry::line).containsExactly(2);
    assertThat(store.search("[ab]", 0, false)).isEmpty();
  }

  @Test
  void aTornLastLineIsSkippedAndTheNextAppendStaysReadable() throws IOException {
    HistoryStore first = HistoryStore.open(file());
    first.add(1, "kept", null);
    Files.writeString(file(), "{\"session\":1,\"line\":2,\"inp", StandardOpenOption.APPEND);

    HistoryStore second = HistoryStore.open(file());
    second.add(1, "after", "ok");

    assertThat(second.session()).isEqualTo(2);
    assertThat(second.tail(10)).extracting(Entry::input).containsExactly("kept", "after");
  }

  @Test
  void garbageLinesAnywhereAreSkipped() throws IOException {
    Files.createDirectories(file().getParent());
    Files.writeString(
        file(),
        """
        not json
        [1, 2]
        {"session": "x"}
        {"session": 4, "line": 1, "input": "survivor"}

        """);

    HistoryStore store = HistoryStore.open(file());

    assertThat(store.session()).isEqualTo(5);
    assertThat(store.tail(10)).containsExactly(new Entry(4, 1, "survivor", null));
  }

  @Test
  void openingRewritesAFileOverTheCapKeepingTheNewestEntriesAndSessionNumbers() throws IOException {
    HistoryStore first = HistoryStore.open(file(), 3);
    for (int line = 1; line <= 5; line++) {
      first.add(line, "old " + line, null);
    }
    HistoryStore second = HistoryStore.open(file(), 3);
    second.add(1, "new", null);

    assertThat(second.session()).isEqualTo(2);
    assertThat(second.tail(0))
        .extracting(Entry::input)
        .containsExactly("old 3", "old 4", "old 5", "new");
    assertThat(Files.readAllLines(file(), StandardCharsets.UTF_8)).hasSize(4 + 2);

    HistoryStore third = HistoryStore.open(file(), 3);
    assertThat(third.session()).isEqualTo(3);
    assertThat(third.tail(0)).extracting(Entry::input).containsExactly("old 4", "old 5", "new");
    assertThat(Files.readAllLines(file(), StandardCharsets.UTF_8)).hasSize(3 + 3);
  }

  @Test
  void twoKernelsAppendingAtOnceLoseNothing() throws Exception {
    HistoryStore one = HistoryStore.open(file());
    HistoryStore two = HistoryStore.open(file());
    int perKernel = 200;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (HistoryStore store : List.of(one, two)) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int line = 1; line <= perKernel; line++) {
                    store.add(
                        line, "session " + store.session() + " cell " + line, "x".repeat(line));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(one.range(1, 1, 0)).hasSize(perKernel);
    assertThat(one.range(2, 1, 0)).hasSize(perKernel);
    assertThat(one.tail(0)).hasSize(2 * perKernel);
  }

  @Test
  void aKernelInAnotherProcessAppendingAtTheSameTimeLosesNothing() throws Exception {
    HistoryStore here = HistoryStore.open(file());
    int cells = 300;
    Process other =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HistoryAppender.class.getName(),
                file().toString(),
                Integer.toString(cells))
            .redirectErrorStream(true)
            .start();
    BufferedReader otherOutput =
        new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
    assertThat(otherOutput.readLine()).isEqualTo("2");
    for (int line = 1; line <= cells; line++) {
      here.add(line, "this process cell " + line, null);
    }
    String rest = otherOutput.lines().collect(Collectors.joining("\n"));
    assertThat(other.waitFor()).as(rest).isZero();

    assertThat(here.range(1, 1, 0)).hasSize(cells);
    assertThat(here.range(2, 1, 0)).hasSize(cells);
    assertThat(Files.readAllLines(file(), StandardCharsets.UTF_8)).hasSize(2 * cells + 2);
  }

  @Test
  void defaultFileFollowsJupyterCore() {
    assertThat(HistoryStore.defaultFile())
        .endsWithRaw(Path.of("jupyter", "noisebook", "history.jsonl"));
    assertThat(
            JupyterDataDir.of(
                java.util.Map.of("JUPYTER_DATA_DIR", "/data/j", "XDG_DATA_HOME", "/x"),
                "/home/u",
                "Linux"))
        .isEqualTo(Path.of("/data/j"));
    assertThat(JupyterDataDir.of(java.util.Map.of("XDG_DATA_HOME", "/x"), "/home/u", "Linux"))
        .isEqualTo(Path.of("/x/jupyter"));
    assertThat(JupyterDataDir.of(java.util.Map.of(), "/home/u", "Linux"))
        .isEqualTo(Path.of("/home/u/.local/share/jupyter"));
    assertThat(JupyterDataDir.of(java.util.Map.of("XDG_DATA_HOME", ""), "/home/u", "Linux"))
        .isEqualTo(Path.of("/home/u/.local/share/jupyter"));
    assertThat(JupyterDataDir.of(java.util.Map.of(), "/Users/u", "Mac OS X"))
        .isEqualTo(Path.of("/Users/u/Library/Jupyter"));
  }

  @Test
  void longOutputsAreCutAndInputsAreRequired() {
    HistoryStore store = HistoryStore.open(file());
    store.add(1, "big()", "x".repeat(HistoryStore.MAX_OUTPUT_CHARS + 5));

    String output = store.tail(1).getFirst().output();
    assertThat(output).hasSize(HistoryStore.MAX_OUTPUT_CHARS + HistoryStore.CUT.length());
    assertThat(output).endsWith(HistoryStore.CUT);
    assertThatThrownBy(() -> store.add(2, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a history entry needs its input");
  }

  @Test
  void anUnusableFileIsNamedInTheError() throws IOException {
    Path notADirectory = Files.createFile(dir.resolve("plain"));

    assertThatThrownBy(() -> HistoryStore.open(notADirectory.resolve("history.jsonl")))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining(
            "cannot use the history file " + notADirectory.resolve("history.jsonl"));
  }

  @Test
  void aNonPositiveCapIsRefused() {
    assertThatThrownBy(() -> HistoryStore.open(file(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cap must be positive");
  }
}
