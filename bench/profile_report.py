"""Summarises `jfr print --json` of CPU or allocation samples (bench/profile.sh): the
methods at the top of the stacks (self) and the methods anywhere on them (total), as
shares of all samples (allocation samples weighted by their bytes)."""
import collections
import json
import sys

event, top = sys.argv[1], int(sys.argv[2])
events = json.load(sys.stdin)["recording"]["events"]
self_, total = collections.Counter(), collections.Counter()
whole = 0
for e in events:
    weight = e["values"].get("weight", 1) if event == "jdk.ObjectAllocationSample" else 1
    frames = (e["values"].get("stackTrace") or {}).get("frames") or []
    names = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in frames]
    if not names:
        continue
    whole += weight
    self_[names[0]] += weight
    for n in set(names):
        total[n] += weight
print("\n== %s: %d events%s" % (event, len(events), ", %.1f MB sampled" % (whole / 1e6) if event != "jdk.ExecutionSample" else ""))
for title, counter in (("self", self_), ("total", total)):
    print("-- %s" % title)
    for name, n in counter.most_common(top):
        print("%6.1f%%  %s" % (100.0 * n / max(1, whole), name))
