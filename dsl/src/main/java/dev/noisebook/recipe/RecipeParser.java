package dev.noisebook.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Reads a recipe: {@code expr := call ('.' call)*}, {@code call := name '(' [arg (',' arg)*] ')'},
 * {@code arg := number | "string" | null | true | false | '[' numbers ']' | SYMBOL | expr}. An
 * integer literal reads as a {@code Long} and a list of them as a {@code long[]} (exact even past
 * 2^53, for step counts); other numbers as {@code Double} and {@code double[]}. A name without
 * {@code (} is a symbol, an enum constant. The first call goes to the caller's {@code root}, each
 * {@code .call} to the value so far through {@link RecipeCalls#invoke}; every error names the
 * position.
 */
public final class RecipeParser {
  private final String kind;
  private final String text;
  private final BiFunction<String, List<Object>, Object> root;
  private int at;

  /**
   * @param kind what the text is, for messages: {@code "loss recipe"}, {@code "schedule recipe"}
   * @param root builds the value that the first call names from its arguments
   */
  public RecipeParser(String kind, String text, BiFunction<String, List<Object>, Object> root) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(kind + " is empty");
    }
    this.kind = kind;
    this.text = text;
    this.root = root;
  }

  /** The value the whole text describes. */
  public Object parse() {
    Object value = expression();
    skipSpaces();
    if (at != text.length()) {
      throw error("unexpected text");
    }
    return value;
  }

  private Object expression() {
    int start = position();
    String name = name();
    List<Object> args = arguments();
    Object value = at(start, () -> root.apply(name, args));
    while (peek('.')) {
      at++;
      int callStart = position();
      String method = name();
      Object target = value;
      List<Object> methodArgs = arguments();
      value =
          at(
              callStart,
              () -> RecipeCalls.invoke(kind, target.getClass(), target, method, methodArgs));
    }
    return value;
  }

  /** Makes a call, adding where it starts to the message of a rejected one. */
  private Object at(int start, Supplier<Object> call) {
    try {
      return call.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          e.getMessage() + ", at position " + start + " of " + kind + " " + text, e);
    }
  }

  private List<Object> arguments() {
    expect('(');
    List<Object> args = new ArrayList<>();
    if (consume(')')) {
      return args;
    }
    do {
      args.add(argument());
    } while (consume(','));
    expect(')');
    return args;
  }

  private Object argument() {
    skipSpaces();
    if (at == text.length()) {
      throw error("expected an argument");
    }
    char c = text.charAt(at);
    if (c == '[') {
      return array();
    }
    if (c == '"') {
      return string();
    }
    if (c == '-'
        || c == '+'
        || Character.isDigit(c)
        || startsWord("NaN")
        || startsWord("Infinity")) {
      return number();
    }
    for (String word : new String[] {"null", "true", "false"}) {
      if (startsWord(word)) {
        at += word.length();
        return word.equals("null") ? null : Boolean.valueOf(word);
      }
    }
    int start = at;
    String name = name();
    if (peek('(')) {
      at = start;
      return expression();
    }
    return new Symbol(name);
  }

  private boolean startsWord(String word) {
    int end = at + word.length();
    return text.startsWith(word, at)
        && (end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end)));
  }

  private Object array() {
    at++;
    List<Object> values = new ArrayList<>();
    if (!peek(']')) {
      do {
        values.add(number());
      } while (consume(','));
    }
    expect(']');
    if (!values.isEmpty() && values.stream().allMatch(Long.class::isInstance)) {
      return values.stream().mapToLong(Long.class::cast).toArray();
    }
    return values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
  }

  /** {@code "..."} with {@code \"} and {@code \\} as the only escapes, as RecipeWriter writes. */
  private String string() {
    int start = at++;
    StringBuilder out = new StringBuilder();
    while (at < text.length() && text.charAt(at) != '"') {
      char c = text.charAt(at++);
      if (c == '\\' && at < text.length()) {
        c = text.charAt(at++);
      }
      out.append(c);
    }
    if (at == text.length()) {
      at = start;
      throw error("unterminated string");
    }
    at++;
    return out.toString();
  }

  /** A {@code Long} for an integer literal that fits, else a {@code Double}. */
  private Object number() {
    skipSpaces();
    int start = at;
    while (at < text.length() && "+-.0123456789eEInfinityNa".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String token = text.substring(start, at);
    try {
      return token.matches("[+-]?\\d+") ? integer(token) : (Object) Double.parseDouble(token);
    } catch (NumberFormatException e) {
      at = start;
      throw error("expected a number");
    }
  }

  /** An integer past the range of {@code long} reads as the nearest double, as Java's would. */
  private static Object integer(String token) {
    try {
      return Long.parseLong(token);
    } catch (NumberFormatException tooLong) {
      return Double.parseDouble(token);
    }
  }

  private String name() {
    skipSpaces();
    int start = at;
    while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
      at++;
    }
    if (start == at) {
      throw error("expected a name");
    }
    return text.substring(start, at);
  }

  private int position() {
    skipSpaces();
    return at;
  }

  private boolean peek(char c) {
    skipSpaces();
    return at < text.length() && text.charAt(at) == c;
  }

  private boolean consume(char c) {
    if (peek(c)) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!consume(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private void skipSpaces() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(kind + " " + text + ": " + what + " at position " + at);
  }
}
