package dev.noisebook.kernel.magic;

/** One step of a cell with magics, in the order the cell runs them. */
sealed interface Step {

  /** Java source between magics, evaluated as one chunk. */
  record Java(String code) implements Step {}

  /** A {@code %name args} line. */
  record LineMagic(String name, String args) implements Step {}

  /** A {@code %%name args} first line over the cell's remaining lines ({@code body}). */
  record CellMagic(String name, String args, String body) implements Step {}
}
