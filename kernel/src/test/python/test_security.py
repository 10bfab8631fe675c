"""Messages a kernel must never act on: a wrong, missing or foreign signature, broken JSON, unknown
types, missing frames, oversized frames, and thousands of random mutations of a valid request. The
request under attack would create a marker file, so any execution is visible; after the attack the
kernel must still answer a valid request."""
import hashlib
import hmac
import json
import os
import random
import tempfile
import time
import unittest
import uuid

import zmq

from kernel_session import KernelSession

DELIMITER = b"<IDS|MSG>"


class Security(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.k = KernelSession()
        info = cls.k.km.get_connection_info()
        cls.key = info["key"]
        cls.address = f"{info['transport']}://{info['ip']}:{info['shell_port']}"
        cls.marker_dir = tempfile.mkdtemp(prefix="noisebook-security-")
        cls.marker = os.path.join(cls.marker_dir, "executed")
        cls.context = zmq.Context()

    @classmethod
    def tearDownClass(cls):
        cls.context.destroy(linger=0)
        cls.k.close()

    def socket(self):
        s = self.context.socket(zmq.DEALER)
        s.linger = 0
        s.connect(self.address)
        return s

    def parts(self, code=None, msg_type="execute_request"):
        code = code or f'new java.io.File("{self.marker}").createNewFile();'
        header = {"msg_id": uuid.uuid4().hex, "session": "attacker", "username": "x",
                  "date": "2026-12-01T00:00:00Z", "msg_type": msg_type, "version": "5.3"}
        content = {"code": code, "silent": False, "store_history": False,
                   "user_expressions": {}, "allow_stdin": False}
        return [json.dumps(p).encode() for p in (header, {"p": 1}, {"m": 2}, content)]

    def sign(self, parts, key=None):
        mac = hmac.new((key if key is not None else self.key), digestmod=hashlib.sha256)
        for p in parts:
            mac.update(p)
        return mac.hexdigest().encode()

    def assert_no_answer_and_nothing_executed(self, sock, wait=1.0):
        self.assertEqual(sock.poll(int(wait * 1000)), 0, "the kernel answered a bad message")
        self.assertFalse(os.path.exists(self.marker), "the kernel executed a bad message")

    def assert_still_serves(self):
        reply, outputs = self.k.run("20 + 22")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(self.k.result(outputs), ["42"])

    def test_bad_messages_are_dropped(self):
        parts = self.parts()
        cases = {
            "wrong signature": [DELIMITER, b"0" * 64] + parts,
            "no signature": [DELIMITER, b""] + parts,
            "wrong key": [DELIMITER, self.sign(parts, b"not the key")] + parts,
            "malformed json": [DELIMITER, self.sign([b"{not json"] + parts[1:]), b"{not json"] + parts[1:],
            "frames missing": [DELIMITER, self.sign(parts)] + parts[:2],
            "no delimiter": [self.sign(parts)] + parts,
        }
        unknown = self.parts(msg_type="launch_missiles_request")
        cases["unknown type"] = [DELIMITER, self.sign(unknown)] + unknown
        for name, frames in cases.items():
            with self.subTest(name):
                sock = self.socket()
                sock.send_multipart(frames)
                self.assert_no_answer_and_nothing_executed(sock)
                sock.close()
        self.assert_still_serves()

    def test_oversized_frames_are_dropped(self):
        sock = self.socket()
        parts = self.parts()
        huge = b" " * (65 << 20)
        sock.send_multipart([DELIMITER, self.sign(parts)] + parts + [huge])
        self.assert_no_answer_and_nothing_executed(sock, wait=2.0)
        sock.close()
        self.assert_still_serves()

    def test_fuzz_thousands_of_mutated_messages(self):
        rng = random.Random(7)
        sock = self.socket()
        parts = self.parts()
        valid = [DELIMITER, self.sign(parts)] + parts
        sent = 0
        for _ in range(3000):
            frames = mutate(valid, rng)
            if signed_part_intact(frames, valid):
                continue  # extra identities or buffers around an intact message: still valid
            sock.send_multipart(frames)
            sent += 1
        self.assertGreater(sent, 2500)
        self.assert_no_answer_and_nothing_executed(sock, wait=3.0)
        sock.close()
        self.assert_still_serves()
        # and the same request, signed properly, does execute: the marker proves the check works
        good = self.socket()
        probe = self.parts(code=f'new java.io.File("{self.marker}.ok").createNewFile();')
        good.send_multipart([DELIMITER, self.sign(probe)] + probe)
        self.assertTrue(good.poll(60_000), "a valid request got no reply")
        good.close()
        self.assertTrue(os.path.exists(self.marker + ".ok"))


def signed_part_intact(frames, valid):
    if DELIMITER not in frames:
        return False
    i = frames.index(DELIMITER)
    return frames[i + 1 : i + 6] == valid[1:6]


def mutate(frames, rng):
    out = [bytearray(f) for f in frames]
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(out))
        op = rng.randrange(6)
        if op == 0 and out[i]:
            out[i][rng.randrange(len(out[i]))] ^= 1 << rng.randrange(8)
        elif op == 1:
            out[i] = out[i][: rng.randrange(len(out[i]) + 1)]
        elif op == 2 and len(out) > 1:
            del out[i]
        elif op == 3:
            j = rng.randrange(len(out))
            out[i], out[j] = out[j], out[i]
        elif op == 4:
            out.insert(rng.randrange(len(out) + 1), bytearray(rng.randbytes(rng.randrange(64))))
        else:
            out[i] = bytearray(b'{"msg_type":"execute_request"}')
    return [bytes(f) for f in out]


if __name__ == "__main__":
    unittest.main(verbosity=2)
