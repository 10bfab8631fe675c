#!/usr/bin/env bash
# Runs the kernel's Python-side suites (conformance, robustness, security, clients) against the
# kernel named $NOISEBOOK_KERNEL, which must be installed where /usr/bin/jupyter finds it.
#
# A watchdog bounds the whole run (NOISEBOOK_TEST_LIMIT seconds, 20 minutes by default; a passing
# run takes about one): a hung kernel must fail CI with evidence, not hold it until CI's own limit.
# Before it stops the run, it prints every live kernel JVM's threads and the Python side's stacks.
# The tests run in the foreground: a script's background job starts with SIGINT ignored, which its
# kernels would inherit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
limit="${NOISEBOOK_TEST_LIMIT:-1200}"

dump_kernels() {
  local pid
  for pid in $(pgrep -f 'dev[.]noisebook[.]kernel[.]Main' || true); do
    echo "=== threads of kernel JVM $pid: $(tr '\0' ' ' <"/proc/$pid/cmdline" | cut -c1-200)"
    jcmd "$pid" Thread.print 2>&1 || true
  done
}

watchdog() { # stops the tests (the python3 child of shell $1) after $limit seconds
  # The sleep must end with the watchdog: a leftover child would keep CI's output open.
  trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
  sleep "$limit" >/dev/null 2>&1 &
  sleeper=$!
  wait "$sleeper"
  echo "run-all: the kernel tests did not finish within $limit s; kernel threads and test stacks follow" >&2
  dump_kernels >&2
  local tests
  for tests in $(pgrep -P "$1" -x python3 || true); do
    kill -USR1 "$tests"; sleep 2; kill "$tests"
  done
}

watchdog $$ &
watching=$!
rc=0
# faulthandler: SIGUSR1 makes Python print every thread's stack (the watchdog sends it).
/usr/bin/python3 -X faulthandler -c '
import faulthandler, signal, sys, unittest
faulthandler.register(signal.SIGUSR1, all_threads=True)
sys.exit(not unittest.main(module=None, argv=["run-all", "-v"] + sys.argv[1:], exit=False).result.wasSuccessful())
' test_conformance test_robustness test_lifecycle test_security test_clients test_server || rc=$?
kill "$watching" 2>/dev/null || true
exit "$rc"
