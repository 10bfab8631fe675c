"""Trains an installed Noisebook kernel's ahead-of-time cache.

JDK 25 can keep, in one file, the classes a run loaded and linked and the profiles of the methods
it ran hot (JEPs 483, 514, 515); a later JVM given that file starts sooner and compiles the hot
methods sooner. The kernel's hot methods are javac's, run by JShell for every cell, so the cache is
trained on a real session: this script starts the installed kernel with -XX:AOTCacheOutput in
place of its -XX:AOTCache option, runs representative cells through jupyter_client (trivial
expressions, declarations, errors, completion, and the code cells of the notebooks it is given),
and shuts the kernel down, which is when the JVM writes the cache beside kernel.json. The kernel
works without the file (the JVM then starts as usual), so a failed training only costs speed.

usage: train_startup_cache.py KERNEL_NAME [NOTEBOOK.ipynb ...]
"""
import json
import os
import subprocess
import sys
import tempfile
import time

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

CACHE = "-XX:AOTCache="
TRAINING = "-XX:AOTCacheOutput="
TIMEOUT = 300
# Enough runs of the one-line cells for the JIT to profile the compiler's paths as a notebook does.
REPEATS = 50
CELLS = [
    "1",
    "int x = 2; x * 21",
    "String greet(String who) { return \"hello \" + who; }\ngreet(\"noise\")",
    "record Point(double x, double y) {}\nnew Point(1, 2)",
    'System.out.println("printed"); System.err.println("warned");',
    "var list = java.util.List.of(3, 1, 2); list.stream().sorted().toList()",
    "undefinedName + 1",
    'throw new IllegalStateException("a cell that fails")',
]


def code_cells(notebook):
    with open(notebook, encoding="utf-8") as f:
        cells = json.load(f)["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


def execute(kc, code):
    """Runs code and waits for its reply; a failing cell is part of the training."""
    msg_id = kc.execute(code)
    while True:
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"]["status"]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    name, notebooks = sys.argv[1], sys.argv[2:]
    spec = KernelSpecManager().get_kernel_spec(name)
    cache_args = [a for a in spec.argv if a.startswith(CACHE)]
    if not cache_args:
        sys.exit("kernel %s has no %s option to train" % (name, CACHE))
    cache = cache_args[0][len(CACHE):].replace("{resource_dir}", spec.resource_dir)
    if os.path.exists(cache):
        os.remove(cache)  # a stale cache from an earlier build would be refused anyway

    started = time.perf_counter()
    km = KernelManager(kernel_name=name)
    km.kernel_spec.argv = [a.replace(CACHE, TRAINING, 1) for a in km.kernel_spec.argv]
    km.shutdown_wait_time = TIMEOUT  # writing the cache happens at exit and takes a while
    log = tempfile.TemporaryFile(mode="w+")  # the JVM's own messages, shown only if training fails
    # The kernel keeps its history under JUPYTER_DATA_DIR: a throwaway one, so that training adds
    # no session to the user's history.
    scratch = tempfile.TemporaryDirectory()
    env = dict(os.environ, JUPYTER_DATA_DIR=scratch.name)
    km.start_kernel(stdout=log, stderr=subprocess.STDOUT, env=env)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        for _ in range(REPEATS):
            for cell in CELLS:
                execute(kc, cell)
        for notebook in notebooks:
            for cell in code_cells(notebook):
                if execute(kc, cell) != "ok":
                    print("train_startup_cache: a cell of %s failed" % notebook, file=sys.stderr)
        for code in ("Math.ma", "java.util.List.o", "greet("):
            kc.complete(code, len(code), reply=True, timeout=TIMEOUT)
            kc.inspect(code, len(code), reply=True, timeout=TIMEOUT)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    if not os.path.exists(cache):
        log.seek(0)
        sys.stderr.write(log.read())
        sys.exit("train_startup_cache: the kernel exited without writing %s" % cache)
    print("startup cache %s (%.0f MiB) trained in %.0f s"
          % (cache, os.path.getsize(cache) / 2**20, time.perf_counter() - started))


if __name__ == "__main__":
    main()
