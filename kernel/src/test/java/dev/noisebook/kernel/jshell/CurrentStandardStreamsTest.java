package dev.noisebook.kernel.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JShell's own streams follow the standard streams the server installs later. */
class CurrentStandardStreamsTest {
  @Test
  void writesGoToTheStandardStreamsOfTheMomentNotOfCreation() {
    PrintStream jshellOut = CurrentStandardStreams.out();
    PrintStream jshellErr = CurrentStandardStreams.err();
    PrintStream out = System.out;
    PrintStream err = System.err;
    var outBytes = new ByteArrayOutputStream();
    var errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      jshellOut.print("later out");
      jshellErr.print("later err");
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(outBytes.toString(StandardCharsets.UTF_8)).isEqualTo("later out");
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).isEqualTo("later err");
  }
}
