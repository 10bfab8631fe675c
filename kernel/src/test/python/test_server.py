"""The classic Jupyter Notebook server (Debian's jupyter-notebook) as a client: start a Noisebook
kernel through its REST API and run a cell over its WebSocket channel, as the browser does."""
import json
import os
import socket
import subprocess
import time
import unittest
import urllib.request
import uuid

from tornado import ioloop, websocket

from kernel_session import KERNEL

TOKEN = "noisebook-test-token"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NotebookServer(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.port = free_port()
        cls.base = f"http://127.0.0.1:{cls.port}"
        cls.server = subprocess.Popen(
            ["/usr/bin/jupyter", "notebook", "--no-browser", "--ip=127.0.0.1", f"--port={cls.port}",
             f"--NotebookApp.token={TOKEN}", "--allow-root"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                cls.api("GET", "/api/status")
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("the notebook server did not start")

    @classmethod
    def tearDownClass(cls):
        cls.server.terminate()
        cls.server.wait(timeout=30)

    @classmethod
    def api(cls, method, path, body=None):
        request = urllib.request.Request(
            f"{cls.base}{path}", method=method, data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"token {TOKEN}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
            return json.loads(text) if text else None

    def test_a_cell_runs_over_the_servers_websocket(self):
        kernel = self.api("POST", "/api/kernels", {"name": KERNEL})
        try:
            messages = ioloop.IOLoop.current().run_sync(lambda: self.execute(kernel["id"], "6 * 7"), timeout=120)
        finally:
            self.api("DELETE", f"/api/kernels/{kernel['id']}")
        kinds = [m["msg_type"] for m in messages]
        self.assertIn("execute_input", kinds)
        result = [m for m in messages if m["msg_type"] == "execute_result"]
        self.assertEqual(result[0]["content"]["data"]["text/plain"], "42")
        reply = [m for m in messages if m["msg_type"] == "execute_reply"]
        self.assertEqual(reply[0]["content"]["status"], "ok")

    async def execute(self, kernel_id, code):
        url = f"ws://127.0.0.1:{self.port}/api/kernels/{kernel_id}/channels?token={TOKEN}"
        conn = await websocket.websocket_connect(url)
        msg_id = uuid.uuid4().hex
        await conn.write_message(json.dumps({
            "channel": "shell",
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "test",
                       "session": uuid.uuid4().hex, "date": "2026-12-01T00:00:00Z", "version": "5.3"},
            "parent_header": {}, "metadata": {},
            "content": {"code": code, "silent": False, "store_history": True,
                        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}))
        messages, idle, replied = [], False, False
        while not (idle and replied):
            message = json.loads(await conn.read_message())
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            messages.append(message)
            idle = idle or (message["msg_type"] == "status" and message["content"]["execution_state"] == "idle")
            replied = replied or message["msg_type"] == "execute_reply"
        conn.close()
        return messages


if __name__ == "__main__":
    unittest.main(verbosity=2)
