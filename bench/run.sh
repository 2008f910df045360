#!/usr/bin/env bash
# HTTP benchmark of the Minutegraph server over the SCS meeting minutes, measured the same way
# as the Fuseki + jena-text anchor (../shared/bench/fuseki) and optionally in the same run.
#
#   bench/run.sh [--no-embeddings] [--with-fuseki] [--reingest]
#
# 1. builds query-server/target/minutegraph.jar (and test classes) when missing;
# 2. ingests the real minutes into target/bench/store (target/bench/store-lexical with
#    --no-embeddings) unless that store exists (--reingest rebuilds it), timed;
# 3. starts the server (`minutegraph serve` when the jar has it, else the test-scope stand-in
#    org.minutegraph.server.sparql.BenchServer), records start-to-ready (JVM launch to 200 on
#    /health), RSS and heap at ready, one cold Q1, one answer per target;
# 4. measures every target of bench/targets.txt with http-load.sh (wrk), then heap after the
#    load (jcmd GC.heap_info, before and after a full GC), RSS and VmHWM; stops the server;
# 5. with --with-fuseki runs ../shared/bench/fuseki/run.sh (about 20 min with its defaults)
#    and prints both result files through one `http-load.sh --summary`, plus the goal ratios.
#
# Environment (defaults): MINUTES (../shared/corpus/scs-minutes), BENCH_TOOLS (../shared/bench:
# http-load.sh), PORT (39331), JAVA ($JAVA_HOME/bin/java or java), JVM_ARGS (-Xmx1g), DURATION (20),
# CONCURRENCY ("1 16"), REPEATS (3), WARMUP (10), QUIET_WAIT (30), OUT (target/bench/results/TIME),
# and for Fuseki its own variables (LOAD_REPEATS, SERVER_REPEATS, ...; see its README).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
MINUTES="${MINUTES:-$REPO/../shared/corpus/scs-minutes}"
BENCH_TOOLS="${BENCH_TOOLS:-$REPO/../shared/bench}"
PORT="${PORT:-39331}"
if [[ -z "${JAVA:-}" ]]; then
  # The same JDK 21+ search as ./minutegraph and .ci/run.
  . "$(dirname "${BASH_SOURCE[0]}")/../.ci/jdk.sh"
  mg_find_jdk
  JAVA="$JAVA_HOME/bin/java"
fi
JVM_ARGS="${JVM_ARGS:--Xmx1g}"
DURATION="${DURATION:-20}"
CONCURRENCY="${CONCURRENCY:-1 16}"
REPEATS="${REPEATS:-3}"
WARMUP="${WARMUP:-10}"
QUIET_WAIT="${QUIET_WAIT:-30}"
EMBEDDINGS=1; WITH_FUSEKI=0; REINGEST=0
for arg in "$@"; do
  case "$arg" in
    --no-embeddings) EMBEDDINGS=0 ;;
    --with-fuseki) WITH_FUSEKI=1 ;;
    --reingest) REINGEST=1 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "run.sh: unknown argument $arg (see --help)" >&2; exit 2 ;;
  esac
done

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ns() { date +%s%N; }
secs_since() { python3 -c "import sys; print('%.3f' % ((int(sys.argv[2]) - int(sys.argv[1])) / 1e9))" "$1" "$(now_ns)"; }
rss_kb() { awk -v k="$2:" '$1 == k {print $2}' "/proc/$1/status" 2>/dev/null || echo NA; }
jcmd_of() { local j; j="$(dirname "$JAVA")/jcmd"; [[ -x "$j" ]] && echo "$j" || command -v jcmd || true; }

for tool in "$JAVA" curl python3 wrk; do
  command -v "$tool" >/dev/null || { echo "run.sh: '$tool' not found (wrk: apt-get install wrk)" >&2; exit 1; }
done
[[ -x "$BENCH_TOOLS/http-load.sh" ]] || { echo "run.sh: no http-load.sh in BENCH_TOOLS=$BENCH_TOOLS" >&2; exit 1; }
[[ -d "$MINUTES" ]] || { echo "run.sh: no minutes at MINUTES=$MINUTES" >&2; exit 1; }
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then
  echo "run.sh: something already listens on 127.0.0.1:$PORT; set PORT" >&2; exit 1
fi

OUT="${OUT:-$REPO/target/bench/results/$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT/responses"
log "results in $OUT"

# ---------------------------------------------------------------- 1. build
JAR="$REPO/query-server/target/minutegraph.jar"
TEST_CLASSES="$REPO/query-server/target/test-classes"
if [[ ! -f "$JAR" || ! -f "$TEST_CLASSES/org/minutegraph/server/sparql/BenchServer.class" ]] \
    || [[ -n "$(find "$REPO"/*/src "$REPO"/*/pom.xml "$REPO/pom.xml" -newer "$JAR" -type f -print -quit)" ]]; then
  log "building (mvn install -DskipTests, then test classes): the jar is missing or older than the sources"
  (cd "$REPO" && ./mvnw -B -q -o install -DskipTests && ./mvnw -B -q -o test-compile -pl query-server) >&2
fi

# ---------------------------------------------------------------- 2. ingest
if [[ "$EMBEDDINGS" == 1 ]]; then STORE="$REPO/target/bench/store"; INGEST_FLAGS=(); else
  STORE="$REPO/target/bench/store-lexical"; INGEST_FLAGS=(--no-embeddings); fi
INGEST_S=NA
if [[ "$REINGEST" == 1 ]]; then rm -rf "$STORE"; fi
if [[ ! -f "$STORE/CURRENT" ]]; then
  log "ingesting $MINUTES into $STORE (embeddings: $EMBEDDINGS)"
  t0=$(now_ns)
  "$JAVA" -jar "$JAR" ingest --minutes "$MINUTES" --store "$STORE" "${INGEST_FLAGS[@]+"${INGEST_FLAGS[@]}"}" > "$OUT/ingest.log" 2>&1
  INGEST_S=$(secs_since "$t0")
  log "ingested in $INGEST_S s"
fi

# ---------------------------------------------------------------- 3. start
TARGETS="$OUT/targets.txt"
sed -e "s#127.0.0.1:39331#127.0.0.1:$PORT#g" -e "s# queries/# $HERE/queries/#" "$HERE/targets.txt" > "$TARGETS"
if "$JAVA" -jar "$JAR" --help 2>/dev/null | grep -qE "^ +serve( |$)"; then
  SERVER_CMD=("$JAVA" $JVM_ARGS -jar "$JAR" serve --store "$STORE" --port "$PORT")
else
  log "the jar has no 'serve' command yet: using the test-scope stand-in BenchServer"
  SERVER_CMD=("$JAVA" $JVM_ARGS -cp "$JAR:$TEST_CLASSES" org.minutegraph.server.sparql.BenchServer "$STORE" "$PORT")
fi
echo "${SERVER_CMD[*]}" > "$OUT/server-command.txt"

SERVER_PID=""
stop_server() {
  [[ -n "$SERVER_PID" ]] || return 0
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$SERVER_PID" 2>/dev/null && kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}
trap stop_server EXIT INT TERM

log "starting: ${SERVER_CMD[*]}"
t0=$(now_ns)
"${SERVER_CMD[@]}" > "$OUT/server.log" 2>&1 &
SERVER_PID=$!
ready=""
for _ in $(seq 1 1200); do   # <= 60 s
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/health" || true)" == 200 ]]; then ready=1; break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.05
done
[[ -n "$ready" ]] || { echo "run.sh: the server did not become ready; see $OUT/server.log" >&2; exit 1; }
READY_S=$(secs_since "$t0")
RSS_READY=$(rss_kb "$SERVER_PID" VmRSS)
JCMD="$(jcmd_of)"
heap() { [[ -n "$JCMD" ]] && "$JCMD" "$SERVER_PID" GC.heap_info 2>/dev/null | sed -n 's/.*committed \([0-9]*K\), used \([0-9]*K\).*/committed \1 used \2/p' | head -1 || echo NA; }
HEAP_READY="$(heap)"
FIRST_MS=$(curl -s -o "$OUT/responses/cold-q1.json" -w '%{time_total}' -H 'Content-Type: application/sparql-query' \
    -H 'Accept: application/sparql-results+json' --data-binary "@$HERE/queries/q1-text-harbor.rq" --max-time 60 \
    "http://127.0.0.1:$PORT/sparql" | awk '{printf "%.1f", $1 * 1000}')
log "ready in $READY_S s, RSS $RSS_READY kB, heap $HEAP_READY, first Q1 $FIRST_MS ms"

# one answer per target, for checking (and an early failure when one is broken)
while read -r label method url body ctype; do
  [[ -z "$label" || "$label" == \#* ]] && continue
  args=(-s -o "$OUT/responses/$label.json" -w '%{http_code}' -H 'Accept: application/sparql-results+json, application/json' --max-time 60)
  if [[ "$method" == POST ]]; then args+=(-H "Content-Type: $ctype" --data-binary "@$body"); fi
  code=$(curl "${args[@]}" "$url" || true)
  [[ "$code" == 200 ]] || { echo "run.sh: $label answered $code: $(head -c 400 "$OUT/responses/$label.json")" >&2; exit 1; }
done < "$TARGETS"

# ---------------------------------------------------------------- 4. measure
DURATION="$DURATION" CONCURRENCY="$CONCURRENCY" WARMUP="$WARMUP" REPEATS="$REPEATS" QUIET_WAIT="$QUIET_WAIT" \
  "$BENCH_TOOLS/http-load.sh" -q -f "$TARGETS" -A 'application/sparql-results+json, application/json' \
    -o "$OUT/http.tsv" -p "$SERVER_PID"

HEAP_END="$(heap)"
[[ -n "$JCMD" ]] && "$JCMD" "$SERVER_PID" GC.run >/dev/null 2>&1 || true
HEAP_LIVE="$(heap)"
{
  printf 'ingest_s\tready_s\trss_ready_kb\theap_ready\tfirst_q1_ms\theap_after_load\theap_after_full_gc\trss_end_kb\thwm_kb\tjvm_args\n'
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$INGEST_S" "$READY_S" "$RSS_READY" "$HEAP_READY" "$FIRST_MS" \
    "$HEAP_END" "$HEAP_LIVE" "$(rss_kb "$SERVER_PID" VmRSS)" "$(rss_kb "$SERVER_PID" VmHWM)" "$JVM_ARGS"
} > "$OUT/server.tsv"
stop_server
trap - EXIT INT TERM

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo), $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)" > "$OUT/versions.txt"
echo "java: $("$JAVA" -version 2>&1 | head -1)" >> "$OUT/versions.txt"
echo "minutegraph: $(cd "$REPO" && git rev-parse --short HEAD 2>/dev/null || echo '?')  store: $STORE  embeddings: $EMBEDDINGS" >> "$OUT/versions.txt"
cat "$OUT/versions.txt"
column -t -s $'\t' "$OUT/server.tsv"

# ---------------------------------------------------------------- 5. Fuseki, side by side
if [[ "$WITH_FUSEKI" == 1 ]]; then
  log "running the Fuseki anchor ($BENCH_TOOLS/fuseki/run.sh)"
  before=$(ls -1d "${BENCH_DIR:-/tmp/fuseki-bench}"/results/*/ 2>/dev/null | sort | tail -1 || true)
  DURATION="$DURATION" CONCURRENCY="$CONCURRENCY" WARMUP="$WARMUP" QUIET_WAIT="$QUIET_WAIT" \
    MINUTES_SRC="${MINUTES_SRC-$MINUTES}" "$BENCH_TOOLS/fuseki/run.sh" | tee "$OUT/fuseki-summary.md"
  latest=$(ls -1d "${BENCH_DIR:-/tmp/fuseki-bench}"/results/*/ | sort | tail -1)
  [[ "$latest" != "$before" ]] && cp "$latest/http.tsv" "$OUT/fuseki-http.tsv" && cp "$latest/server.tsv" "$OUT/fuseki-server.tsv"
fi
echo
if [[ "$WITH_FUSEKI" == 1 ]]; then
  set +e
  python3 "$HERE/goals.py" "$OUT/http.tsv" "$OUT/fuseki-http.tsv" "$OUT/server.tsv" "$OUT/side-by-side.tsv" > "$OUT/goals.md"
  set -e
  echo "## Minutegraph [mg] and Fuseki [fuseki], same queries, one run"
  "$BENCH_TOOLS/http-load.sh" --summary "$OUT/side-by-side.tsv" | tee "$OUT/summary.md"
  echo; echo "## Goals"; cat "$OUT/goals.md"; cat "$OUT/goals.md" >> "$OUT/summary.md"
else
  echo "## Minutegraph"
  "$BENCH_TOOLS/http-load.sh" --summary "$OUT/http.tsv" | tee "$OUT/summary.md"
fi
log "done; results in $OUT"
