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
check "run without a script says what it needs" "run needs a JShell script" ./noisebook run
cat >"$empty/chart.jsh" <<'JSH'
var s = Schedule.learningRate(0.1).cosine(100, 0);
System.out.println("lr(50) = " + s.at(50));
s.plot(100).save("lr.png");
JSH
check "run executes a script with the DSL imported" "lr(50) = 0.05" ./noisebook run "$empty/chart.jsh"
if [[ -s "$empty/lr.png" ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "launcher test FAILED: run did not save lr.png next to the script" >&2; fi
cat >"$empty/display.jsh" <<'JSH'
display(Schedule.learningRate(0.1).cosine(100, 0).plot(100));
display(markdown("done"));
JSH
mkdir -p "$empty/out"
check "run --out saves displayed charts there" "display-1.png" ./noisebook run "$empty/display.jsh" --out "$empty/out"
if [[ -s "$empty/out/display-1.png" ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "launcher test FAILED: run --out did not write display-1.png" >&2; fi
cat >"$empty/classpath.jsh" <<'JSH'
boolean loads(String name) {
  try { Class.forName(name); return true; } catch (ClassNotFoundException e) { return false; }
}
System.out.println("DSL " + loads("dev.noisebook.Loss") + ", test libraries "
    + (loads("org.junit.jupiter.api.Test") || loads("org.assertj.core.api.Assertions")));
JSH
check "scripts (and the kernelspec, same class path) get the runtime jars, not test libraries" \
  "DSL true, test libraries false" ./noisebook run "$empty/classpath.jsh"
check "install refuses an unknown option by name" "unknown option '--everywhere'" ./noisebook install --everywhere
lines="$(env NOISEBOOK_JVM_ROOT="$empty" JAVA_HOME=/nonexistent ./noisebook demo 2>&1 | wc -l)"
if [[ "$lines" -eq 1 ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "launcher test FAILED: missing JDK printed $lines lines" >&2; fi
echo "launcher: $passed passed, $failed failed"
[[ "$failed" -eq 0 ]]
