#!/usr/bin/env bash
# The memory-bomb load against a served store: starts `./minutegraph serve --store STORE` on PORT,
# waits for /health, runs bench/memory-bombs.py against it (eight kinds of cartesian-product
# queries from CONNECTIONS connections, /health polled every 50 ms), then stops the server.
#
#   bench/memory-bombs.sh STORE [CONNECTIONS] [ROUNDS]
#
# PORT (7171), SERVE_ARGS (more serve options, e.g. "--max-concurrent-queries 2") and
# MINUTEGRAPH_JAVA_OPTS (JVM options, e.g. "-Xmx1g") change the server.
#
# Make the store first, e.g.:
#   ./minutegraph ingest --minutes ../shared/corpus/scs-minutes --store /tmp/limits-store --no-embeddings
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
STORE="${1:?usage: bench/memory-bombs.sh STORE [CONNECTIONS] [ROUNDS]}"
CONNECTIONS="${2:-6}"
ROUNDS="${3:-1}"
PORT="${PORT:-7171}"
log="$(mktemp)"

# shellcheck disable=SC2086
"$REPO/minutegraph" serve --store "$STORE" --port "$PORT" ${SERVE_ARGS:-} >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; echo "server log: $log"' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done
python3 "$HERE/memory-bombs.py" --url "http://127.0.0.1:$PORT" --pid "$server" --connections "$CONNECTIONS" --rounds "$ROUNDS"
curl -fs "http://127.0.0.1:$PORT/metrics" | grep -E '^minutegraph_sparql_(timeouts|rejections|running)' || true
grep -E 'OutOfMemoryError|Unexpected error' "$log" | sort | uniq -c | head -5 || true
