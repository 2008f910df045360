#!/usr/bin/env python3
"""Minutegraph next to Fuseki: one table per (query, concurrency) with both medians and their
ratio, checked against the speed goals, plus the server's start and heap figures.

Usage: goals.py OURS.tsv FUSEKI.tsv SERVER.tsv [MERGED.tsv]
  OURS/FUSEKI.tsv: rows of http-load.sh; SERVER.tsv: written by run.sh.
  MERGED.tsv (optional) receives both row sets with labels tagged "[mg]" / "[fuseki]" and
  ordered by query, for `http-load.sh --summary` (which merges rows that share a label).
"""
import csv
import statistics
import sys

# label of ours -> (label of Fuseki's peer query, least ratio of req/s, p99 ceiling in ms or None)
GOALS = {
    "search-harbor": ("q1-text-harbor", 10.0, 20.0),
    "search-zitadel-or-keycloak": ("q2-text-zitadel-or-keycloak", 10.0, 20.0),
    "q1-text-harbor": ("q1-text-harbor", 3.0, None),
    "q2-text-zitadel-or-keycloak": ("q2-text-zitadel-or-keycloak", 3.0, None),
    "q1h-text-harbor-highlight": ("q1h-text-harbor-highlight", 3.0, None),
    "q1u-text-harbor-unranked": ("q1u-text-harbor-unranked", 3.0, None),
    "q3-harbor-per-team-year": ("q3-harbor-per-team-year", 2.0, None),
    "q4-meetings-per-team-year": ("q4-meetings-per-team-year", 2.0, None),
}


def rows(path):
    with open(path, newline="") as f:
        return [r for r in csv.DictReader(f, delimiter="\t") if r.get("valid", "1") != "0"]


def medians(rs):
    out = {}
    for key in {(r["label"], int(r["conc"])) for r in rs}:
        sel = [r for r in rs if (r["label"], int(r["conc"])) == key]
        cores = [float(r["server_cores"]) for r in sel if r.get("server_cores") not in (None, "", "NA")]
        out[key] = (statistics.median(float(r["rps"]) for r in sel),
                    statistics.median(float(r["p99_ms"]) for r in sel),
                    sum(int(r["errors"]) for r in sel),
                    any(r.get("valid") == "busy" for r in sel),
                    # requests per second of server CPU: less sensitive to other work on the machine
                    statistics.median(float(r["rps"]) / c for r, c in zip(sel, cores) if c > 0) if cores else None)
    return out


def main(ours_path, fuseki_path, server_path, merged_path=None):
    ours, fuseki = rows(ours_path), rows(fuseki_path)
    mo, mf = medians(ours), medians(fuseki)
    failed = 0
    print("| ours | conc | req/s | p99 ms | Fuseki peer | req/s | p99 ms | ratio | goal | met | req per CPU-s ours / Fuseki (ratio) |")
    print("|---|---:|---:|---:|---|---:|---:|---:|---|---|---|")
    for (label, conc) in sorted(mo):
        rps, p99, errs, busy, eff = mo[(label, conc)]
        peer, least, ceiling = GOALS.get(label, (label, None, None))
        if (peer, conc) not in mf:
            continue
        frps, fp99, ferrs, fbusy, feff = mf[(peer, conc)]
        ratio = rps / frps if frps else float("inf")
        ok = (least is None or ratio >= least) and (ceiling is None or p99 < ceiling) and errs == 0
        failed += 0 if ok else 1
        goal = ("%.0fx" % least if least else "-") + (", p99 < %.0f ms" % ceiling if ceiling else "") + ", 0 errors"
        note = " (busy)" if busy or fbusy else ""
        per_cpu = "%.0f / %.0f (%.1fx)" % (eff, feff, eff / feff) if eff and feff else "-"
        print("| %s | %d | %.0f | %.1f | %s | %.0f | %.1f | %.1fx | %s | %s%s | %s |" % (
            label, conc, rps, p99, peer, frps, fp99, ratio, goal, "yes" if ok else "NO", note, per_cpu))
    with open(server_path, newline="") as f:
        server = next(csv.DictReader(f, delimiter="\t"))
    ready = float(server["ready_s"])
    used_k = [int(w[:-1]) for w in server["heap_after_load"].split() if w.endswith("K")]
    heap_mib = used_k[1] / 1024 if len(used_k) > 1 else None
    print()
    print("start-to-ready %.2f s (goal < 3 s: %s); heap used after the load %s MiB (goal < 1024: %s), %s" % (
        ready, "yes" if ready < 3 else "NO", "%.0f" % heap_mib if heap_mib else "?",
        "yes" if heap_mib and heap_mib < 1024 else "NO", server.get("jvm_args", "")))
    if merged_path:
        fields = list(ours[0].keys()) if ours else list(fuseki[0].keys())
        tagged = [dict(r, label=r["label"] + " [mg]") for r in ours] + [dict(r, label=r["label"] + " [fuseki]") for r in fuseki]
        tagged.sort(key=lambda r: (r["label"].rsplit(" ", 1)[0], r["label"].endswith("[fuseki]"), int(r["conc"])))
        with open(merged_path, "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=fields, delimiter="\t", extrasaction="ignore")
            w.writeheader()
            w.writerows(tagged)
    return failed


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    sys.exit(1 if main(*sys.argv[1:]) else 0)
