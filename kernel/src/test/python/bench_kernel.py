"""Kernel latency, measured from jupyter_client, Noisebook beside Debian's ipykernel in one run:
launch to the first kernel_info reply (median of several starts), and the round trip of a trivial
execute (p50 and p99 over 200 requests, after 20 warm-up requests), and its p50 again over 200
requests once the session has run 1000 cells (a kernel that keeps per-cell state slows down as a
notebook grows); then the p50 of each 100 cells of that session, which shows the JIT warming up. A
benchmark, not a test: it prints a table and asserts nothing."""
import argparse
import statistics
import time

from jupyter_client.manager import KernelManager

from kernel_session import reply_to

TRIVIAL = {"python3": "1", "default": "1"}
WARMUP = 20  # requests before the measured ones
CURVE_STEP = 100  # cells per point of the warm-up curve


def startup_seconds(kernel):
    km = KernelManager(kernel_name=kernel)
    started = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.kernel_info()
    while True:
        msg = kc.get_shell_msg(timeout=120)
        if msg["msg_type"] == "kernel_info_reply":
            break
    elapsed = time.perf_counter() - started
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return elapsed


def round_trip(kc, code):
    """Seconds from sending an execute request until its outputs are complete (idle) and its reply
    has arrived."""
    started = time.perf_counter()
    msg_id = kc.execute(code)
    while True:
        msg = kc.get_iopub_msg(timeout=60)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            break
    reply_to(kc, msg_id, timeout=60)
    return time.perf_counter() - started


def percentile(times, q):
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def execute_round_trips(kernel, cells):
    """Seconds of each of `cells` trivial executes in one fresh session, in order."""
    km = KernelManager(kernel_name=kernel)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    code = TRIVIAL.get(kernel, TRIVIAL["default"])
    times = [round_trip(kc, code) for _ in range(cells)]
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kernels", nargs="*", default=["noisebook", "python3"])
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--late", type=int, default=1000, help="cells run before the late p50")
    args = parser.parse_args()
    print("| kernel | launch → first kernel_info reply (median of %d) | trivial execute p50 | p99 "
          "| p50 after %d cells |" % (args.starts, args.late))
    print("|---|---|---|---|---|")
    curves = []
    for kernel in args.kernels:
        startup = statistics.median(startup_seconds(kernel) for _ in range(args.starts))
        times = execute_round_trips(kernel, args.late + args.requests)
        early = times[WARMUP:WARMUP + args.requests]
        late = times[args.late:]
        print("| %s | %.2f s | %.1f ms | %.1f ms | %.1f ms |"
              % (kernel, startup, percentile(early, 0.5) * 1e3, percentile(early, 0.99) * 1e3,
                 percentile(late, 0.5) * 1e3))
        curves.append((kernel, [percentile(times[i:i + CURVE_STEP], 0.5) * 1e3
                                for i in range(0, len(times), CURVE_STEP)]))
    print("\nwarm-up: p50 of each %d cells (ms), from the first cell" % CURVE_STEP)
    for kernel, curve in curves:
        print("%s: %s" % (kernel, " ".join("%.1f" % t for t in curve)))


if __name__ == "__main__":
    main()
