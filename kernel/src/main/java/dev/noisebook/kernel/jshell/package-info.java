/**
 * The kernel's in-process JShell: {@link dev.noisebook.kernel.jshell.Evaluator} runs notebook cells
 * in the kernel's own JVM, so a cell's value reaches the display code as a real object (a chart, an
 * image) rather than a string, and the kernel can stop a running cell through the JDK's
 * instrumented stop check. The Jupyter protocol layer talks only to {@code Evaluator} and its
 * result types ({@link dev.noisebook.kernel.jshell.Outcome}, {@link
 * dev.noisebook.kernel.jshell.Completion}, {@link dev.noisebook.kernel.jshell.Completeness}).
 */
package dev.noisebook.kernel.jshell;
