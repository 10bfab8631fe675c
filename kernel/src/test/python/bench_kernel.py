"""Kernel latency, measured from jupyter_client, Noisebook beside Debian's ipykernel in one run:
launch to the first kernel_info reply (median of several starts), and the round trip of a trivial
execute (p50 and p99 over 200 requests, after 20 warm-up requests), and its p50 again over 200
requests once the session has run 1000 cells (a kernel that keeps per-cell state slows down as a
notebook grows). A benchmark, not a test: it prints a table and asserts nothing."""
import argparse
import statistics
import time

from jupyter_client.manager import KernelManager

from kernel_session import reply_to

TRIVIAL = {"python3": "1", "default": "1"}


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


def execute_round_trips(kernel, n, warmup=20, late=1000):
    """p50 and p99 of n trivial executes after warm-up, and the p50 of n more once the session has
    run `late` cells."""
    km = KernelManager(kernel_name=kernel)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    code = TRIVIAL.get(kernel, TRIVIAL["default"])
    times = [round_trip(kc, code) for _ in range(warmup + n)][warmup:]
    for _ in range(late - warmup - n):
        round_trip(kc, code)
    late_times = [round_trip(kc, code) for _ in range(n)]
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return percentile(times, 0.5), percentile(times, 0.99), percentile(late_times, 0.5)


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
    for kernel in args.kernels:
        startup = statistics.median(startup_seconds(kernel) for _ in range(args.starts))
        p50, p99, late_p50 = execute_round_trips(kernel, args.requests, late=args.late)
        print("| %s | %.2f s | %.1f ms | %.1f ms | %.1f ms |"
              % (kernel, startup, p50 * 1e3, p99 * 1e3, late_p50 * 1e3))


if __name__ == "__main__":
    main()
