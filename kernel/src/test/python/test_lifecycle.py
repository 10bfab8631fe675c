"""Kernel lifecycle with jupyter_client: restart, SIGINT for clients in signal mode, comms, and
%maven adding a library from Maven to the running session."""
import os
import signal
import threading
import time
import unittest

from kernel_session import KernelSession


class Lifecycle(unittest.TestCase):
    def setUp(self):
        self.k = KernelSession()

    def tearDown(self):
        self.k.close()

    def test_restart_gives_a_fresh_working_kernel(self):
        self.k.run("int before = 1;")
        self.k.km.restart_kernel(now=False)
        self.k.kc.wait_for_ready(timeout=120)
        reply, _ = self.k.run("before")
        self.assertEqual(reply["status"], "error", "a restarted kernel starts empty")
        reply, outputs = self.k.run("2 * 21")
        self.assertEqual(self.k.result(outputs), ["42"])

    def test_sigint_interrupts_the_cell_not_the_kernel(self):
        self.assert_sigint_interrupts_the_cell()

    def test_sigint_interrupts_a_kernel_that_inherited_it_ignored(self):
        # A shell's background job (nohup, a script's `jupyter notebook &`, CI) starts with SIGINT
        # ignored, and its kernels inherit that.
        self.k.close()
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            self.k = KernelSession()
        finally:
            signal.signal(signal.SIGINT, previous)
        self.assert_sigint_interrupts_the_cell()

    def assert_sigint_interrupts_the_cell(self):
        self.k.run("int kept = 7;")
        pid = self.k.km.provisioner.process.pid
        timer = threading.Timer(1.0, os.kill, (pid, signal.SIGINT))
        timer.start()
        started = time.monotonic()
        reply, _ = self.k.run("while (true) {}", timeout=60)
        timer.join()
        self.assertEqual(reply["ename"], "Interrupted")
        self.assertLess(time.monotonic() - started, 2.0)
        reply, outputs = self.k.run("kept")
        self.assertEqual(self.k.result(outputs), ["7"])

    def test_a_comm_to_an_unknown_target_is_closed_back(self):
        comm_id = "comm-probe"
        msg = self.k.kc.session.msg("comm_open", {"comm_id": comm_id, "target_name": "nobody", "data": {}})
        self.k.kc.shell_channel.send(msg)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            iopub = self.k.kc.get_iopub_msg(timeout=30)
            if iopub["msg_type"] == "comm_close":
                self.assertEqual(iopub["content"]["comm_id"], comm_id)
                return
        self.fail("no comm_close for a comm to an unknown target")

    def test_a_target_registered_in_a_cell_answers_comm_messages(self):
        reply, _ = self.k.run(
            "import dev.noisebook.kernel.comm.*;\n"
            "CommRegistry.current().register(\"echo\", new CommTarget() {\n"
            "  public void opened(Comm comm, com.fasterxml.jackson.databind.JsonNode data) {}\n"
            "  public void received(Comm comm, com.fasterxml.jackson.databind.JsonNode data) {\n"
            "    comm.send(data);\n"
            "  }\n"
            "});"
        )
        self.assertEqual(reply["status"], "ok", reply)
        self.k.drain_iopub()
        send = self.k.kc.shell_channel.send
        send(self.k.kc.session.msg("comm_open", {"comm_id": "c1", "target_name": "echo", "data": {}}))
        msg = self.k.kc.session.msg("comm_msg", {"comm_id": "c1", "data": {"x": 1}})
        send(msg)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            iopub = self.k.kc.get_iopub_msg(timeout=30)
            if iopub["msg_type"] == "comm_msg":
                self.assertEqual(iopub["content"], {"comm_id": "c1", "data": {"x": 1}})
                self.assertEqual(iopub["parent_header"]["msg_id"], msg["header"]["msg_id"])
                info = self.k.reply(self.k.kc.comm_info())["content"]["comms"]
                self.assertEqual(info, {"c1": {"target_name": "echo"}})
                return
        self.fail("the echo target did not answer")

    def test_maven_adds_a_library_to_the_running_session(self):
        reply, outputs = self.k.run("%maven org.apache.commons:commons-math3:3.6.1", timeout=300)
        self.assertEqual(reply["status"], "ok", reply)
        reply, outputs = self.k.run("org.apache.commons.math3.util.ArithmeticUtils.gcd(84, 36)")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(self.k.result(outputs), ["12"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
