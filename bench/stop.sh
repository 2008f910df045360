#!/usr/bin/env bash
# Stops the server with SIGTERM at random moments and counts how it ended: while the embedding model
# loads (just after /health answers) and during hybrid search traffic (just after search turned
# hybrid); with --minutes also during a live re-ingest by `serve --watch` (every third run). A native
# crash is exit 134/139 or an hs_err file (written to a temporary folder, never the repository);
# anything but exit 0 is counted too.
#
#   bench/stop.sh --store DIR [--runs 100] [--port 17100] [--minutes ../shared/corpus/scs-minutes]
#                 [--only load|search|reingest]
#
# The store must have embeddings (`./minutegraph ingest --minutes ../shared/corpus/scs-minutes
# --store /tmp/lc-store`, about a minute); with --minutes, a copy of it and of those minutes is
# re-ingested (100 files changed each time). The server runs through ./minutegraph, as users start it
# (MINUTEGRAPH=path/to/launcher runs another build, e.g. a copy of an older one, for a comparison).
# Prints one line per run and a summary; exits 1 when any run crashed, hung or exited non-zero.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
launcher="${MINUTEGRAPH:-$here/minutegraph}"

runs=100 store="" port=17100 minutes="" only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --store) store="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --minutes) minutes="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "stop.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$store" ] || { echo "stop.sh: --store DIR is required (a store ingested with embeddings)" >&2; exit 2; }
[ -f "$store/CURRENT" ] || { echo "stop.sh: $store is not a Minutegraph store" >&2; exit 2; }
command -v curl >/dev/null || { echo "stop.sh: curl is needed" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/mg-stop.XXXXXX")"
server_pid="" load_pids=()
cleanup() {
  for p in "${load_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "$server_pid" ] && kill -9 "$server_pid" 2>/dev/null || true
}
trap cleanup EXIT

base="http://127.0.0.1:$port"
if [ -n "$minutes" ]; then
  cp -r "$minutes" "$work/minutes"
  cp -r "$store" "$work/store"
  mapfile -t files < <(cd "$work/minutes" && find . -name '*.md' -path './*/*' | sort)
  "$launcher" ingest --minutes "$work/minutes" --store "$work/store" >"$work/ingest.log" 2>&1 # untimed: the copy's paths
fi
# The launcher builds the jar once, outside the timed runs.
"$launcher" --version >/dev/null

ok=0 nonzero=0 crashed=0 hung=0
declare -A by_phase
# Random moments in milliseconds: [0, max) after the phase began.
random_ms() { echo $(( (RANDOM * 32768 + RANDOM) % $1 )); }
wait_until() { # seconds, then a command that succeeds when ready
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    [ $SECONDS -lt $deadline ] || return 1
    kill -0 "$server_pid" 2>/dev/null || return 1
    sleep 0.05
  done
}
healthy() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$base/health" || true)" = 200 ]; }
hybrid() { curl -s --max-time 2 "$base/api/search?q=registry&limit=5" 2>/dev/null | grep -q '"mode":"hybrid"'; }
search_traffic() { # 4 clients, each with its own queries, until killed
  local words=(harbor registry keycloak zitadel "cluster api" monitoring "image build" storage network release)
  for c in 1 2 3 4; do
    ( i=$c; while :; do
        curl -s -o /dev/null --max-time 5 "$base/api/search?q=$(echo "${words[$((i % 10))]} $i" | sed 's/ /%20/g')&limit=10" || true
        i=$((i + 7))
      done ) &
    load_pids+=($!)
  done
}

for run in $(seq 1 "$runs"); do
  phase=load; [ $((run % 2)) -eq 0 ] && phase=search
  [ -n "$minutes" ] && [ $((run % 3)) -eq 0 ] && phase=reingest
  [ -n "$only" ] && phase="$only"
  errors="$work/run-$run"; mkdir -p "$errors"
  serve=(serve --store "$store" --port "$port")
  [ "$phase" = reingest ] && serve=(serve --store "$work/store" --minutes "$work/minutes" --watch --port "$port")
  MINUTEGRAPH_JAVA_OPTS="-XX:ErrorFile=$errors/hs_err_pid%p.log" \
    "$launcher" "${serve[@]}" >"$errors/server.log" 2>&1 &
  server_pid=$!
  note=""
  # serve --minutes first ingests what the last stopped re-ingest left out
  if ! wait_until $([ "$phase" = reingest ] && echo 180 || echo 60) healthy; then
    note="never healthy"
  elif [ "$phase" = load ]; then
    # the model loads in the background once the server answers (about 1-3 s here)
    sleep "$(printf '0.%03d' "$(random_ms 1000)")"; sleep "$(( $(random_ms 2000) / 1000 ))"
  elif ! wait_until 60 hybrid; then
    note="never hybrid"
  elif [ "$phase" = reingest ]; then
    for i in $(seq 0 99); do
      f="${files[$(( (run * 100 + i) % ${#files[@]} ))]}"
      printf '\n\nStop run %d: the registry images were checked (stopprobe%dx%d).\n' "$run" "$run" "$i" >>"$work/minutes/$f"
    done
    # the watcher starts after a quiet second; the re-ingest then embeds the changed passages
    sleep 1; sleep "$(printf '0.%03d' "$(random_ms 1000)")"; sleep "$(( $(random_ms 4000) / 1000 ))"
    grep -q "re-ingested after a change" "$errors/server.log" && note="re-ingest had finished"
  else
    search_traffic
    sleep "$(printf '0.%03d' "$(random_ms 1000)")"; sleep "$(( $(random_ms 3000) / 1000 ))"
  fi
  kill -TERM "$server_pid" 2>/dev/null || true
  rc=""
  for _ in $(seq 1 300); do
    if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
    sleep 0.1
  done
  if kill -0 "$server_pid" 2>/dev/null; then
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    rc=hung
  else
    set +e; wait "$server_pid"; rc=$?; set -e
  fi
  server_pid=""
  if [ "$phase" = reingest ] && grep -q "re-ingest failed" "$errors/server.log"; then
    note="${note:+$note, }re-ingest cancelled: $(grep -m1 -o 're-ingest failed.*' "$errors/server.log" | cut -c1-90)"
  fi
  for p in "${load_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${load_pids[@]}"; do wait "$p" 2>/dev/null || true; done
  load_pids=()
  hs=$(find "$errors" -name 'hs_err*' | head -1)
  if [ "$rc" = hung ]; then
    hung=$((hung + 1)); outcome=hung
  elif [ -n "$hs" ] || [ "$rc" = 134 ] || [ "$rc" = 139 ]; then
    crashed=$((crashed + 1)); outcome="CRASH exit $rc${hs:+ $(grep -m1 -o 'C  \[[^]]*\]' "$hs" || true)}"
  elif [ "$rc" = 0 ]; then
    ok=$((ok + 1)); outcome="exit 0"
  else
    nonzero=$((nonzero + 1)); outcome="exit $rc"
  fi
  by_phase["$phase $outcome"]=$(( ${by_phase["$phase $outcome"]:-0} + 1 ))
  echo "run $run ($phase${note:+, $note}): $outcome"
  [ -z "$hs" ] && [ "$rc" = 0 ] && rm -rf "$errors"
done

echo "== $runs runs: $ok exit 0, $nonzero other exit codes, $crashed native crashes, $hung hung (>30 s)"
for k in "${!by_phase[@]}"; do echo "   $k: ${by_phase[$k]}"; done | sort
echo "   crash logs and server logs of failed runs: $work"
[ $((nonzero + crashed + hung)) -eq 0 ]
