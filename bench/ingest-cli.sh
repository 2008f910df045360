#!/usr/bin/env bash
# Wall time of `./minutegraph ingest --no-embeddings` as a user runs it (JVM start included):
# a fresh store, then a re-ingest after one file changed, then `ingest --git` after a commit that
# changed one file (fetch, checkout and re-ingest). The in-process stage figures come from
# `./minutegraph bench ingest`; this measures what the issue's goals name (fresh < 5 s, one change < 1.5 s).
#
#   bench/ingest-cli.sh [RUNS]        (default 5; MINUTES defaults to ../shared/corpus/scs-minutes)
#
# The minutes are copied to a temporary folder (one file there is changed per run; nothing of them
# enters the repository). Two untimed runs first build the jar and the JVM's class cache.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
MINUTES="${MINUTES:-$REPO/../shared/corpus/scs-minutes}"
RUNS="${1:-5}"
[ -d "$MINUTES" ] || { echo "ingest-cli: no minutes at $MINUTES (set MINUTES)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$MINUTES" "$work/minutes"
chmod -R u+w "$work/minutes"
changed="$(cd "$work/minutes" && find . -name '*.md' -path './*/*' | sort | sed -n '100p')"

ingest() {
  "$REPO/minutegraph" ingest --minutes "$work/minutes" --store "$work/store" --no-embeddings >/dev/null 2>&1
}
now_ms() { date +%s%3N; }

summary() { # name, then one figure (ms) per run
  local name="$1"; shift
  printf '%s\n' "$@" | sort -n | awk -v name="$name" '{a[NR]=$1} END {
    m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
    printf "%-32s median %6.2f s  (min %.2f, max %.2f, %d runs)\n", name, m/1000, a[1]/1000, a[NR]/1000, NR }'
}

echo "ingest-cli: $MINUTES, $RUNS runs, $(nproc) processors, $(uptime | sed 's/.*load average/load average/')"
# Warm-up: the first run builds the jar if needed and records the class cache, the second assembles
# it in the background; wait for that so no timed run shares the machine with it.
rm -rf "$work/store"; ingest
rm -rf "$work/store"; ingest
for _ in $(seq 120); do
  pgrep -f 'AOTMode=create' >/dev/null 2>&1 || break
  sleep 1
done

fresh=()
for _ in $(seq "$RUNS"); do
  rm -rf "$work/store"
  t=$(now_ms); ingest; fresh+=($(( $(now_ms) - t )))
done
one=()
for i in $(seq "$RUNS"); do
  echo "changed by bench run $i" >> "$work/minutes/$changed"
  t=$(now_ms); ingest; one+=($(( $(now_ms) - t )))
done
g() { git -C "$work/minutes" -c user.name=bench -c user.email=bench@example.org "$@"; }
g init -q -b main && g add -A && g commit -qm minutes
ingest_git() {
  "$REPO/minutegraph" ingest --git "$work/minutes" --store "$work/store-git" --no-embeddings >/dev/null 2>&1
}
ingest_git
commit=()
for i in $(seq "$RUNS"); do
  echo "committed by bench run $i" >> "$work/minutes/$changed"
  g commit -qam "bench run $i"
  t=$(now_ms); ingest_git; commit+=($(( $(now_ms) - t )))
done
summary "fresh store (CLI, JVM included)" "${fresh[@]}"
summary "one file changed (${changed#./})" "${one[@]}"
summary "--git, a commit of that file" "${commit[@]}"
