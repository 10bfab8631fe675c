package dev.noisebook.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.noisebook.kernel.jshell.Evaluator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Writes a self-contained kernelspec folder for {@code jupyter kernelspec install}: kernel.json
 * naming this JVM's {@code java} by absolute path (so a machine whose default java is older still
 * starts the kernel), the JVM options the DSL needs, the logos, and a copy of every jar of this
 * JVM's class path in {@code lib/}, found again at start through {@code {resource_dir}}.
 */
@Command(
    name = "kernelspec",
    description = "Write a kernelspec folder (kernel.json, logos, lib/) to DIR.")
final class KernelSpecCommand implements Callable<Integer> {
  /** The kernel's ahead-of-time cache, in the kernelspec folder. */
  static final String AOT_CACHE_FILE = "noisebook.aot";

  /**
   * JVM options of the kernel: native kernels, Tribuo's protobuf, JShell's class map (cells stay
   * fast as the notebook grows), headless charts, deep cells, and the ahead-of-time cache beside
   * kernel.json ({@value #AOT_CACHE_FILE}), which {@code train_startup_cache.py} writes at install
   * from a real session: loaded classes and the method profiles of javac's hot paths, so the kernel
   * starts and gets fast sooner. Without the file the JVM starts as usual; the log options keep its
   * messages out of the Jupyter terminal.
   */
  static final List<String> JVM_OPTIONS =
      List.of(
          "--enable-native-access=ALL-UNNAMED",
          "--sun-misc-unsafe-memory-access=allow",
          Evaluator.JVM_OPTION,
          "-Djava.awt.headless=true",
          "-Xss8m",
          "-XX:+UseParallelGC",
          "-XX:AOTCache={resource_dir}/" + AOT_CACHE_FILE,
          "-Xlog:cds*=off",
          "-Xlog:aot*=off");

  @Parameters(paramLabel = "DIR", description = "the folder to write (created if missing)")
  Path dir;

  @Option(names = "--display-name", description = "the name Jupyter shows")
  String displayName = "Noisebook (Java " + Runtime.version().feature() + ")";

  @Override
  public Integer call() throws IOException {
    Path lib = dir.resolve("lib");
    Files.createDirectories(lib);
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(
            "the kernelspec copies jars, but the class path has " + entry + "; run from jars");
      }
      Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    new ObjectMapper()
        .writerWithDefaultPrettyPrinter()
        .writeValue(dir.resolve("kernel.json").toFile(), kernelJson());
    Logo.write(dir.resolve("logo-32x32.png"), 32);
    Logo.write(dir.resolve("logo-64x64.png"), 64);
    System.out.println("kernelspec written to " + dir.toAbsolutePath());
    return 0;
  }

  private ObjectNode kernelJson() {
    ObjectNode json = new ObjectMapper().createObjectNode();
    List<String> argv = new ArrayList<>();
    argv.add(ProcessHandle.current().info().command().orElseThrow());
    argv.addAll(JVM_OPTIONS);
    argv.addAll(
        List.of(
            "-cp", "{resource_dir}/lib/*", Main.class.getName(), "kernel", "{connection_file}"));
    argv.forEach(json.putArray("argv")::add);
    json.put("display_name", displayName);
    json.put("language", "java");
    json.put("interrupt_mode", "message");
    json.putObject("env");
    json.putObject("metadata").put("debugger", false);
    return json;
  }
}
