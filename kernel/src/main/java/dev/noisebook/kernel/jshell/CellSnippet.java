package dev.noisebook.kernel.jshell;

import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * One snippet of a cell: the {@code source} to hand to {@code JShell.eval} (JShell may have added a
 * closing semicolon), the UTF-16 offset in the cell where it begins, so that compile errors and
 * stack frames can be reported in the cell's own line numbering, and JShell's verdict on it: an
 * unfinished trailing fragment is kept too, and evaluating it yields JShell's compile error.
 */
record CellSnippet(String source, int offset, Completeness completeness) {}
