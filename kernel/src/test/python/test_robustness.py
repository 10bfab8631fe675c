"""What a notebook user does to a kernel that a toy kernel does not survive: interrupts, exits,
stack overflows, floods of output, input requests; after each, the cell's state is still there."""
import threading
import time
import unittest

from kernel_session import KernelSession


class Robustness(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.k = KernelSession()
        reply, _ = cls.k.run("int kept = 41;")
        assert reply["status"] == "ok", reply

    @classmethod
    def tearDownClass(cls):
        cls.k.close()

    def assert_state_kept(self):
        reply, outputs = self.k.run("kept + 1")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(self.k.result(outputs), ["42"])

    def interrupt_after(self, code, delay=1.0):
        timer = threading.Timer(delay, self.k.km.interrupt_kernel)
        timer.start()
        started = time.monotonic()
        reply, outputs = self.k.run(code, timeout=60)
        elapsed = time.monotonic() - started - delay
        timer.join()
        return reply, outputs, elapsed

    def test_interrupt_stops_a_busy_loop_within_a_second(self):
        reply, outputs, elapsed = self.interrupt_after("while (true) {}")
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "Interrupted")
        self.assertLess(elapsed, 1.0)
        self.assertIn("error", [t for t, _ in outputs])
        self.assert_state_kept()

    def test_interrupt_stops_a_sleeping_cell(self):
        reply, _, elapsed = self.interrupt_after("Thread.sleep(600_000);")
        self.assertEqual(reply["ename"], "Interrupted")
        self.assertLess(elapsed, 1.0)
        self.assert_state_kept()

    def test_interrupt_stops_dsl_training_and_keeps_the_partial_fit(self):
        self.k.run(
            "var noisy = Noise.labels().symmetric(0.4).seed(3)"
            ".apply(Data.blobs(3).features(2).samples(300).seed(2).source());"
        )
        reply, outputs, elapsed = self.interrupt_after(
            "var fit = Model.linear().loss(Loss.generalizedCE(0.7)).optimiser(Optim.adaGrad(0.3))"
            ".epochs(10_000_000).batch(16).seed(7).fit(noisy);",
            delay=2.5,  # the curve shows after a second of training and updates once a second
        )
        self.assertEqual(reply["ename"], "Interrupted")
        self.assertLess(elapsed, 1.0)
        kinds = [t for t, _ in outputs]
        self.assertIn("display_data", kinds, "the fit shows a live curve")
        self.assertIn("update_display_data", kinds, "the curve updates in place")
        reply, outputs = self.k.run("fit.interrupted()")
        self.assertEqual(self.k.result(outputs), ["true"])
        self.assert_state_kept()

    def test_system_exit_is_an_error_in_the_cell(self):
        for code in ["System.exit(3);", "Runtime.getRuntime().halt(1);"]:
            with self.subTest(code=code):
                reply, _ = self.k.run(code)
                self.assertEqual(reply["status"], "error", reply)
                self.assertIn("exit", (reply["ename"] + reply["evalue"]).lower())
                self.assert_state_kept()

    def test_stack_overflow_is_an_error_in_the_cell(self):
        reply, _ = self.k.run("int down(int n) { return down(n + 1) + 1; }\ndown(0)")
        self.assertEqual(reply["status"], "error")
        self.assertIn("StackOverflowError", reply["ename"])
        self.assert_state_kept()

    def test_a_million_lines_arrive_complete_and_in_order(self):
        reply, outputs = self.k.run(
            "for (int i = 0; i < 1_000_000; i++) System.out.println(i);", timeout=300
        )
        self.assertEqual(reply["status"], "ok")
        lines = self.k.stdout(outputs).splitlines()
        self.assertEqual(len(lines), 1_000_000)
        self.assertEqual(lines, [str(i) for i in range(1_000_000)])
        batches = sum(1 for t, _ in outputs if t == "stream")
        self.assertLess(batches, 2_000, "output should travel in batches")
        self.assert_state_kept()

    def test_output_of_threads_the_cell_starts_streams_to_the_notebook(self):
        reply, outputs = self.k.run(
            'var t = new Thread(() -> System.out.println("from a thread")); t.start(); t.join();'
        )
        self.assertEqual(reply["status"], "ok")
        self.assertIn("from a thread", self.k.stdout(outputs))

    def test_reading_stdin_asks_the_client(self):
        self.k.kc.allow_stdin = True
        msg_id = self.k.kc.execute(
            'var line = new java.util.Scanner(System.in).nextLine(); line.toUpperCase()',
            allow_stdin=True,
        )
        request = self.k.kc.get_stdin_msg(timeout=60)
        self.assertEqual(request["msg_type"], "input_request")
        self.k.kc.input("noisy labels")
        outputs = self.k.outputs(msg_id)
        self.assertEqual(self.k.result(outputs), ["NOISY LABELS"])
        self.k.reply(msg_id)

    def test_interrupt_while_waiting_for_input_then_input_still_works(self):
        timer = threading.Timer(1.0, self.k.km.interrupt_kernel)
        timer.start()
        msg_id = self.k.kc.execute("new java.util.Scanner(System.in).nextLine()", allow_stdin=True)
        self.assertEqual(self.k.kc.get_stdin_msg(timeout=60)["msg_type"], "input_request")
        self.k.outputs(msg_id)
        reply = self.k.reply(msg_id)
        timer.join()
        self.assertEqual(reply["content"]["ename"], "Interrupted")
        self.assert_state_kept()
        self.test_reading_stdin_asks_the_client()

    def test_stdin_refused_when_the_client_does_not_allow_it(self):
        reply, _ = self.k.run("new java.util.Scanner(System.in).nextLine()", allow_stdin=False)
        self.assertEqual(reply["status"], "error")
        self.assert_state_kept()

    def test_stop_on_error_aborts_queued_cells(self):
        first = self.k.kc.execute("Thread.sleep(500); throw new IllegalStateException(\"x\");")
        second = self.k.kc.execute("kept = 0;")
        replies = {}
        while first not in replies or second not in replies:  # in either order; others skipped
            msg = self.k.kc.get_shell_msg(timeout=60)
            replies[msg["parent_header"].get("msg_id")] = msg["content"]
        self.assertEqual(replies[first]["status"], "error")
        self.assertEqual(replies[second]["status"], "aborted")
        self.k.drain_iopub()
        self.assert_state_kept()

    def test_silent_cells_broadcast_nothing_and_are_not_counted(self):
        before, _ = self.k.run("1")
        reply, outputs = self.k.run('System.out.println("hidden"); 5', silent=True)
        self.assertEqual(reply["status"], "ok")
        self.assertEqual([t for t, _ in outputs if t != "status"], [])
        after, _ = self.k.run("1")
        self.assertEqual(after["execution_count"], before["execution_count"] + 1)

    def test_user_expressions_are_evaluated(self):
        reply, _ = self.k.run("int w = 6;", user_expressions={"twice": "w * 2"})
        self.assertEqual(reply["user_expressions"]["twice"]["data"]["text/plain"], "12")

    def test_display_updates_in_place(self):
        reply, outputs = self.k.run('var h = display("first"); h.update("second");')
        self.assertEqual(reply["status"], "ok")
        kinds = [t for t, _ in outputs]
        self.assertIn("display_data", kinds)
        self.assertIn("update_display_data", kinds)
        shown = [c for t, c in outputs if t == "display_data"][0]
        updated = [c for t, c in outputs if t == "update_display_data"][0]
        self.assertEqual(shown["transient"]["display_id"], updated["transient"]["display_id"])

    def test_unknown_magic_lists_the_known_ones(self):
        reply, _ = self.k.run("%nosuchmagic")
        self.assertEqual(reply["status"], "error")
        self.assertIn("%lsmagic", reply["evalue"])

    def test_comm_info_answers(self):
        reply = self.k.reply(self.k.kc.comm_info())
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(reply["content"]["comms"], {})


if __name__ == "__main__":
    unittest.main(verbosity=2)
