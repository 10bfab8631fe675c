"""Kernel latency, measured from jupyter_client, Noisebook beside Debian's ipykernel in one run:
launch to the first kernel_info reply (median of several starts), and the round trip of a trivial
execute (p50 and p99 over 200 requests, after 20 warm-up requests). A benchmark, not a test: it
prints a table and asserts nothing."""
import argparse
import statistics
import time

from jupyter_client.manager import KernelManager

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


def execute_round_trips(kernel, n, warmup=20):
    km = KernelManager(kernel_name=kernel)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    code = TRIVIAL.get(kernel, TRIVIAL["default"])
    times = []
    for i in range(warmup + n):
        started = time.perf_counter()
        msg_id = kc.execute(code)
        while True:  # a round trip ends when the request's outputs are complete (idle)
            msg = kc.get_iopub_msg(timeout=60)
            if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                    and msg["content"]["execution_state"] == "idle"):
                break
        kc.get_shell_msg(timeout=60)
        if i >= warmup:
            times.append(time.perf_counter() - started)
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    times.sort()
    return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kernels", nargs="*", default=["noisebook", "python3"])
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    print("| kernel | launch → first kernel_info reply (median of %d) | trivial execute p50 | p99 |" % args.starts)
    print("|---|---|---|---|")
    for kernel in args.kernels:
        startup = statistics.median(startup_seconds(kernel) for _ in range(args.starts))
        p50, p99 = execute_round_trips(kernel, args.requests)
        print("| %s | %.2f s | %.1f ms | %.1f ms |" % (kernel, startup, p50 * 1e3, p99 * 1e3))


if __name__ == "__main__":
    main()
