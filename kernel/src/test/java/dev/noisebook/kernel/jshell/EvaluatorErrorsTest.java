package dev.noisebook.kernel.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Failures read well: cell lines, the offending source with a caret, only the user's frames. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluatorErrorsTest {
  private Evaluator evaluator;

  @BeforeAll
  void start() {
    evaluator = Evaluator.start(List.of());
  }

  @AfterAll
  void close() {
    evaluator.close();
  }

  @Test
  void aCompileErrorPointsAtItsCellLineAndColumnWithACaret() {
    Outcome.Failure failure = fail("int ok = 1;\nint twice = 2 * ok;\nString s = twice + ;");
    assertThat(failure.ename()).isEqualTo("CompilationError");
    assertThat(failure.evalue()).isEqualTo("illegal start of expression");
    assertThat(plain(failure))
        .containsExactly(
            "cell line 3, column 20: illegal start of expression",
            "    String s = twice + ;",
            "                       ^");
  }

  @Test
  void anUnknownSymbolIsNamedAndUnderlined() {
    Outcome.Failure failure = fail("int a = 1;  int b = a +\n    foo(a);");
    assertThat(failure.ename()).isEqualTo("CompilationError");
    assertThat(failure.evalue()).isEqualTo("cannot find symbol: method foo(int)");
    assertThat(plain(failure))
        .containsExactly(
            "cell line 2, column 5: cannot find symbol: method foo(int)",
            "        foo(a);",
            "        ^^^");
  }

  @Test
  void theCaretStaysUnderTheErrorOnLinesIndentedWithTabs() {
    Outcome.Failure failure = fail("if (true) {\n\tint t = nope;\n}");
    assertThat(plain(failure)).contains("    \tint t = nope;", "    \t        ^^^^");
  }

  @Test
  void theSnippetsBeforeACompileErrorRunAndTheOnesAfterDoNot() {
    fail("int before = 1;\nundefined();\nint afterwards = 2;");
    assertThat(evaluator.eval("before")).isEqualTo(new Outcome.Value(true, 1));
    assertThat(evaluator.eval("afterwards")).isInstanceOf(Outcome.Failure.class);
  }

  @Test
  void anUnfinishedCellIsACompileError() {
    Outcome.Failure failure = fail("void open() {\n  int x = 1;");
    assertThat(failure.ename()).isEqualTo("CompilationError");
    assertThat(failure.evalue()).contains("reached end of file while parsing");
  }

  @Test
  void aDeclarationOfAnUnknownTypeIsAFailure() {
    Outcome.Failure failure = fail("Undeclared thing = null;");
    assertThat(failure.ename()).isEqualTo("CompilationError");
    assertThat(failure.evalue()).contains("cannot find symbol").contains("Undeclared");
  }

  @Test
  void aRuntimeExceptionShowsOnlyTheUsersFramesAtCellLines() {
    String cell =
        """
        void check(int n) {
          if (n > 2) {
            throw new IllegalStateException("too big: " + n);
          }
        }
        for (int i = 0; i < 5; i++) {
          check(i);
        }
        """;
    Outcome.Failure failure = fail(cell);
    assertThat(failure.ename()).isEqualTo("IllegalStateException");
    assertThat(failure.evalue()).isEqualTo("too big: 3");
    assertThat(plain(failure))
        .containsExactly(
            "java.lang.IllegalStateException: too big: 3",
            "    at check (cell line 3)",
            "    at <cell> (cell line 7)");
  }

  @Test
  void framesOfEarlierCellsClassesAndLambdasAreNamed() {
    evaluator.eval(
        "class Parser {\n  int parse(String s) {\n    return Integer.parseInt(s);\n  }\n}");
    Outcome.Failure failure =
        fail(
            "java.util.function.Supplier<Integer> p =\n  () -> new Parser().parse(\"x\");\np.get()");
    assertThat(failure.ename()).isEqualTo("NumberFormatException");
    assertThat(plain(failure))
        .containsExactly(
            "java.lang.NumberFormatException: For input string: \"x\"",
            "    at Parser.parse (line 3 of an earlier cell)",
            "    at lambda in <cell> (cell line 2)",
            "    at <cell> (cell line 3)");
  }

  @Test
  void causesAreChainedAndUserExceptionsGetTheirOwnName() {
    String cell =
        """
        class BadData extends RuntimeException {
          BadData(String m, Throwable cause) { super(m, cause); }
        }
        try {
          Object o = "text";
          Integer i = (Integer) o;
        } catch (ClassCastException e) {
          throw new BadData("not a number", e);
        }
        """;
    Outcome.Failure failure = fail(cell);
    assertThat(failure.ename()).isEqualTo("BadData");
    assertThat(failure.evalue()).isEqualTo("not a number");
    List<String> lines = plain(failure);
    assertThat(lines.getFirst()).isEqualTo("BadData: not a number");
    assertThat(lines).contains("    at <cell> (cell line 8)", "    at <cell> (cell line 6)");
    assertThat(lines)
        .anyMatch(line -> line.startsWith("Caused by: java.lang.ClassCastException: "));
  }

  @Test
  void callingAMethodWhoseDependencyIsMissingNamesTheMissingPiece() {
    assertThat(evaluator.eval("void usesMissing() { missingHelper(); }"))
        .isEqualTo(new Outcome.Value(false, null));
    Outcome.Failure failure = fail("usesMissing()");
    assertThat(failure.ename()).isEqualTo("UnresolvedReference");
    assertThat(failure.evalue())
        .isEqualTo("method usesMissing cannot be used until method missingHelper() is declared");
  }

  @Test
  void namingAJShellTemporaryVariableSaysHowToKeepAValue() {
    assertThat(evaluator.eval("6 * 7")).isEqualTo(new Outcome.Value(true, 42));
    for (String cell : List.of("$1 + 1", "int kept = $1;")) {
      Outcome.Failure failure = fail(cell);
      assertThat(failure.evalue()).isEqualTo("cannot find symbol: variable $1");
      assertThat(plain(failure).getLast()).startsWith("note: ").contains("var x = ");
    }
    assertThat(plain(fail("undefinedThing + 1"))).noneMatch(line -> line.startsWith("note: "));
  }

  @Test
  void tracebacksUseOnlyRedCyanAndBold() {
    Outcome.Failure failure = fail("int z = 1 / 0;");
    assertThat(String.join("\n", failure.traceback()))
        .contains("\u001b[1;31m")
        .doesNotContain("\u001b[30m", "\u001b[37m", "\u001b[90m", "\u001b[97m");
  }

  private Outcome.Failure fail(String cell) {
    Outcome outcome = evaluator.eval(cell);
    assertThat(outcome).isInstanceOf(Outcome.Failure.class);
    return (Outcome.Failure) outcome;
  }

  private static List<String> plain(Outcome.Failure failure) {
    return failure.traceback().stream().map(Ansi::strip).toList();
  }
}
