"""Uncached search latency (issue 15: "search p50 at 100k statements <= 5 ms uncached on one
core"): N searches of one or two words or a 5-letter prefix, each text asked once (so the
response cache, when on, cannot answer; run it against the uncached server anyway), after a
warm-up on other texts so that the JIT has compiled the search path. Prints one JSON line:
{"kind":"search","searches":N,"p50_ms":…,"p90_ms":…}. Usage: search_times.py URL [N]"""
import json
import sys
import time
import urllib.request

url, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200
WORDS = ["defence", "drones", "minister", "production", "lithuania", "ukraine", "memorandum", "missiles",
         "cooperation", "agreement", "research", "vehicles", "industry", "investment", "company",
         "capabilities", "strike", "ammunition", "electronic", "naval", "umerov", "kasciunas", "armonaite",
         "kamyshin", "ministry", "economy", "innovation", "systems", "warfare", "development"]


def texts():
    for i, a in enumerate(WORDS):
        for j, b in enumerate(WORDS):
            if i != j:
                yield "%s %s" % (a, b)
        yield a[:5] if len(a) > 5 else a
        yield a


def search(text):
    query = ('{ search(text: %s, first: 20) { totalCount edges { score matchedField highlight '
             'node { ... on Node { id } } } } }' % json.dumps(text))
    request = urllib.request.Request(url, json.dumps({"query": query}).encode(),
                                     {"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=300) as response:
        answer = json.load(response)
    if "errors" in answer:
        sys.exit("bench: search %r answered errors: %s" % (text, json.dumps(answer["errors"])[:300]))
    return time.perf_counter() - started


all_texts = list(texts())
# texts alternate between the warm-up and the measured set, so that neither repeats
warm, measured = all_texts[0::2], all_texts[1::2][:count]
for text in warm[:400]:
    search(text)
times = sorted(search(text) * 1000 for text in measured)
print(json.dumps({"kind": "search", "searches": len(times), "p50_ms": round(times[len(times) // 2], 2),
                  "p90_ms": round(times[int(len(times) * 0.9)], 2)}))
