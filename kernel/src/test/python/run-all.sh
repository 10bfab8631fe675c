#!/usr/bin/env bash
# Runs the kernel's Python-side suites (conformance, robustness, security, clients) against the
# kernel named $NOISEBOOK_KERNEL, which must be installed where /usr/bin/jupyter finds it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
/usr/bin/python3 -m unittest -v test_conformance test_robustness test_lifecycle test_security test_clients test_server
