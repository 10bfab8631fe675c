package dev.noisebook.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link LossRecipe}: {@code expr := call ('.' call)*}, {@code call := name '(' [arg (','
 * arg)*] ')'}, {@code arg := number | null | true | false | '[' numbers ']' | expr}.
 */
final class RecipeParser {
  private final String text;
  private int at;

  RecipeParser(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("loss recipe is empty");
    }
    this.text = text;
  }

  Object parse() {
    Object value = expression();
    skipSpaces();
    if (at != text.length()) {
      throw error("unexpected text");
    }
    return value;
  }

  private Object expression() {
    String name = name();
    Object value = LossRecipe.call(name, arguments());
    while (peek('.')) {
      at++;
      String method = name();
      value = LossRecipe.invoke(value.getClass(), value, method, arguments());
    }
    return value;
  }

  private List<Object> arguments() {
    expect('(');
    List<Object> args = new ArrayList<>();
    if (peek(')')) {
      at++;
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
    if (peek('[')) {
      at++;
      List<Double> values = new ArrayList<>();
      if (!peek(']')) {
        do {
          values.add(number());
        } while (consume(','));
      }
      expect(']');
      double[] out = new double[values.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = values.get(i);
      }
      return out;
    }
    char c = text.charAt(at);
    if (c == '-' || c == '+' || Character.isDigit(c) || text.startsWith("NaN", at)) {
      return number();
    }
    if (text.startsWith("Infinity", at)) {
      return number();
    }
    for (String word : new String[] {"null", "true", "false"}) {
      if (text.startsWith(word, at)) {
        at += word.length();
        return word.equals("null") ? null : Boolean.valueOf(word);
      }
    }
    return expression();
  }

  private double number() {
    skipSpaces();
    int start = at;
    while (at < text.length() && "+-.0123456789eEInfinityNa".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    try {
      return Double.parseDouble(text.substring(start, at));
    } catch (NumberFormatException e) {
      at = start;
      throw error("expected a number");
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
    return new IllegalArgumentException("loss recipe " + text + ": " + what + " at position " + at);
  }
}
