package dev.noisebook.kernel.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jars and class directories added at run time are visible to later cells. */
class EvaluatorClasspathTest {
  @TempDir Path temp;

  @Test
  void aJarAddedLaterCompilesAndLoadsInLaterCells() throws IOException {
    Path jar = jarOf(compile("extra.Greeter", "public static String hello() { return \"hi\"; }"));
    try (Evaluator evaluator = Evaluator.start(List.of())) {
      assertThat(evaluator.eval("extra.Greeter.hello()")).isInstanceOf(Outcome.Failure.class);
      evaluator.addToClasspath(List.of(jar));
      assertThat(evaluator.eval("extra.Greeter.hello()")).isEqualTo(new Outcome.Value(true, "hi"));
      assertThat(evaluator.classpath()).containsExactly(jar.toAbsolutePath());
    }
  }

  @Test
  void aClassDirectoryWorksTooAndCellsSeeItThroughTheContextClassLoader() throws IOException {
    Path classes = compile("extra.Counter", "public static int one() { return 1; }");
    try (Evaluator evaluator = Evaluator.start(List.of())) {
      evaluator.addToClasspath(List.of(classes));
      assertThat(evaluator.eval("import extra.Counter; Counter.one()"))
          .isEqualTo(new Outcome.Value(true, 1));
      assertThat(
              evaluator.eval(
                  "Class.forName(\"extra.Counter\", true,"
                      + " Thread.currentThread().getContextClassLoader()).getSimpleName()"))
          .isEqualTo(new Outcome.Value(true, "Counter"));
    }
  }

  @Test
  void startingLeavesTheCallersContextClassLoaderAlone() {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    Evaluator evaluator = Evaluator.start(List.of());
    try {
      assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    } finally {
      evaluator.close();
    }
  }

  /** Compiles class {@code name} with {@code body} into a fresh directory. */
  private Path compile(String name, String body) throws IOException {
    int dot = name.lastIndexOf('.');
    Path sources = Files.createDirectories(temp.resolve("src"));
    Path source = sources.resolve(name.substring(dot + 1) + ".java");
    Files.writeString(
        source,
        "package "
            + name.substring(0, dot)
            + "; public class "
            + name.substring(dot + 1)
            + " { "
            + body
            + " }");
    Path classes = Files.createTempDirectory(temp, "classes");
    int status =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-d", classes.toString(), source.toString());
    assertThat(status).isZero();
    return classes;
  }

  private Path jarOf(Path classes) throws IOException {
    Path jar = temp.resolve("extra.jar");
    try (var out = new JarOutputStream(Files.newOutputStream(jar));
        var files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
    return jar;
  }
}
