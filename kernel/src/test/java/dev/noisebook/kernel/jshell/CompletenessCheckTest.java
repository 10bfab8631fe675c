package dev.noisebook.kernel.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bracket counting behind the continuation indent. */
class CompletenessCheckTest {
  @Test
  void countsOpenBracketsOutsideLiteralsAndComments() {
    assertThat(CompletenessCheck.openBrackets("void f() {")).isEqualTo(1);
    assertThat(CompletenessCheck.openBrackets("void f() { if (x) {")).isEqualTo(2);
    assertThat(CompletenessCheck.openBrackets("String s = \"{(\"; char c = '{'; {")).isEqualTo(1);
    assertThat(CompletenessCheck.openBrackets("// {\n/* { */ {")).isEqualTo(1);
    assertThat(CompletenessCheck.openBrackets("String t = \"\"\"\n  {\n  \"\"\"; (")).isEqualTo(1);
    assertThat(CompletenessCheck.openBrackets("}} {")).isEqualTo(1);
  }
}
