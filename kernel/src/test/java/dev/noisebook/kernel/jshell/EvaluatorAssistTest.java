package dev.noisebook.kernel.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noisebook.kernel.jshell.Completeness.Status;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Completion, inspection and the completeness check that a notebook's editor asks for. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluatorAssistTest {
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
  void completesATypeNameAndBracketsTheToken() {
    Completion completion = evaluator.complete("StringBu", 8);
    assertThat(completion.matches()).contains("StringBuffer", "StringBuilder");
    assertThat(completion.start()).isZero();
    assertThat(completion.end()).isEqualTo(8);
  }

  @Test
  void afterNewTheConstructorsAreOffered() {
    String code = "var b = new StringBu";
    Completion completion = evaluator.complete(code, code.length());
    assertThat(completion.matches()).contains("StringBuffer(", "StringBuilder(");
    assertThat(completion.start()).isEqualTo(code.indexOf("StringBu"));
  }

  @Test
  void completesMembersAfterADot() {
    Completion completion = evaluator.complete("Math.ma", 7);
    assertThat(completion.matches()).anyMatch(match -> match.startsWith("max"));
    assertThat(completion.start()).isEqualTo(5);
    assertThat(completion.end()).isEqualTo(7);
  }

  @Test
  void theReplacedRangeCoversTheWholeTokenWhenTheCursorIsInside() {
    Completion completion = evaluator.complete("Math.maxxx", 7);
    assertThat(completion.start()).isEqualTo(5);
    assertThat(completion.end()).isEqualTo(10);
  }

  @Test
  void completesDslMembersAfterTheStartupImport() {
    Completion completion = evaluator.complete("Noise.", 6);
    assertThat(completion.matches()).contains("labels()", "inputs()", "targets()");
    assertThat(completion.start()).isEqualTo(6);
  }

  @Test
  void completesNamesDefinedInEarlierCells() {
    evaluator.eval("int sampleCount = 3;");
    Completion completion = evaluator.complete("sampleC", 7);
    assertThat(completion.matches()).contains("sampleCount");
  }

  @Test
  void inspectShowsTheSignaturesOfTheCalledMethod() {
    String code = "Math.max(";
    assertThat(evaluator.inspect(code, code.length(), 0))
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .contains("max(int", "max(double")
                    .contains("Returns the greater of two int values.")
                    .doesNotContain("{@code"));
  }

  @Test
  void inspectWithMoreDetailShowsAtLeastAsMuch() {
    String code = "Math.max(";
    String brief = evaluator.inspect(code, code.length(), 0).orElseThrow();
    String detailed = evaluator.inspect(code, code.length(), 1).orElseThrow();
    assertThat(detailed.length()).isGreaterThan(brief.length());
    assertThat(detailed).contains("Integer.MAX_VALUE").doesNotContain("{@link");
  }

  @Test
  void inspectOfNothingIsEmpty() {
    assertThat(evaluator.inspect("   ", 1, 0)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "int y = 2;", "void f() {}", "int a = 1; a + 1", "", "// only"})
  void completeInputs(String code) {
    assertThat(evaluator.isComplete(code)).isEqualTo(new Completeness(Status.COMPLETE, ""));
  }

  @Test
  void anOpenBraceIsIncompleteAndIndentsByItsDepth() {
    assertThat(evaluator.isComplete("void f() {"))
        .isEqualTo(new Completeness(Status.INCOMPLETE, "    "));
    assertThat(evaluator.isComplete("void f() {\n  if (true) {"))
        .isEqualTo(new Completeness(Status.INCOMPLETE, "        "));
    assertThat(evaluator.isComplete("String s = \"{\"; void g() {"))
        .isEqualTo(new Completeness(Status.INCOMPLETE, "    "));
  }

  @Test
  void anOpenParenthesisIsIncomplete() {
    assertThat(evaluator.isComplete("int z = (1 +"))
        .isEqualTo(new Completeness(Status.INCOMPLETE, "    "));
  }

  @Test
  void garbageIsInvalid() {
    assertThat(evaluator.isComplete("int 1x = ;").status()).isEqualTo(Status.INVALID);
  }
}
