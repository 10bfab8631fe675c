package dev.noisebook.kernel.jshell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Javadoc as JShell returns it (raw comment text with inline tags and HTML) turned into the plain
 * text that Jupyter's inspect pane shows: inline tags reduced to their text, HTML tags dropped,
 * comment indentation removed.
 */
final class JavadocText {
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*([^{}]*)}");
  private static final Pattern SENTENCE_END = Pattern.compile("\\.(\\s|$)");

  private JavadocText() {}

  /** The whole comment as plain text. */
  static String plain(String javadoc) {
    String text = javadoc;
    for (Matcher tag = INLINE_TAG.matcher(text); tag.find(); tag = INLINE_TAG.matcher(text)) {
      text = text.substring(0, tag.start()) + inlineText(tag) + text.substring(tag.end());
    }
    text = text.replaceAll("</?p>", "\n").replaceAll("<[^>]+>", "");
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return text.lines().map(String::strip).collect(Collectors.joining("\n")).strip();
  }

  /** The first sentence, on one line. */
  static String summary(String javadoc) {
    String text = plain(javadoc).split("\\n\\s*\\n", 2)[0].replace('\n', ' ');
    Matcher end = SENTENCE_END.matcher(text);
    return end.find() ? text.substring(0, end.start() + 1) : text;
  }

  /** {@code {@code x}} to x, {@code {@link A#b label}} to label, {@code {@link A#b}} to A.b. */
  private static String inlineText(Matcher tag) {
    String body = tag.group(2).strip();
    if (tag.group(1).startsWith("link")) {
      int end = referenceEnd(body);
      body = end < body.length() ? body.substring(end).strip() : body.replace('#', '.');
      return body.startsWith(".") ? body.substring(1) : body;
    }
    return body;
  }

  /** Where the reference of a link ends: the first space outside its parameter list. */
  private static int referenceEnd(String body) {
    int depth = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (Character.isWhitespace(c) && depth <= 0) {
        return i;
      }
    }
    return body.length();
  }
}
