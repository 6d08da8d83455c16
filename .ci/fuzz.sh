#!/usr/bin/env bash
# Fuzzes every reader with Jazzer (coverage-guided) for a fixed budget each: the maxDuration of
# its @FuzzTest, 60 s. Fails on any finding: an exception other than KonventException, a hang
# (an input running longer than PER_INPUT_TIMEOUT, 120 s: replays after fuzzing are slow, as every class is instrumented) or running out of memory (the JVM gets
# FUZZ_HEAP). Jazzer keeps each finding in the test's Inputs folder under src/test/resources,
# where `./mvnw verify` replays it as a regression test from then on: commit it with the fix.
#
# Usage: .ci/fuzz.sh [target ...]   targets: konventJson jsonLines c3voc schedule2 ical jcal xcal
#        scheduleXml text html (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
export MAVEN_ARGS="${MAVEN_ARGS:--B -ntp}"
PER_INPUT_TIMEOUT="${PER_INPUT_TIMEOUT:-120s}"
FUZZ_HEAP="${FUZZ_HEAP:-1g}"

declare -A where=(
  [konventJson]="adapters-json io.github.konvent.json.ReaderFuzzTest"
  [jsonLines]="adapters-json io.github.konvent.json.ReaderFuzzTest"
  [c3voc]="adapters-json io.github.konvent.json.ReaderFuzzTest"
  [schedule2]="adapters-json io.github.konvent.json.ReaderFuzzTest"
  [ical]="adapters-ical io.github.konvent.ical.ReaderFuzzTest"
  [jcal]="adapters-ical io.github.konvent.ical.FormatFuzzTest"
  [xcal]="adapters-ical io.github.konvent.ical.FormatFuzzTest"
  [scheduleXml]="adapters-frab io.github.konvent.frab.ReaderFuzzTest"
  [text]="adapters-text io.github.konvent.text.ReaderFuzzTest"
  [html]="adapters-text io.github.konvent.text.ReaderFuzzTest"
)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(konventJson jsonLines c3voc schedule2 ical jcal xcal scheduleXml text html)

failed=()
for t in "${targets[@]}"; do
  [ -n "${where[$t]:-}" ] || { echo "unknown fuzz target '$t'; expected one of: ${!where[*]}"; exit 2; }
  read -r module class <<<"${where[$t]}"
  printf '\n=== fuzzing %s (%s#%s)\n' "$t" "$class" "$t"
  if ! JAZZER_FUZZ=1 ./mvnw -pl "$module" -am test \
      -Dtest="$class#$t*" -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
      -DargLine="-Xmx$FUZZ_HEAP -Djunit.jupiter.execution.timeout.testtemplate.method.default=$PER_INPUT_TIMEOUT"; then
    failed+=("$t")
  fi
done

new=$(git status --porcelain -- '*FuzzTestInputs*' '.cifuzz-corpus' 'crash-*' 'timeout-*' 2>/dev/null || true)
if [ -n "$new" ]; then
  printf '\nnew findings (keep them as regression inputs):\n%s\n' "$new"
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}"
  exit 1
fi
echo "fuzzing: no findings in ${targets[*]}"
