"""A started Noisebook kernel and a blocking jupyter_client connected to it, with helpers that run
a cell and collect everything it broadcast until idle."""
import os
import queue
import time

from jupyter_client.manager import start_new_kernel

KERNEL = os.environ.get("NOISEBOOK_KERNEL", "noisebook")
TIMEOUT = 120


def reply_to(kc, msg_id, timeout=TIMEOUT):
    """The shell reply to msg_id. Earlier replies are skipped: jupyter_client's wait_for_ready
    sends kernel_info again each second until one is answered, so a kernel that starts in more
    than a second leaves an extra kernel_info_reply queued."""
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


class KernelSession:
    def __init__(self):
        self.km, self.kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=TIMEOUT)

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=False)

    def run(self, code, timeout=TIMEOUT, **options):
        """Executes code; returns (reply content, [(msg_type, content)] broadcast for it)."""
        msg_id = self.kc.execute(code, **options)
        outputs = self.outputs(msg_id, timeout)
        return self.reply(msg_id, timeout)["content"], outputs

    def reply(self, msg_id, timeout=TIMEOUT):
        return reply_to(self.kc, msg_id, timeout)

    def outputs(self, msg_id, timeout=TIMEOUT):
        outputs = []
        deadline = time.monotonic() + timeout
        while True:
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return outputs
            outputs.append((msg["msg_type"], msg["content"]))

    def stdout(self, outputs):
        return "".join(c["text"] for t, c in outputs if t == "stream" and c["name"] == "stdout")

    def result(self, outputs):
        return [c["data"]["text/plain"] for t, c in outputs if t == "execute_result"]

    def drain_iopub(self):
        try:
            while True:
                self.kc.get_iopub_msg(timeout=0.2)
        except queue.Empty:
            pass
