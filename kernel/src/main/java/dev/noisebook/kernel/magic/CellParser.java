package dev.noisebook.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cell into steps with IPython's grammar: a first line {@code %%name args} makes the whole
 * cell a cell magic; otherwise every line whose first non-blank character is {@code %} is a line
 * magic, and the Java lines between magics form chunks. Java never starts a line with {@code %},
 * except inside a text block, whose lines are therefore left as Java.
 */
final class CellParser {
  private static final Pattern MAGIC_LINE = Pattern.compile("\\s*(%%?)(\\S*)\\s*(.*?)\\s*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
  private static final String TEXT_BLOCK_QUOTES = "\"\"\"";

  private CellParser() {}

  /** Whether any line of {@code cell} is a magic line (first non-blank character {@code %}). */
  static boolean hasMagic(String cell) {
    boolean inTextBlock = false;
    for (String line : cell.split("\r?\n", -1)) {
      if (!inTextBlock && isMagicLine(line)) {
        return true;
      }
      inTextBlock ^= opensOrClosesTextBlock(line);
    }
    return false;
  }

  /** The steps of {@code cell}; blank Java chunks are dropped, trailing blanks stripped. */
  static List<Step> parse(String cell) {
    String[] lines = cell.split("\r?\n", -1);
    int first = 0;
    while (first < lines.length && lines[first].isBlank()) {
      first++;
    }
    if (first < lines.length && lines[first].stripLeading().startsWith("%%")) {
      Matcher head = match(lines[first]);
      String body = String.join("\n", List.of(lines).subList(first + 1, lines.length));
      return List.of(new Step.CellMagic(head.group(2), head.group(3), body));
    }
    List<Step> steps = new ArrayList<>();
    StringBuilder java = new StringBuilder();
    boolean inTextBlock = false;
    for (String line : lines) {
      if (!inTextBlock && isMagicLine(line)) {
        flush(java, steps);
        Matcher magic = match(line);
        if (magic.group(1).equals("%%")) {
          throw new MagicException(
              "cell magic %%" + magic.group(2) + " must be on the cell's first line");
        }
        steps.add(new Step.LineMagic(magic.group(2), magic.group(3)));
      } else {
        java.append(line).append('\n');
        inTextBlock ^= opensOrClosesTextBlock(line);
      }
    }
    flush(java, steps);
    return steps;
  }

  private static Matcher match(String line) {
    Matcher matcher = MAGIC_LINE.matcher(line);
    if (!matcher.matches()) {
      throw new IllegalStateException("not a magic line: " + line);
    }
    String name = matcher.group(2);
    if (!NAME.matcher(name).matches()) {
      throw new MagicException(
          name.isEmpty()
              ? "a magic needs a name after " + matcher.group(1) + " (see %lsmagic)"
              : "not a magic name: " + matcher.group(1) + name);
    }
    return matcher;
  }

  private static boolean isMagicLine(String line) {
    return line.stripLeading().startsWith("%");
  }

  /** An odd number of {@code """} on a line opens or closes a text block. */
  private static boolean opensOrClosesTextBlock(String line) {
    int count = 0;
    for (int at = line.indexOf(TEXT_BLOCK_QUOTES);
        at >= 0;
        at = line.indexOf(TEXT_BLOCK_QUOTES, at + TEXT_BLOCK_QUOTES.length())) {
      count++;
    }
    return count % 2 == 1;
  }

  private static void flush(StringBuilder java, List<Step> steps) {
    if (!java.toString().isBlank()) {
      steps.add(new Step.Java(java.toString().stripTrailing()));
    }
    java.setLength(0);
  }
}
