package dev.noisebook.kernels;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Rows layout: invalid shapes are refused with a message naming the value; span / elements. */
class RowsTest {

  @Test
  void refusesNegativeRows() {
    assertThatThrownBy(() -> new Rows(-1, 5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows must be >= 0, got -1");
    assertThatThrownBy(() -> Rows.of(-3, 5)).hasMessageContaining("rows must be >= 0, got -3");
  }

  @Test
  void refusesColsBelowOne() {
    assertThatThrownBy(() -> Rows.of(2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cols must be >= 1, got 0");
    assertThatThrownBy(() -> Rows.row(-4)).hasMessageContaining("cols must be >= 1, got -4");
  }

  @Test
  void refusesStrideBelowCols() {
    assertThatThrownBy(() -> new Rows(2, 5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stride must be >= cols (5), got 4");
    assertThatThrownBy(() -> Rows.of(2, 5).withStride(3))
        .hasMessageContaining("stride must be >= cols (5), got 3");
  }

  @Test
  void spanAndElements() {
    assertEquals(0, Rows.of(0, 5).span());
    assertEquals(5, Rows.row(5).span());
    assertEquals(2 * 8 + 5, Rows.of(3, 5).withStride(8).span());
    assertEquals(15, Rows.of(3, 5).withStride(8).elements());
    long big = (long) (70_000 - 1) * 70_000 + 70_000;
    assertEquals(big, Rows.of(70_000, 70_000).span(), "span must not overflow int");
  }

  @Test
  void zeroRowsIsANoOp() {
    Kernels k = Kernels.best();
    k.softmax(new float[0], new float[0], Rows.of(0, 5));
    k.logSumExp(new float[0], Rows.of(0, 5), new float[0]);
    k.crossEntropy(new float[0], Rows.of(0, 5), new int[0], new float[0], null);
  }
}
