package dev.noisebook.kernel.jshell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Cells give the values Jupyter shows, keep state, and print to the current standard streams. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluatorValuesTest {
  private Evaluator evaluator;

  @BeforeAll
  void start() {
    evaluator = Evaluator.start(List.of("import dev.noisebook.*;"));
  }

  @AfterAll
  void close() {
    evaluator.close();
  }

  @Test
  void aMultiSnippetCellGivesItsLastExpressionBoxed() {
    assertThat(evaluator.eval("int a = 1; int b = 2; a + b")).isEqualTo(new Outcome.Value(true, 3));
  }

  @Test
  void snippetsSpanningLinesAndSharingLinesAreSplitByTheParser() {
    String cell =
        """
        int twice(int n) {
          return 2 * n;
        } int seven = 7;
        // a comment
        twice(seven)
        """;
    assertThat(evaluator.eval(cell)).isEqualTo(new Outcome.Value(true, 14));
  }

  @Test
  void declarationsStatementsAndVoidCallsShowNoValue() {
    assertThat(evaluator.eval("int x = 5;")).isEqualTo(new Outcome.Value(false, null));
    assertThat(evaluator.eval("void hello() {}")).isEqualTo(new Outcome.Value(false, null));
    assertThat(evaluator.eval("System.out.println(1)"))
        .isInstanceOfSatisfying(Outcome.Value.class, v -> assertThat(v.present()).isFalse());
    assertThat(evaluator.eval("if (true) { int unused = 1; }"))
        .isEqualTo(new Outcome.Value(false, null));
    assertThat(evaluator.eval("")).isEqualTo(new Outcome.Value(false, null));
  }

  @Test
  void variableReferencesAssignmentsAndNullAreValues() {
    assertThat(evaluator.eval("var s = \"x\"; s")).isEqualTo(new Outcome.Value(true, "x"));
    assertThat(evaluator.eval("int y = 1; y = 4")).isEqualTo(new Outcome.Value(true, 4));
    assertThat(evaluator.eval("String nothing = null; nothing"))
        .isEqualTo(new Outcome.Value(true, null));
  }

  @Test
  void expressionResultsDoNotLingerAsTemporaryVariables() {
    // Each live $N would be imported into every later compile (see SnippetRunner); completion
    // lists what is live, so a kept $N would show up here beside the declared variable.
    assertThat(evaluator.eval("int dollarsKept = 40; dollarsKept + 2"))
        .isEqualTo(new Outcome.Value(true, 42));
    assertThat(evaluator.eval("Math.max(1, 2)")).isEqualTo(new Outcome.Value(true, 2));
    assertThat(evaluator.complete("dollars", 7).matches()).contains("dollarsKept");
    assertThat(evaluator.complete("$", 1).matches()).noneMatch(m -> m.matches("\\$\\d+"));
  }

  @Test
  void theValueIsTheRealObjectNotItsString() {
    Outcome outcome = evaluator.eval("new java.awt.image.BufferedImage(3, 2, 1)");
    assertThat(outcome)
        .isInstanceOfSatisfying(
            Outcome.Value.class, v -> assertThat(v.value()).isInstanceOf(BufferedImage.class));
    assertThat(evaluator.eval("new StringBuilder(\"sb\")"))
        .isInstanceOfSatisfying(
            Outcome.Value.class, v -> assertThat(v.value()).isInstanceOf(StringBuilder.class));
  }

  @Test
  void dslValuesAreInstancesOfTheKernelsOwnDslClasses() {
    Outcome outcome = evaluator.eval("var noise = Noise.labels().symmetric(0.4); noise");
    assertThat(outcome)
        .isInstanceOfSatisfying(
            Outcome.Value.class,
            v -> assertThat(v.value()).isInstanceOf(dev.noisebook.display.Displayable.class));
  }

  @Test
  void theStartupImportMakesTheDslVisible() {
    assertThat(evaluator.eval("Seeds.setDefault(7); Seeds.defaultSeed()"))
        .isEqualTo(new Outcome.Value(true, 7L));
    assertThat(evaluator.eval("Seeds.defaultSeed() == dev.noisebook.Seeds.defaultSeed()"))
        .isEqualTo(new Outcome.Value(true, true));
    dev.noisebook.Seeds.setDefault(1);
  }

  @Test
  void aFailingStartupSnippetFailsTheStart() {
    assertThatThrownBy(() -> Evaluator.start(List.of("import no.such.Thing;")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("import no.such.Thing;")
        .hasMessageContaining("no.such");
  }

  @Test
  void stateAndRedefinitionsCarryAcrossCells() {
    evaluator.eval("int counter = 10;");
    evaluator.eval("int next() { return ++counter; }");
    assertThat(evaluator.eval("next()")).isEqualTo(new Outcome.Value(true, 11));
    evaluator.eval("int next() { return counter += 100; }");
    assertThat(evaluator.eval("next()")).isEqualTo(new Outcome.Value(true, 111));
    evaluator.eval("record Point(int x, int y) { int sum() { return x + y; } }");
    assertThat(evaluator.eval("new Point(1, 2).sum()")).isEqualTo(new Outcome.Value(true, 3));
    evaluator.eval("record Point(int x, int y) { int sum() { return 10 * (x + y); } }");
    assertThat(evaluator.eval("new Point(1, 2).sum()")).isEqualTo(new Outcome.Value(true, 30));
  }

  @Test
  void cellsPrintToTheStandardStreamsOfTheMomentOfPrinting() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    var captured = new ByteArrayOutputStream();
    var capturedErr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
      evaluator.eval("System.out.println(\"to out\"); System.err.println(\"to err\");");
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .isEqualTo("to out" + System.lineSeparator());
    assertThat(capturedErr.toString(StandardCharsets.UTF_8))
        .isEqualTo("to err" + System.lineSeparator());
  }
}
