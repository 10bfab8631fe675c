package dev.noisebook.kernel.magic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MagicCellParserTest {

  @Test
  void linesStartingWithPercentAreLineMagicsBetweenJavaChunks() {
    List<Step> steps = CellParser.parse("int a = 1;\nint b = 2;\n  %seed 7  \n\na + b\n%lsmagic");

    assertThat(steps)
        .containsExactly(
            new Step.Java("int a = 1;\nint b = 2;"),
            new Step.LineMagic("seed", "7"),
            new Step.Java("\na + b"),
            new Step.LineMagic("lsmagic", ""));
  }

  @Test
  void aFirstLineWithTwoPercentsMakesTheCellACellMagic() {
    assertThat(CellParser.parse("\n%%time extra\nint x = 1;\n%seed 3"))
        .containsExactly(new Step.CellMagic("time", "extra", "int x = 1;\n%seed 3"));
  }

  @Test
  void aCellMagicAfterTheFirstLineIsAnError() {
    assertThatThrownBy(() -> CellParser.parse("int x = 1;\n%%time"))
        .isInstanceOf(MagicException.class)
        .hasMessage("cell magic %%time must be on the cell's first line");
  }

  @Test
  void aPercentWithoutANameIsAnError() {
    assertThatThrownBy(() -> CellParser.parse("% seed"))
        .isInstanceOf(MagicException.class)
        .hasMessageContaining("needs a name");
  }

  @Test
  void textBlockLinesAreJavaEvenWhenTheyStartWithPercent() {
    String cell = "String s = \"\"\"\n  %d items\n  \"\"\";\n%seed";

    assertThat(CellParser.parse(cell))
        .containsExactly(
            new Step.Java("String s = \"\"\"\n  %d items\n  \"\"\";"),
            new Step.LineMagic("seed", ""));
    assertThat(CellParser.hasMagic("String s = \"\"\"\n%d\n\"\"\";")).isFalse();
  }

  @Test
  void hasMagicOnlyForLinesWhoseFirstNonBlankIsPercent() {
    assertThat(CellParser.hasMagic("int x = 7 % 2;")).isFalse();
    assertThat(CellParser.hasMagic("int x = 7;\n   %time x")).isTrue();
    assertThat(CellParser.hasMagic("%%time\nx")).isTrue();
    assertThat(CellParser.hasMagic("x\r\n%seed")).isTrue();
  }
}
