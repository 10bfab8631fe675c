package dev.noisebook.kernel.magic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noisebook.kernel.history.HistoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MagicHistoryTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private FakeSession session;
  private Magics magics;

  @BeforeEach
  void setUp() {
    savedOut = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    Path file = dir.resolve("history.jsonl");
    HistoryStore previous = HistoryStore.open(file);
    previous.add(1, "plot(noisy)", null);
    HistoryStore store = HistoryStore.open(file);
    store.add(1, "int a = 1;", null);
    store.add(2, "plot(clean)\n  .show()", null);
    session = new FakeSession(dir);
    magics = new Magics(new MavenResolver(dir.resolve("m2"), List.of()), new HistoryMagic(store));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void listsThisSessionsInputs() {
    magics.run("%history", session);

    assertThat(printed()).isEqualTo("1: int a = 1;\n2: plot(clean)\n     .show()\n");
  }

  @Test
  void listsTheLastInputsOfAllSessionsOrThoseMatching() {
    magics.run("%history -l 3", session);
    assertThat(printed()).startsWith("1/1: plot(noisy)\n1: int a = 1;\n");

    printed.reset();
    magics.run("%history -g plot", session);
    assertThat(printed()).startsWith("1/1: plot(noisy)\n2: plot(clean)");
  }

  @Test
  void explainsArgumentsItDoesNotUnderstand() {
    assertThatThrownBy(() -> magics.run("%history -l none", session))
        .isInstanceOf(MagicException.class)
        .hasMessage("%history -l needs a positive count, not 'none'");
    assertThatThrownBy(() -> magics.run("%history 1-3", session))
        .isInstanceOf(MagicException.class)
        .hasMessageStartingWith("%history does not understand '1-3'");
  }
}
