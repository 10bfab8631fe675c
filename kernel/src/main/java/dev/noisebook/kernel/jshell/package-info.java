/**
 * The kernel's in-process JShell: {@link dev.noisebook.kernel.jshell.Evaluator} runs notebook cells
 * in the kernel's own JVM, so a cell's value reaches the display code as a real object (a chart, an
 * image) rather than a string, and the kernel can stop a running cell through the JDK's
 * instrumented stop check. The Jupyter protocol layer talks only to {@code Evaluator} and its
 * result types ({@link dev.noisebook.kernel.jshell.Outcome}, {@link
 * dev.noisebook.kernel.jshell.Completion}, {@link dev.noisebook.kernel.jshell.Completeness}).
 *
 * <p>Known limits of running cells in-process:
 *
 * <ul>
 *   <li>A loop inside JDK or library code ({@code LongStream.range(0, 2e11).sum()}) is not
 *       instrumented: after an interrupt it runs to its end, then the cell reports Interrupted.
 *       Only restarting the kernel stops it sooner.
 *   <li>Exit calls are redirected only where cell code makes them (directly, in lambdas, methods
 *       and classes of the cell, or as method references); a library that exits, or reflection or
 *       {@code MethodHandles} reaching {@code System.exit}, still ends the kernel.
 *   <li>A declaration that uses something not yet declared is accepted (JShell allows forward
 *       references); a note goes to {@code System.err}, and using it fails until the missing piece
 *       is declared.
 * </ul>
 */
package dev.noisebook.kernel.jshell;
