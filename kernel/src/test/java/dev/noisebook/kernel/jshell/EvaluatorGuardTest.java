package dev.noisebook.kernel.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cells cannot take the kernel down: exiting, deep recursion and huge allocations become failures,
 * and the evaluator (and this test JVM) keep working.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluatorGuardTest {
  private Evaluator evaluator;

  @BeforeAll
  void start() {
    evaluator = Evaluator.start(List.of());
  }

  @AfterAll
  void close() {
    evaluator.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "System.exit(3)                           | System.exit(3)",
        "Runtime.getRuntime().exit(1)             | Runtime.exit(1)",
        "Runtime.getRuntime().halt(1)             | Runtime.halt(1)",
        "Runnable r = () -> System.exit(4); r.run(); | System.exit(4)",
        "void quit() { System.exit(5); } quit();  | System.exit(5)",
        "class Quitter { static void go() { Runtime.getRuntime().exit(6); } } Quitter.go(); | Runtime.exit(6)",
        "java.util.function.IntConsumer quit = System::exit; quit.accept(7); | System.exit(7)",
        "java.util.function.IntConsumer halt = Runtime.getRuntime()::halt; halt.accept(8); | Runtime.halt(8)",
        "java.util.function.ObjIntConsumer<Runtime> ex = Runtime::exit; ex.accept(Runtime.getRuntime(), 9); | Runtime.exit(9)"
      })
  void exitingBecomesASystemExitFailure(String cell, String call) {
    evaluator.eval("int alive = 1;");
    Outcome outcome = evaluator.eval(cell);
    assertThat(outcome)
        .isInstanceOfSatisfying(
            Outcome.Failure.class,
            failure -> {
              assertThat(failure.ename()).isEqualTo("SystemExit");
              assertThat(failure.evalue())
                  .contains("the cell called " + call)
                  .contains("the kernel stays up");
              assertThat(Ansi.strip(failure.traceback().getFirst()))
                  .isEqualTo("SystemExit: " + failure.evalue());
            });
    assertThat(evaluator.eval("alive")).isEqualTo(new Outcome.Value(true, 1));
  }

  @Test
  void catchingExceptionDoesNotSwallowTheExit() {
    Outcome outcome = evaluator.eval("try { System.exit(2); } catch (Exception e) {}");
    assertThat(outcome)
        .isInstanceOfSatisfying(
            Outcome.Failure.class, failure -> assertThat(failure.ename()).isEqualTo("SystemExit"));
  }

  @Test
  void infiniteRecursionBecomesAStackOverflowFailure() {
    Outcome outcome = evaluator.eval("int down(int n) { return down(n + 1) + 1; }\ndown(0)");
    assertThat(outcome)
        .isInstanceOfSatisfying(
            Outcome.Failure.class,
            failure -> {
              assertThat(failure.ename()).isEqualTo("StackOverflowError");
              assertThat(failure.traceback().size()).isLessThan(10);
              assertThat(failure.traceback().stream().map(Ansi::strip))
                  .contains("    at down (cell line 1)")
                  .anyMatch(
                      line ->
                          line.matches("    \\.\\.\\. the frame above repeats \\d+ more times"));
            });
    assertThat(evaluator.eval("1 + 2")).isEqualTo(new Outcome.Value(true, 3));
  }

  @Test
  void aHugeAllocationBecomesAnOutOfMemoryFailure() {
    Outcome outcome = evaluator.eval("long[] huge = new long[Integer.MAX_VALUE - 8];");
    assertThat(outcome)
        .isInstanceOfSatisfying(
            Outcome.Failure.class,
            failure -> assertThat(failure.ename()).isEqualTo("OutOfMemoryError"));
    assertThat(evaluator.eval("new long[10].length")).isEqualTo(new Outcome.Value(true, 10));
  }
}
