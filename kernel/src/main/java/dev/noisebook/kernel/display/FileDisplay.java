package dev.noisebook.kernel.display;

import dev.noisebook.display.MimeBundle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link Notebook}'s calls outside a notebook (a headless {@code ./noisebook run} or a JShell
 * session): a displayed image is written to {@code display-N.png} (or {@code .svg}) in a folder and
 * its name printed, other values print their text; an update rewrites the same file, so a live
 * training curve ends as its final picture. The same script thus runs in a notebook and headless.
 */
public final class FileDisplay implements DisplaySink {
  private final Path folder;
  private final AtomicInteger count = new AtomicInteger();
  private final Map<String, Path> files = new ConcurrentHashMap<>();
  private BufferedReader console;

  private FileDisplay(Path folder) {
    this.folder = folder;
  }

  /**
   * Makes display calls write into {@code folder}. DSL live displays (a fit's curve) keep their
   * headless default, one line of text: a script asks for the pictures it wants with {@code
   * display(...)} or {@code save(...)}, not one file per running fit.
   */
  public static void installIn(Path folder) {
    Notebook.install(new FileDisplay(folder));
  }

  @Override
  public void display(MimeBundle bundle, String displayId, boolean update) {
    String png = bundle.data().get(MimeBundle.IMAGE_PNG);
    String svg = bundle.data().get(MimeBundle.IMAGE_SVG);
    if (png == null && svg == null) {
      System.out.println(bundle.data().get(MimeBundle.TEXT_PLAIN));
      return;
    }
    Path file =
        files.computeIfAbsent(
            displayId,
            id ->
                folder.resolve(
                    "display-" + count.incrementAndGet() + (png != null ? ".png" : ".svg")));
    try {
      if (png != null) {
        Files.write(file, Base64.getDecoder().decode(png));
      } else {
        Files.writeString(file, svg, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    if (!update) {
      System.out.println(bundle.data().get(MimeBundle.TEXT_PLAIN) + " -> " + file.getFileName());
    }
  }

  @Override
  public void clearOutput(boolean wait) {}

  @Override
  public synchronized String input(String prompt, boolean password) {
    System.out.print(prompt);
    System.out.flush();
    try {
      if (console == null) {
        console = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      }
      String line = console.readLine();
      if (line == null) {
        throw new IllegalStateException("no input: standard input is closed");
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }
}
