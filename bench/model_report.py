"""Turns the issue-11 rows of bench/run.sh's raw results (kinds model-cold, and load with
scenario model) into bench/RESULTS-model.md: the dyadic and aggregate queries against a
plain page of the same size, same server, same run; the goal is a ratio of at most 2.
Usage: model_report.py RESULTS_JSONL STATEMENTS HEAP"""
import json
import statistics
import sys
from datetime import datetime, timezone

results_file, statements, heap = sys.argv[1:4]
rows = [json.loads(line) for line in open(results_file)]
cold = {}
for r in rows:
    if r["kind"] == "model-cold":
        cold.setdefault(r["scenario"], []).append(r["seconds"] * 1000)
load = {(r["query"], r["connections"]): r["wrk"] for r in rows
        if r["kind"] == "load" and r["scenario"] == "model"}

# each question against the plain page it is measured by
PAIRS = [("dyadic", "plain-agreements", "agreements between two countries, first 20"),
         ("totals", "plain-commitments", "commitmentTotals for one obligor and beneficiary, by obligor"),
         ("totals-wide", "plain-commitments", "commitmentTotals for one currency over the corpus, by obligor"),
         ("nested-agreements", "plain-statements", "20 agreements, each with its first 3 statements"),
         ("nested-people", "plain-statements", "20 people, each with their first 3 statements")]

out = []
w = out.append
w("# Benchmark results: dyadic and aggregate queries (issue 11), nested pages")
w("")
w(f"Written by `ONLY=model bench/run.sh` (or the full run) on "
  f"{datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M')} UTC; corpus: {statements} synthetic statements; "
  f"the **uncached** server (response cache off, store caches on), one core, heap `-Xmx{heap}`. "
  "Each query is compared with a plain page of the same size and selection "
  "(`bench/model_queries.py`), on the same server in the same run; goal: ratio ≤ 2.")
w("")
w("## First answers (nothing cached in the store)")
w("")
w("Median of the variants (each asks the same question of other data: another pair, obligor, "
  "currency or page), after a JIT warm-up on other variants.")
w("")
w("| query | median ms | plain page median ms | ratio | runs |")
w("| --- | ---: | ---: | ---: | ---: |")
for query, plain, label in PAIRS:
    if query in cold and plain in cold:
        q, p = statistics.median(cold[query]), statistics.median(cold[plain])
        w(f"| {query}: {label} | {q:.1f} | {p:.1f} | {q / p:.2f} | {len(cold[query])} |")
w("")
w("## Under load (the same variant repeated; store caches warm)")
w("")
w("| query | conns | req/s | p50 ms | p99 ms | plain req/s | plain p50 ms | p50 ratio |")
w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for query, plain, _ in PAIRS:
    for conns in (1, 16):
        q, p = load.get((query, conns)), load.get((plain, conns))
        if q and p:
            ratio = q["p50_ms"] / p["p50_ms"] if p["p50_ms"] else float("nan")
            w(f"| {query} | {conns} | {q['rps']:.0f} | {q['p50_ms']:.2f} | {q['p99_ms']:.2f} | {p['rps']:.0f} | "
              f"{p['p50_ms']:.2f} | {ratio:.2f} |")
print("\n".join(out))
