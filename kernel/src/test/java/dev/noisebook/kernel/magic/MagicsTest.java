package dev.noisebook.kernel.magic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noisebook.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MagicsTest {
  @TempDir Path workingDirectory;
  @TempDir Path remoteDir;
  @TempDir Path localRepository;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private long savedSeed;
  private FakeSession session;
  private Magics magics;

  @BeforeEach
  void setUp() {
    savedOut = System.out;
    savedSeed = Seeds.defaultSeed();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    session = new FakeSession(workingDirectory);
    magics = new Magics(new MavenResolver(localRepository, List.of(remoteDir.toUri())));
  }

  @AfterEach
  void tearDown() {
    System.setOut(savedOut);
    Seeds.setDefault(savedSeed);
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aCellWithoutMagicsIsEvaluatedAsItIs() {
    assertThat(magics.run("int x = 7 % 2;", session)).isEqualTo("value of int x = 7 % 2;");
    assertThat(session.evaluated).containsExactly("int x = 7 % 2;");
  }

  @Test
  void aBlankCellOrFileIsDoneWithoutEvaluating() throws IOException {
    Files.writeString(workingDirectory.resolve("empty.jsh"), "\n\n");

    assertThat(magics.run("  \n", session)).isEqualTo(FakeSession.DONE);
    assertThat(magics.run("%load empty.jsh", session)).isEqualTo(FakeSession.DONE);
    assertThat(session.evaluated).isEmpty();
  }

  @Test
  void javaBeforeEachMagicIsEvaluatedFirstAndTheLastStepIsTheOutcome() {
    String outcome = magics.run("int a = 1;\n%seed 42\nlong s = 2;\na + s", session);

    assertThat(session.evaluated).containsExactly("int a = 1;", "long s = 2;\na + s");
    assertThat(Seeds.defaultSeed()).isEqualTo(42L);
    assertThat(outcome).isEqualTo("value of long s = 2;\na + s");
  }

  @Test
  void aCellEndingInAMagicHasTheMagicsOutcome() {
    assertThat(magics.run("int a = 1;\n%seed 5", session)).isEqualTo(FakeSession.DONE);
  }

  @Test
  void theCellStopsAtTheFirstFailedStep() {
    String outcome = magics.run("FAIL();\n%seed 9\nnever();", session);

    assertThat(outcome).isEqualTo(FakeSession.FAILED);
    assertThat(session.evaluated).containsExactly("FAIL();");
    assertThat(Seeds.defaultSeed()).isEqualTo(savedSeed);
  }

  @Test
  void anUnknownMagicIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> magics.run("%foo bar", session))
        .isInstanceOf(MagicException.class)
        .hasMessage(
            "unknown magic %foo; known: %classpath, %help, %load, %lsmagic, %maven, %seed, %time");
    assertThatThrownBy(() -> magics.run("%%foo\nx", session))
        .isInstanceOf(MagicException.class)
        .hasMessage("unknown cell magic %%foo; cell magics: %%time");
    assertThatThrownBy(() -> magics.run("%%seed 3\nx", session))
        .isInstanceOf(MagicException.class)
        .hasMessage("%seed is a line magic only; cell magics: %%time");
  }

  @Test
  void namesListsEveryMagic() {
    assertThat(magics.names())
        .containsExactly("classpath", "help", "load", "lsmagic", "maven", "seed", "time");
    assertThat(Magics.hasMagic("%seed")).isTrue();
    assertThat(Magics.hasMagic("1 % 2")).isFalse();
  }

  @Test
  void classpathListsTheSessionsEntries() {
    magics.run("%classpath", session);
    assertThat(printed()).contains("The class path is empty.");

    session.classpath.add(Path.of("/opt/a.jar"));
    magics.run("%classpath", session);
    assertThat(printed()).contains("/opt/a.jar");
  }

  @Test
  void classpathAddsFilesAndGlobsRelativeToTheWorkingDirectory() throws IOException {
    Path lib = Files.createDirectories(workingDirectory.resolve("lib"));
    Files.createFile(lib.resolve("b.jar"));
    Files.createFile(lib.resolve("a.jar"));
    Files.createFile(lib.resolve("notes.txt"));
    Path classes = Files.createDirectories(workingDirectory.resolve("classes"));

    String outcome = magics.run("%classpath lib/*.jar classes", session);

    assertThat(outcome).isEqualTo(FakeSession.DONE);
    assertThat(session.classpath)
        .containsExactly(lib.resolve("a.jar"), lib.resolve("b.jar"), classes);
    assertThat(printed()).contains("Added to the class path:").contains("b.jar");

    magics.run("%classpath lib/a.jar", session);
    assertThat(session.classpath).hasSize(3);
    assertThat(printed()).contains("Already on the class path");
  }

  @Test
  void classpathNamesAPathThatDoesNotExistAndAddsNothing() throws IOException {
    Files.createFile(workingDirectory.resolve("here.jar"));

    assertThatThrownBy(() -> magics.run("%classpath here.jar missing.jar", session))
        .isInstanceOf(MagicException.class)
        .hasMessageContaining("no such file or directory: missing.jar")
        .hasMessageContaining(workingDirectory.resolve("missing.jar").toString());
    assertThatThrownBy(() -> magics.run("%classpath nolib/*.jar", session))
        .isInstanceOf(MagicException.class)
        .hasMessageContaining("no files match nolib/*.jar");
    assertThat(session.classpath).isEmpty();
  }

  @Test
  void mavenAddsTheResolvedJarsAndSaysWhich() throws IOException {
    new TestRepository(remoteDir).publish("core", "1.0").publish("app", "2.0", "core:1.0:compile");

    magics.run("%maven " + TestRepository.GROUP + ":app:2.0", session);

    assertThat(session.classpath)
        .extracting(jar -> jar.getFileName().toString())
        .containsExactly("app-2.0.jar", "core-1.0.jar");
    assertThat(printed())
        .contains("Added 2 jars:")
        .contains("app-2.0.jar")
        .contains("core-1.0.jar");

    magics.run("%maven " + TestRepository.GROUP + ":core:1.0", session);
    assertThat(session.classpath).hasSize(2);
  }

  @Test
  void classpathTakesQuotedPathsWithSpacesAndPathSeparators() throws IOException {
    Path spaced = Files.createDirectories(workingDirectory.resolve("my classes"));
    Path other = Files.createDirectories(workingDirectory.resolve("other"));

    magics.run("%classpath \"my classes\"" + java.io.File.pathSeparator + "other", session);

    assertThat(session.classpath).containsExactly(spaced, other);
    assertThatThrownBy(() -> magics.run("%classpath \"unclosed", session))
        .isInstanceOf(MagicException.class)
        .hasMessageContaining("unbalanced");
  }

  @Test
  void mavenNamesABadCoordinate() {
    assertThatThrownBy(() -> magics.run("%maven junit", session))
        .isInstanceOf(MagicException.class)
        .hasMessageContaining("'junit'");
    assertThatThrownBy(() -> magics.run("%maven", session))
        .isInstanceOf(MagicException.class)
        .hasMessageContaining("%maven needs coordinates");
  }

  @Test
  void timePrintsTheWallTimeOfALineOrACell() {
    assertThat(magics.run("%time work()", session)).isEqualTo("value of work()");
    assertThat(printed()).containsPattern("Wall time: \\d+(\\.\\d+)? (µs|ms|s)");

    assertThat(magics.run("%%time\nint a = 1;\n%seed 4\na", session)).isEqualTo("value of a");
    assertThat(session.evaluated).containsExactly("work()", "int a = 1;", "a");
    assertThat(Seeds.defaultSeed()).isEqualTo(4L);
  }

  @Test
  void timeFormatsInAReadableUnit() {
    assertThat(TimeMagic.format(512_000)).isEqualTo("512 µs");
    assertThat(TimeMagic.format(12_345_678)).isEqualTo("12.3 ms");
    assertThat(TimeMagic.format(2_500_000_000L)).isEqualTo("2.50 s");
  }

  @Test
  void loadEvaluatesAFileWithMagicsInside() throws IOException {
    Files.writeString(
        workingDirectory.resolve("setup.jsh"), "import java.util.*;\n%seed 11\nvar x = 3;\n");

    String outcome = magics.run("%load setup.jsh", session);

    assertThat(session.evaluated).containsExactly("import java.util.*;", "var x = 3;");
    assertThat(Seeds.defaultSeed()).isEqualTo(11L);
    assertThat(outcome).isEqualTo("value of var x = 3;");
  }

  @Test
  void loadNamesAMissingFileAndACycle() throws IOException {
    assertThatThrownBy(() -> magics.run("%load nope.jsh", session))
        .isInstanceOf(MagicException.class)
        .hasMessageContaining("cannot %load nope.jsh: no such file");
    Files.writeString(workingDirectory.resolve("self.jsh"), "int y = 1;\n%load self.jsh\n");
    assertThatThrownBy(() -> magics.run("%load self.jsh", session))
        .isInstanceOf(MagicException.class)
        .hasMessageContaining("loads itself again");
  }

  @Test
  void seedPrintsOrSetsTheDefaultSeed() {
    magics.run("%seed 123", session);
    assertThat(Seeds.defaultSeed()).isEqualTo(123L);
    magics.run("%seed", session);
    assertThat(printed()).contains("Default seed: 123");
    assertThatThrownBy(() -> magics.run("%seed abc", session))
        .isInstanceOf(MagicException.class)
        .hasMessageContaining("not 'abc'");
  }

  @Test
  void lsmagicListsLineAndCellMagics() {
    magics.run("%lsmagic", session);

    assertThat(printed())
        .contains(
            "Available line magics:\n%classpath  %help  %load  %lsmagic  %maven  %seed  %time")
        .contains("Available cell magics:\n%%time");
  }

  @Test
  void helpListsEveryMagicOrDescribesOne() {
    magics.run("%help", session);
    assertThat(printed().lines().filter(line -> line.startsWith("%"))).hasSize(7);
    assertThat(printed()).contains("%maven groupId:artifactId:version");

    magics.run("%help %%time", session);
    assertThat(printed()).contains("%%time         on a cell's first line");
    assertThatThrownBy(() -> magics.run("%help nope", session))
        .isInstanceOf(MagicException.class)
        .hasMessageStartingWith("unknown magic %nope; known: %classpath");
  }

  @Test
  void extraMagicsJoinTheBuiltInOnes() {
    Magic hello =
        new Magic() {
          @Override
          public String name() {
            return "hello";
          }

          @Override
          public String usage() {
            return "%hello";
          }

          @Override
          public String summary() {
            return "greets";
          }

          @Override
          public <R> R runLine(String args, MagicContext<R> context) {
            context.out().println("hello " + args);
            return context.session().done();
          }
        };
    Magics withHello = new Magics(new MavenResolver(), hello);

    withHello.run("%hello world", session);

    assertThat(withHello.names()).contains("hello");
    assertThat(printed()).contains("hello world");
  }
}
