package dev.noisebook.kernel.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParentWatchTest {
  @Test
  void runsTheActionOnceTheParentEnds() throws Exception {
    Process parent = new ProcessBuilder("sleep", "600").start();
    var ended = new CountDownLatch(1);
    ParentWatch.start(Long.toString(parent.pid()), ended::countDown);

    assertThat(ended.await(300, TimeUnit.MILLISECONDS)).as("parent still alive").isFalse();
    parent.destroy();
    assertThat(ended.await(30, TimeUnit.SECONDS)).as("parent ended").isTrue();
  }

  @Test
  void runsTheActionAtOnceWhenTheParentIsAlreadyGone() throws Exception {
    Process parent = new ProcessBuilder("true").start();
    parent.waitFor();
    var ended = new CountDownLatch(1);
    ParentWatch.start(Long.toString(parent.pid()), ended::countDown);

    assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void watchesNothingWithoutAParentOrWithAValueThatIsNoProcessId() {
    Runnable fail =
        () -> {
          throw new AssertionError("no parent to follow");
        };
    ParentWatch.start(null, fail);
    ParentWatch.start(" ", fail);
    ParentWatch.start("not-a-pid", fail);
  }
}
