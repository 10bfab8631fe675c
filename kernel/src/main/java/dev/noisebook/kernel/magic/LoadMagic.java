package dev.noisebook.kernel.magic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code %load}: runs a JShell script file in the notebook, as if its text were a cell, so shared
 * setup (imports, helpers, {@code %maven} lines) lives in one file.
 */
final class LoadMagic implements Magic {

  @Override
  public String name() {
    return "load";
  }

  @Override
  public String usage() {
    return "%load <file.jsh>";
  }

  @Override
  public String summary() {
    return "evaluate a file's Java (and magics) as if it were a cell";
  }

  @Override
  public String details() {
    return """
        %load setup.jsh evaluates the file's contents in the notebook, as a cell: Java,
        and magics on lines of their own. A relative path resolves in the kernel's working
        directory. The file's last value is the cell's value.""";
  }

  @Override
  public <R> R runLine(String args, MagicContext<R> context) {
    if (args.isBlank()) {
      throw new MagicException("%load needs a file: " + usage());
    }
    String typed = args.trim();
    Path file = context.resolve(typed);
    if (!Files.isRegularFile(file)) {
      throw new MagicException(
          "cannot %load " + typed + ": no such file (looked for " + file + ")");
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new MagicException("cannot %load " + typed + ": " + e.getMessage(), e);
    }
    return context.evaluateFile(file, text);
  }
}
