package dev.noisebook.kernel.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Raw javadoc becomes the plain text of the inspect pane. */
class JavadocTextTest {
  private static final String RAW =
      """
      Returns the greater of two {@code int} values. That is, the
       result is the argument closer to {@link Integer#MAX_VALUE}.
      <p>See {@linkplain Math#min(int, int) the minimum} &amp; more.

      @param a an argument.
      """;

  @Test
  void plainTextDropsTagsAndIndentation() {
    assertThat(JavadocText.plain(RAW))
        .isEqualTo(
            """
            Returns the greater of two int values. That is, the
            result is the argument closer to Integer.MAX_VALUE.

            See the minimum & more.

            @param a an argument.""");
  }

  @Test
  void theSummaryIsTheFirstSentence() {
    assertThat(JavadocText.summary(RAW)).isEqualTo("Returns the greater of two int values.");
  }
}
