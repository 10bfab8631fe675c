"""Real Jupyter clients against the installed kernel: every notebook in notebooks/ executed headless
by nbconvert (a cell error fails the test), a cell through jupyter console, and history kept across
kernel restarts."""
import glob
import json
import os
import subprocess
import tempfile
import unittest

from kernel_session import KERNEL, KernelSession

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
JUPYTER = "/usr/bin/jupyter"


class Clients(unittest.TestCase):
    def test_every_notebook_executes_headless_with_nbconvert(self):
        notebooks = sorted(glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb")))
        self.assertTrue(notebooks, "no notebooks found")
        for notebook in notebooks:
            with self.subTest(os.path.basename(notebook)), tempfile.TemporaryDirectory() as out:
                subprocess.run(
                    [JUPYTER, "nbconvert", "--to", "notebook", "--execute", notebook,
                     "--ExecutePreprocessor.kernel_name=" + KERNEL,
                     "--ExecutePreprocessor.timeout=600", "--output-dir", out],
                    check=True, capture_output=True, text=True)
                with open(os.path.join(out, os.path.basename(notebook))) as f:
                    executed = json.load(f)
                outputs = [o for c in executed["cells"] if c["cell_type"] == "code"
                           for o in c.get("outputs", [])]
                self.assertFalse([o for o in outputs if o["output_type"] == "error"])
                self.assertTrue(any("image/png" in o.get("data", {}) for o in outputs),
                                "a notebook should show at least one chart")

    def test_a_cell_through_jupyter_console(self):
        result = subprocess.run(
            [JUPYTER, "console", "--kernel=" + KERNEL, "--simple-prompt"],
            input="int w = 5;\nw * 2\n", capture_output=True, text=True, timeout=180)
        self.assertIn("10", result.stdout, result.stdout + result.stderr)

    def test_history_survives_a_restart(self):
        first = KernelSession()
        try:
            first.run('String marker = "history-probe-%d";' % os.getpid())
        finally:
            first.close()
        second = KernelSession()
        try:
            msg_id = second.kc.history(hist_access_type="search", pattern="*history-probe-%d*" % os.getpid(), n=5)
            history = second.reply(msg_id)["content"]["history"]
            self.assertEqual(len(history), 1)
            second.run("1 + 1")
            tail = second.reply(second.kc.history(hist_access_type="tail", n=1))["content"]["history"]
            self.assertEqual(tail[0][2], "1 + 1")
            self.assertLess(history[0][0], tail[0][0], "a restart starts a new history session")
        finally:
            second.close()


if __name__ == "__main__":
    unittest.main(verbosity=2)
