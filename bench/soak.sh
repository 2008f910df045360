#!/usr/bin/env bash
# Soak: mixed search / who / timeline / SPARQL traffic at 32 connections (wrk, closed loop) against
# `minutegraph serve --watch` for a while, and the corpus re-ingested live a few times meanwhile
# (each time 100 files changed and one new meeting added, in a copy of the minutes). Prints the
# requests, the answers by status, p99, RSS at start / after each re-ingest / at the end, how long
# each change took to be found by search, and how the server stopped.
#
#   bench/soak.sh --store DIR [--duration 10] [--reingests 3] [--connections 32] [--port 17200]
#                 [--corpus ../shared/corpus/scs-minutes]
#
# --store is a store of the corpus with embeddings (`./minutegraph ingest --minutes CORPUS --store
# DIR`); it is copied, never changed. --duration is in minutes. Goals: no 5xx but deliberate 503s, no
# RSS growth after the first re-ingest, new data found within 5 s. Needs wrk (apt-get install wrk),
# curl, python3 and ../shared/bench (BENCH_TOOLS overrides it). Everything goes to a temporary folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
launcher="${MINUTEGRAPH:-$here/minutegraph}"
tools="${BENCH_TOOLS:-$here/../shared/bench}"

store="" duration=10 reingests=3 connections=32 port=17200 corpus="$here/../shared/corpus/scs-minutes"
while [ $# -gt 0 ]; do
  case "$1" in
    --store) store="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --reingests) reingests="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "soak.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$store" ] && [ -f "$store/CURRENT" ] || { echo "soak.sh: --store DIR must be a store with embeddings" >&2; exit 2; }
[ -d "$corpus" ] || { echo "soak.sh: no minutes at $corpus (--corpus DIR)" >&2; exit 2; }
for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "soak.sh: '$tool' not found (wrk: apt-get install wrk)" >&2; exit 2; }
done
[ -f "$tools/wrk-rotate.lua" ] || { echo "soak.sh: no $tools/wrk-rotate.lua (set BENCH_TOOLS)" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/mg-soak.XXXXXX")"
server_pid="" wrk_pid=""
cleanup() {
  [ -n "$wrk_pid" ] && kill "$wrk_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
}
trap cleanup EXIT
log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
base="http://127.0.0.1:$port"
seconds=$(python3 -c "print(max(30, round(float('$duration') * 60)))")

log "copying the minutes and the store to $work"
cp -r "$corpus" "$work/minutes"
cp -r "$store" "$work/store"
python3 "$tools/distinct-queries.py" "$work/minutes" "$work/dq" --terms 2000 --windows 1000 >/dev/null

log "starting serve --watch"
MINUTEGRAPH_JAVA_OPTS="-XX:ErrorFile=$work/hs_err_pid%p.log" \
  "$launcher" serve --minutes "$work/minutes" --store "$work/store" --watch --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!
ready() { curl -s --max-time 5 "$base/api/search?q=registry&limit=1" 2>/dev/null | grep -q '"mode":"hybrid"'; }
for _ in $(seq 1 600); do ready && break; kill -0 "$server_pid" || { cat "$work/server.log" >&2; exit 1; }; sleep 0.5; done
ready || { echo "soak.sh: search never turned hybrid; see $work/server.log" >&2; exit 1; }

# Who and timeline ask for the tools and topics the graph has; search and SPARQL for words of the corpus.
curl -s --max-time 30 "$base/sparql" -H 'Accept: text/csv' --data-urlencode query='
  PREFIX mg: <https://w3id.org/minutegraph#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
  SELECT DISTINCT ?label WHERE { ?s mg:topic|mg:mentions ?c . ?c skos:prefLabel ?label } LIMIT 600' >"$work/entities.csv"
python3 - "$work" <<'EOF'
import csv, pathlib, random, sys, urllib.parse
work = pathlib.Path(sys.argv[1])
labels = [r[0] for r in list(csv.reader(open(work / "entities.csv")))[1:] if r and r[0].strip()]
assert labels, "no entities came back from /sparql"
lines = []
read = lambda name: [l for l in (work / "dq" / name).read_text().splitlines() if l and not l.startswith("#")]
search, q1, q3, q4 = read("mg-search.tsv"), read("mg-q1.tsv"), read("mg-q3.tsv"), read("mg-q4.tsv")
rng = random.Random(1)
for _ in range(4000):   # 40% search, 20% who, 20% timeline, 20% SPARQL
    kind = rng.random()
    if kind < 0.4:
        lines.append(rng.choice(search))
    elif kind < 0.6:
        lines.append("GET\t/api/who?topic=" + urllib.parse.quote(rng.choice(labels)))
    elif kind < 0.8:
        lines.append("GET\t/api/timeline?entity=" + urllib.parse.quote(rng.choice(labels)))
    else:
        lines.append(rng.choice(rng.choice([q1, q3, q4])))
(work / "mixed.tsv").write_text("\n".join(lines) + "\n")
EOF

. "$here/.ci/jdk.sh"; mg_find_jdk >/dev/null
# RSS, and of it the Java heap the JVM has committed (G1 grows it under load; the rest is native)
rss() {
  local heap
  heap=$("$JAVA_HOME/bin/jcmd" "$server_pid" GC.heap_info 2>/dev/null | grep -o -m1 'committed [0-9]*K' | tr -dc 0-9)
  awk -v heap="${heap:-0}" '/^VmRSS:/ {printf "%d MB (heap committed %d MB)", $2 / 1024, heap / 1024}' "/proc/$server_pid/status" 2>/dev/null || echo "?"
}
reingested() { grep -c "re-ingested after a change" "$work/server.log" || true; }
rss_start=$(rss)
log "RSS $rss_start; $connections connections for ${seconds} s, $reingests live re-ingests"
LOAD_REQUESTS_FILE="$work/mixed.tsv" LOAD_ACCEPT=application/json ROTATE_LUA="$tools/wrk-rotate.lua" \
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s -s "$here/bench/soak.lua" "$base" >"$work/wrk.txt" 2>&1 &
wrk_pid=$!
start=$SECONDS
mapfile -t files < <(cd "$work/minutes" && find . -name '*.md' -path './*/*' | sort)
results=()
for k in $(seq 1 "$reingests"); do
  at=$(( seconds * k / (reingests + 1) ))
  while [ $((SECONDS - start)) -lt "$at" ]; do sleep 1; done
  before=$(reingested)
  probe="soakprobe${k}x$RANDOM"
  for i in $(seq 0 99); do
    f="${files[$(( (k * 100 + i) % ${#files[@]} ))]}"
    printf '\n\nSoak round %d: the registry images were checked again (%s).\n' "$k" "$probe" >>"$work/minutes/$f"
  done
  printf '# Soak probe %d\n\n## Participants\n\n- @soaktester\n\n## Probe\n\n- %s came up in a live re-ingest.\n' \
    "$k" "$probe" >"$work/minutes/community-call/2099010$k.md"
  t0=$(date +%s.%N) visible="not within 120 s"
  for _ in $(seq 1 1200); do
    # the new meeting among the hits (hybrid search always has semantic neighbours, so a total proves nothing)
    if curl -s --max-time 5 "$base/api/search?q=$probe&limit=20" | grep -q "2099010$k.md"; then
      visible="$(python3 -c "print(f'{$(date +%s.%N) - $t0:.1f} s')")"; break
    fi
    sleep 0.1
  done
  for _ in $(seq 1 1200); do [ "$(reingested)" -gt "$before" ] && break; sleep 0.1; done
  line=$(grep "re-ingested after a change" "$work/server.log" | tail -1 | sed 's/^minutegraph: //')
  results+=("re-ingest $k: new data found by search after $visible; RSS $(rss); $line")
  log "${results[-1]}"
done
wait "$wrk_pid" || true
wrk_pid=""
rss_end=$(rss)
kill -TERM "$server_pid"
set +e; wait "$server_pid"; server_rc=$?; set -e
server_pid=""

python3 - "$work/wrk.txt" "$connections" "$seconds" "$rss_start" "$rss_end" "$server_rc" "${results[@]}" <<'EOF'
import re, sys
wrk_out, connections, seconds, rss_start, rss_end, rc, *rounds = sys.argv[1:]
text = open(wrk_out).read()
m = re.search(r"^WRKRESULT (.*)$", text, re.M)
if not m:
    sys.exit("soak.sh: wrk printed no result:\n" + text)
r = {k: int(float(v)) for k, v in (kv.split("=") for kv in m.group(1).split())}
s = re.search(r"^STATUSES(.*)$", text, re.M)
statuses = dict(kv.split("=") for kv in s.group(1).split()) if s else {}
non2xx = {k: v for k, v in sorted(statuses.items()) if not k.startswith("2")}
five = sum(int(v) for k, v in non2xx.items() if k.startswith("5") and k != "503")
print(f"soak: {seconds} s at {connections} connections, mixed search/who/timeline/SPARQL")
print(f"  requests      {r['requests']:,} ({r['requests'] / (r['duration_us'] / 1e6):.0f}/s)")
print(f"  non-2xx       {', '.join(f'{k}: {v}' for k, v in non2xx.items()) or 'none'}"
      f"; socket errors: connect {r['err_connect']}, read {r['err_read']}, write {r['err_write']}, timeout {r['err_timeout']}")
print(f"  latency       p50 {r['lat_p50_us'] / 1000:.1f} ms, p99 {r['lat_p99_us'] / 1000:.1f} ms, max {r['lat_max_us'] / 1000:.0f} ms")
print(f"  RSS           {rss_start} at start, {rss_end} at the end")
for line in rounds:
    print(f"  {line}")
print(f"  server        exit {rc} on SIGTERM")
print(f"  goals         5xx other than 503: {five} (goal 0)")
EOF
log "logs in $work (the copies of the minutes and the store are there too: delete the folder when done)"
