"""The standard Jupyter kernel conformance suite (Debian's python3-jupyter-kernel-test) with real
samples for every optional test, run against the installed Noisebook kernel."""
import os
import unittest

import jupyter_kernel_test as jkt

KERNEL = os.environ.get("NOISEBOOK_KERNEL", "noisebook")


class NoisebookConformance(jkt.KernelTests):
    kernel_name = KERNEL
    language_name = "java"
    file_extension = ".jsh"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("oops");'

    completion_samples = [
        {"text": "StringBu", "matches": {"StringBuffer", "StringBuilder"}},
        {"text": "Math.ma", "matches": {"max("}},
    ]

    complete_code_samples = ["1", "int y = 2;", "void f() {}", "%lsmagic"]
    incomplete_code_samples = ["void f() {", "int z = (1 +", "class A {\n  int x;"]
    invalid_code_samples = ["int 1x = ;"]

    code_page_something = "Math.max?"

    code_generate_error = 'throw new RuntimeException("boom");'

    code_execute_result = [
        {"code": "1 + 2 + 3", "result": "6"},
        {"code": '"noise".toUpperCase()', "result": "NOISE"},
        {"code": "java.util.List.of(1, 2)", "result": "[1, 2]"},
    ]

    code_display_data = [
        {"code": 'display(html("<b>bold</b>"));', "mime": "text/html"},
        {"code": 'display(markdown("# title"));', "mime": "text/markdown"},
        {"code": "display(Schedule.diffusion().linear(1e-4, 0.02, 100).plot());", "mime": "image/png"},
    ]

    code_history_pattern = "1 + 2*"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Math.max"

    code_clear_output = "clearOutput();"

    def get_non_kernel_info_reply(self, timeout=None):
        # The suite's is_complete check waits for its reply without a limit, so a kernel that died
        # would hang the run instead of failing it.
        return super().get_non_kernel_info_reply(timeout=timeout or jkt.TIMEOUT)


if __name__ == "__main__":
    unittest.main(verbosity=2)
