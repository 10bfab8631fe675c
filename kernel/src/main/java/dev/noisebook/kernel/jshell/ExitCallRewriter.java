package dev.noisebook.kernel.jshell;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.List;
import java.util.Optional;

/**
 * Rewrites a snippet class so that its calls to {@code System.exit(int)}, {@code Runtime.exit(int)}
 * and {@code Runtime.halt(int)}, and method references to them ({@code System::exit}), call {@link
 * ExitGuard} instead, which throws {@link SystemExit}. Only code compiled from cells is covered: a
 * library that exits, or a cell that reaches {@code exit} through reflection or a {@code
 * MethodHandles} lookup, still stops the JVM.
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
            .anyMatch(ExitCallRewriter::exits);
    if (!exits) {
      return classFile;
    }
    return files.transformClass(
        model, ClassTransform.transformingMethodBodies(ExitCallRewriter::redirect));
  }

  private static boolean exits(CodeElement element) {
    return switch (element) {
      case InvokeInstruction call -> guardFor(call).isPresent();
      case InvokeDynamicInstruction indy -> !indy.bootstrapArgs().equals(guarded(indy));
      default -> false;
    };
  }

  private static void redirect(CodeBuilder builder, CodeElement element) {
    switch (element) {
      case InvokeInstruction call when guardFor(call).isPresent() -> {
        DirectMethodHandleDesc guard = guardFor(call).orElseThrow();
        builder.invokestatic(GUARD, guard.methodName(), guard.invocationType());
      }
      case InvokeDynamicInstruction indy when !indy.bootstrapArgs().equals(guarded(indy)) -> {
        DynamicCallSiteDesc site = indy.invokedynamic().asSymbol();
        builder.invokedynamic(site.withArgs(guarded(indy).toArray(ConstantDesc[]::new)));
      }
      default -> builder.with(element);
    }
  }

  /** The bootstrap arguments of {@code indy} with method handles to exit methods redirected. */
  private static List<ConstantDesc> guarded(InvokeDynamicInstruction indy) {
    return indy.bootstrapArgs().stream()
        .map(
            arg ->
                arg instanceof DirectMethodHandleDesc handle
                    ? guardFor(handle).<ConstantDesc>map(guard -> guard).orElse(arg)
                    : arg)
        .toList();
  }

  private static Optional<DirectMethodHandleDesc> guardFor(InvokeInstruction call) {
    boolean isStatic = call.opcode() == Opcode.INVOKESTATIC;
    ClassDesc owner = call.owner().asSymbol();
    MethodTypeDesc type = call.typeSymbol();
    return guardFor(
        isStatic,
        owner,
        call.name().stringValue(),
        isStatic ? type : type.insertParameterTypes(0, owner));
  }

  private static Optional<DirectMethodHandleDesc> guardFor(DirectMethodHandleDesc handle) {
    return guardFor(
        handle.kind() == DirectMethodHandleDesc.Kind.STATIC,
        handle.owner(),
        handle.methodName(),
        handle.invocationType());
  }

  /**
   * The static {@link ExitGuard} method that replaces a call of {@code owner.name}, if it exits;
   * {@code type} includes the receiver of an instance method, as the guard takes it first.
   */
  private static Optional<DirectMethodHandleDesc> guardFor(
      boolean isStatic, ClassDesc owner, String name, MethodTypeDesc type) {
    if (isStatic && owner.equals(SYSTEM) && name.equals("exit") && type.equals(INT_TO_VOID)) {
      return Optional.of(guard("systemExit", INT_TO_VOID));
    }
    if (!isStatic && owner.equals(RUNTIME) && type.equals(RUNTIME_INT_TO_VOID)) {
      return switch (name) {
        case "exit" -> Optional.of(guard("runtimeExit", RUNTIME_INT_TO_VOID));
        case "halt" -> Optional.of(guard("runtimeHalt", RUNTIME_INT_TO_VOID));
        default -> Optional.empty();
      };
    }
    return Optional.empty();
  }

  private static DirectMethodHandleDesc guard(String name, MethodTypeDesc type) {
    return MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, GUARD, name, type);
  }
}
