#!/usr/bin/env bash
# Fuzzes one target (or all of them, one after the other) for DURATION with Jazzer:
#   fuzz/run.sh TARGET DURATION     e.g. fuzz/run.sh minutes 10m, fuzz/run.sh all 20s (what CI runs)
# Targets: minutes (bytes of a minutes file through parse, extract, RDF, index), paths (a file's
# path), search (q and the search parameters), sparql (SPARQL protocol requests over HTTP).
# A finding fails the run: Jazzer saves the input under the target's
# src/test/resources/.../<Class>Inputs/<method>/ (from then on a regression test; fix it, keep
# the file) and this script prints it in hex. The corpus it grows stays in <module>/.cifuzz-corpus/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
  echo "usage: fuzz/run.sh minutes|paths|search|sparql|all DURATION (e.g. 30s, 10m, 2h)" >&2
  exit 2
}
[ $# -eq 2 ] || usage
[[ "$2" =~ ^[0-9]+[smh]$ ]] || usage
case "$1" in minutes|paths|search|sparql|all) ;; *) usage ;; esac

# target -> module, test, classes to instrument for coverage (ours, and the parser the input meets first)
target() {
  case "$1" in
    minutes) echo "ingest MinutesFileFuzzTests#minutesFile org.minutegraph.**,com.vladsch.flexmark.**" ;;
    paths)   echo "ingest MinutesFileFuzzTests#sourcePath org.minutegraph.**" ;;
    search)  echo "query-server SearchQueryFuzzTests#searchRequest org.minutegraph.**,org.apache.lucene.queryparser.**" ;;
    sparql)  echo "query-server SparqlRequestFuzzTests#sparqlRequest org.minutegraph.**,org.apache.jena.sparql.lang.**,org.eclipse.jetty.http.**" ;;
    *) usage ;;
  esac
}

. "$here/.ci/jdk.sh"
mg_find_jdk
cd "$here"
mkdir -p target/fuzz

fuzz() {
  local name="$1" duration="$2" module test instrument
  read -r module test instrument <<< "$(target "$name")"
  local log="target/fuzz/$name.log" inputs="$module/src/test/resources"
  local before
  before=$(find "$inputs" -name 'crash-*' -o -name 'timeout-*' 2>/dev/null | sort)
  echo "fuzz $name for $duration ($module $test)"
  if JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" JAZZER_INSTRUMENT="$instrument" \
      "$here/mvnw" -B -ntp -pl "$module" -am test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
    grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n1 | sed "s/^/  $name: /" || true
    return 0
  fi
  echo "  $name: FAILED (log: $log)"
  grep -E 'FuzzTestFinding|== Java Exception|Assertion|Exception:' "$log" | head -n 5 | sed 's/^/  /' || true
  comm -13 <(echo "$before") <(find "$inputs" -name 'crash-*' -o -name 'timeout-*' 2>/dev/null | sort) | while read -r f; do
    [ -n "$f" ] || continue
    echo "  finding saved as $f:"
    od -A d -t x1 -v "$f" | head -n 40 | sed 's/^/    /'
  done
  return 1
}

names=("$1")
[ "$1" = all ] && names=(minutes paths search sparql)
passed=0 failed=0
for name in "${names[@]}"; do
  if fuzz "$name" "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
