#!/usr/bin/env python3
"""Fires eight kinds of memory-bomb SPARQL queries (cartesian products feeding GROUP_CONCAT,
ORDER BY, DISTINCT, GROUP BY and string-building BIND) at a running Minutegraph server from
several connections, while polling /health every 50 ms. Prints the slowest answer of each kind,
the slowest /health answer, and the server's resident memory (VmRSS) at start, at its peak and at
the end, plus VmHWM.

    bench/memory-bombs.py --url http://127.0.0.1:7171 --pid SERVER_PID [--connections 6] [--rounds 1]

bench/memory-bombs.sh starts a server over a store and runs this against it.
"""
import argparse
import json
import threading
import time
import urllib.error
import urllib.request

BOMBS = {
    "group-concat": "SELECT (GROUP_CONCAT(?o) AS ?x) WHERE { ?s ?p ?o . ?a ?b ?c }",
    "order-by": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f",
    "distinct": "SELECT DISTINCT ?c ?f WHERE { ?a ?b ?c . ?d ?e ?f }",
    "bind-concat-distinct": "SELECT DISTINCT ?x WHERE { ?a ?b ?c . ?d ?e ?f BIND(CONCAT(STR(?c), STR(?f)) AS ?x) }",
    "group-by": "SELECT ?c ?f (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f } GROUP BY ?c ?f",
    "group-concat-per-group": "SELECT ?s (GROUP_CONCAT(DISTINCT STR(?c); separator=' ') AS ?all) "
                              "WHERE { ?s ?p ?o . ?a ?b ?c } GROUP BY ?s",
    "subquery-distinct": "SELECT (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } } }",
    "bind-concat-order-by": "SELECT ?x WHERE { ?a ?b ?c . ?d ?e ?f "
                            "BIND(CONCAT(STR(?a), STR(?c), STR(?d), STR(?f)) AS ?x) } ORDER BY ?x",
}


def rss_kb(pid, field="VmRSS"):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def fire(url, query, timeout):
    request = urllib.request.Request(url + "/sparql", data=query.encode(), method="POST",
                                     headers={"Content-Type": "application/sparql-query",
                                              "Accept": "application/sparql-results+json"})
    start = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return time.monotonic() - start, response.status, "ok"
    except urllib.error.HTTPError as e:
        body = e.read()
        try:
            error = json.loads(body).get("error", "?")
        except ValueError:
            error = "?"
        return time.monotonic() - start, e.code, error
    except OSError as e:
        return time.monotonic() - start, 0, type(e).__name__


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:7171")
    parser.add_argument("--pid", type=int, help="the server's process id, for its memory")
    parser.add_argument("--connections", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=1, help="times each connection fires all eight kinds")
    parser.add_argument("--client-timeout", type=float, default=120)
    args = parser.parse_args()

    results = []  # (kind, seconds, status, error)
    health = []  # seconds per /health answer; None for a failure
    rss = []
    done = threading.Event()
    lock = threading.Lock()
    rss_start = rss_kb(args.pid) if args.pid else None

    def poll_health():
        while not done.is_set():
            start = time.monotonic()
            try:
                with urllib.request.urlopen(args.url + "/health", timeout=30) as response:
                    response.read()
                    health.append(time.monotonic() - start)
            except OSError:
                health.append(None)
            if args.pid:
                rss.append(rss_kb(args.pid))
            time.sleep(max(0.0, 0.05 - (time.monotonic() - start)))

    def connection(n):
        kinds = list(BOMBS)
        for _ in range(args.rounds):
            for i in range(len(kinds)):
                kind = kinds[(i + n) % len(kinds)]
                seconds, status, error = fire(args.url, BOMBS[kind], args.client_timeout)
                with lock:
                    results.append((kind, seconds, status, error))

    poller = threading.Thread(target=poll_health, daemon=True)
    poller.start()
    started = time.monotonic()
    workers = [threading.Thread(target=connection, args=(n,)) for n in range(args.connections)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    wall = time.monotonic() - started
    time.sleep(1)
    done.set()
    poller.join()

    print(f"{len(results)} queries from {args.connections} connections in {wall:.1f} s")
    print(f"{'kind':<24} {'n':>3} {'max s':>7}  answers")
    for kind in BOMBS:
        rows = [r for r in results if r[0] == kind]
        answers = {}
        for r in rows:
            answers[f"{r[2]} {r[3]}"] = answers.get(f"{r[2]} {r[3]}", 0) + 1
        print(f"{kind:<24} {len(rows):>3} {max(r[1] for r in rows):>7.2f}  "
              + ", ".join(f"{k} x{v}" for k, v in sorted(answers.items())))
    print(f"max query time: {max(r[1] for r in results):.2f} s")
    answered = sorted(h for h in health if h is not None)
    failed = sum(1 for h in health if h is None)
    if answered:
        p99 = answered[min(len(answered) - 1, int(len(answered) * 0.99))]
        print(f"/health: {len(answered)} answers, {failed} failures, max {answered[-1] * 1000:.0f} ms, "
              f"p99 {p99 * 1000:.0f} ms, median {answered[len(answered) // 2] * 1000:.0f} ms")
    else:
        print(f"/health: no answer, {failed} failures")
    if args.pid:
        seen = [r for r in rss if r is not None]
        end = rss_kb(args.pid)
        print(f"RSS: start {rss_start // 1024 if rss_start else '?'} MB, peak {max(seen) // 1024 if seen else '?'} MB, "
              f"end {end // 1024 if end else '?'} MB, VmHWM {(rss_kb(args.pid, 'VmHWM') or 0) // 1024} MB")


if __name__ == "__main__":
    main()
