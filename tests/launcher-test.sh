#!/usr/bin/env bash
# The launcher's own contract: it finds a JDK >= 25 whatever the default java is, and says in one
# line what is missing when there is none. Prints the plain closing line CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0 failed=0
check() { # name, expected substring, command...
  local name="$1" want="$2"; shift 2
  local got; got="$("$@" 2>&1)"
  if [[ "$got" == *"$want"* ]]; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "launcher test FAILED: $name: wanted '$want' in: $got" >&2; fi
}
empty="$(mktemp -d)"; trap 'rm -rf "$empty"' EXIT
check "no JDK 25 gives one clear line" "noisebook: no JDK 25 or newer" \
  env NOISEBOOK_JVM_ROOT="$empty" JAVA_HOME=/nonexistent ./noisebook demo
check "a JAVA_HOME older than 25 is passed over" "usage: ./noisebook COMMAND" \
  env JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 ./noisebook help
check "an unknown command names itself" "unknown command 'frobnicate'" ./noisebook frobnicate
lines="$(env NOISEBOOK_JVM_ROOT="$empty" JAVA_HOME=/nonexistent ./noisebook demo 2>&1 | wc -l)"
if [[ "$lines" -eq 1 ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "launcher test FAILED: missing JDK printed $lines lines" >&2; fi
echo "launcher: $passed passed, $failed failed"
[[ "$failed" -eq 0 ]]
