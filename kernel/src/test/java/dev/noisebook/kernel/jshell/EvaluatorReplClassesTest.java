package dev.noisebook.kernel.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kernel forgets the compiled classes of snippets no later cell can name, so a long notebook
 * compiles as fast as a short one, and everything a later cell can reach still works.
 */
class EvaluatorReplClassesTest {
  private Evaluator evaluator;

  @BeforeEach
  void start() {
    evaluator = Evaluator.start(List.of());
  }

  @AfterEach
  void close() {
    evaluator.close();
  }

  @Test
  void cellsThatDeclareNothingLeaveNoCompiledClassBehind() {
    int before = evaluator.replClassCount();
    evaluator.eval("int kept = 1;");
    int declared = evaluator.replClassCount();
    assertThat(declared).as("the declaration's class is kept, and counted").isEqualTo(before + 1);

    for (int i = 0; i < 20; i++) {
      evaluator.eval("1 + " + i);
      evaluator.eval("kept");
      evaluator.eval("kept = " + i);
      evaluator.eval("if (kept > 100) { throw new IllegalStateException(); }");
      evaluator.eval("Integer.toString(kept).length()");
    }

    assertThat(evaluator.replClassCount()).isEqualTo(declared);
    assertThat(evaluator.eval("kept")).isEqualTo(new Outcome.Value(true, 19));
  }

  @Test
  void declarationsKeepTheirClassesAndStayUsable() {
    evaluator.eval("int x = 4;");
    evaluator.eval("int square(int n) { return n * n; }");
    evaluator.eval("class Box { int v = 2; }");
    evaluator.eval("record Pair(int a, int b) {}");
    for (int i = 0; i < 20; i++) {
      evaluator.eval("square(" + i + ")");
    }

    assertThat(evaluator.eval("square(x) + new Box().v + new Pair(1, 2).b()"))
        .isEqualTo(new Outcome.Value(true, 20));
    assertThat(evaluator.eval("int square(int n) { return -n; }"))
        .isEqualTo(new Outcome.Value(false, null));
    assertThat(evaluator.eval("square(x)")).isEqualTo(new Outcome.Value(true, -4));
  }

  @Test
  void aForgottenSnippetsLambdaAndAnonymousClassStillLoadWhenTheyFirstRunLater() {
    evaluator.eval("Runnable later = null;");
    evaluator.eval(
        """
        later = () -> System.setProperty("noisebook.later",
            new Object() { public String toString() { return "ran"; } }.toString())
        """);
    for (int i = 0; i < 5; i++) {
      evaluator.eval(Integer.toString(i));
    }

    assertThat(evaluator.eval("later.run(); System.getProperty(\"noisebook.later\")"))
        .isEqualTo(new Outcome.Value(true, "ran"));
  }

  @Test
  void aSnippetsClassesAreItsWrapperAndWhatIsNestedInIt() {
    var own = ReplClasses.wrapperOf("12");

    assertThat(
            List.of(
                "REPL.$JShell$12", "REPL.$JShell$12B", "REPL.$JShell$12B$1", "REPL.$JShell$12$Box"))
        .allMatch(name -> own.matcher(name).matches());
    assertThat(List.of("REPL.$JShell$123", "REPL.$JShell$1", "REPL.$JShell$12B_13C", "REPL.X"))
        .noneMatch(name -> own.matcher(name).matches());
  }
}
