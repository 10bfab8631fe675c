package dev.noisebook.kernel.jshell;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.Optional;

/**
 * Rewrites a snippet class so that its calls to {@code System.exit(int)}, {@code Runtime.exit(int)}
 * and {@code Runtime.halt(int)} call {@link ExitGuard} instead, which throws {@link SystemExit}.
 * Only call sites compiled into snippet code are covered: a library that exits, or a cell that
 * reaches {@code exit} through reflection or a method reference, still stops the JVM.
 */
final class ExitCallRewriter {
  private static final ClassDesc SYSTEM = ClassDesc.of("java.lang.System");
  private static final ClassDesc RUNTIME = ClassDesc.of("java.lang.Runtime");
  private static final ClassDesc GUARD = ClassDesc.of(ExitGuard.class.getName());
  private static final MethodTypeDesc INT_TO_VOID =
      MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_int);
  private static final MethodTypeDesc RUNTIME_INT_TO_VOID =
      MethodTypeDesc.of(ConstantDescs.CD_void, RUNTIME, ConstantDescs.CD_int);

  private ExitCallRewriter() {}

  /** The class with its exit calls redirected; the input itself when it has none. */
  static byte[] rewrite(byte[] classFile) {
    var files = ClassFile.of();
    var model = files.parse(classFile);
    boolean exits =
        model.methods().stream()
            .flatMap(method -> method.code().stream())
            .flatMap(code -> code.elementStream())
            .anyMatch(element -> guardFor(element).isPresent());
    if (!exits) {
      return classFile;
    }
    return files.transformClass(
        model, ClassTransform.transformingMethodBodies(ExitCallRewriter::redirect));
  }

  private static void redirect(CodeBuilder builder, CodeElement element) {
    guardFor(element)
        .ifPresentOrElse(
            guard ->
                builder.invokestatic(
                    GUARD, guard, guard.equals("systemExit") ? INT_TO_VOID : RUNTIME_INT_TO_VOID),
            () -> builder.with(element));
  }

  /** The {@link ExitGuard} method that replaces {@code element}, if it is an exit call. */
  private static Optional<String> guardFor(CodeElement element) {
    if (!(element instanceof InvokeInstruction call) || !call.typeSymbol().equals(INT_TO_VOID)) {
      return Optional.empty();
    }
    ClassDesc owner = call.owner().asSymbol();
    String name = call.name().stringValue();
    if (call.opcode() == Opcode.INVOKESTATIC && owner.equals(SYSTEM) && name.equals("exit")) {
      return Optional.of("systemExit");
    }
    if (call.opcode() == Opcode.INVOKEVIRTUAL && owner.equals(RUNTIME)) {
      return switch (name) {
        case "exit" -> Optional.of("runtimeExit");
        case "halt" -> Optional.of("runtimeHalt");
        default -> Optional.empty();
      };
    }
    return Optional.empty();
  }
}
