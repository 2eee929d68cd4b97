"""Uncached search latency (issue 15: "search p50 at 100k statements <= 5 ms uncached on one
core"): N searches of one or two words or prefixes, each of words no earlier search used, after a
warm-up long enough for the JIT to have compiled the search path. The warm-up repeats its own
texts (never the measured ones), each time as a new document (an alias numbers it), so that
parsing and validating a document is warmed as the measured searches need it; it runs at least
WARM_MIN searches, then pass after pass until a pass's p50 is no lower than 0.95 x the best
before it twice in a row (at most WARM_MAX). On 2026-12-01 the p50 of those passes fell from 14
to 2.3 ms over the first 7,000 searches and to 1.6 ms by 16,000; the earlier rule (3 to 8 passes,
at most 1,600 searches) stopped while the JIT still compiled the search path (17 s of C2 in 24 s
of searching, on the server's one core), and measured that. Every measured search uses words no
earlier search used: the server's caches of words and answers cannot help, nor its cache of the
entities a search returns (except the few hundred that pages asked before read), so what is
measured is the uncached search. The words are those of the
served dataset (names, titles, descriptions, statements and the articles they come from), read
from its pages first, and their prefixes of four letters and more, as a user typing them would
search.
Prints one JSON line: {"kind":"search","searches":N,"p50_ms":…,"p90_ms":…,"words":…,
"warm_up_searches":…,"warm_up_p50_ms":[each warm-up pass's p50]}.
Usage: search_times.py URL [N]"""
import json
import random
import re
import sys
import time
import unicodedata
import urllib.request

url, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200


def post(query):
    request = urllib.request.Request(url, json.dumps({"query": query}).encode(),
                                     {"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=300) as response:
        answer = json.load(response)
    if "errors" in answer:
        sys.exit("bench: %s answered errors: %s" % (query[:80], json.dumps(answer["errors"])[:300]))
    return answer["data"], time.perf_counter() - started


def texts_of(connection, fields, pages):
    """The given text fields of the first pages of a connection."""
    after = None
    for _ in range(pages):
        page, _ = post('{ %s(first: 100%s) { pageInfo { endCursor hasNextPage } edges { node { %s } } } }'
                       % (connection, ", after: %s" % json.dumps(after) if after else "", " ".join(fields)))
        for edge in page[connection]["edges"]:
            for field in fields:
                yield edge["node"][field] or ""
        if not page[connection]["pageInfo"]["hasNextPage"]:
            return
        after = page[connection]["pageInfo"]["endCursor"]


# letters that NFKD does not take apart, folded as the server folds them
LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})


def folded(word):
    """Lower case without accents, as the server folds it; words that keep other letters are
    left out, so that two kept words never fold to the same word on the server."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word.lower().translate(LETTERS))
                    if not unicodedata.combining(c))
    return plain if re.fullmatch(r"[a-z]{4,}", plain) else None


# the searched fields of each kind of entity, from the first pages of each
corpus = " ".join(list(texts_of("people", ["name"], 30)) + list(texts_of("organizations", ["name"], 10))
                  + list(texts_of("agreements", ["title", "summary"], 10))
                  + list(texts_of("cooperationAreas", ["name", "description"], 10))
                  + list(texts_of("commitments", ["description"], 10))
                  + list(texts_of("events", ["name"], 10)) + list(texts_of("programmes", ["name"], 10))
                  + list(texts_of("statements", ["text"], 50)) + list(texts_of("articles", ["text"], 2)))
words = sorted({w for w in map(folded, re.findall(r"[^\W\d_]+", corpus)) if w})
# each word, and its prefixes of 4 letters and more (a prefix that is a word counts once)
tokens = sorted({w[:n] for w in words for n in range(4, len(w) + 1)})
random.Random(15).shuffle(tokens)
# texts of two words, one word, two words, ...: no word in two texts; the warm-up takes every
# other text, so that both sets are alike
texts, i = [], 0
while i < len(tokens):
    take = 1 if len(texts) % 3 == 1 else 2
    texts.append(" ".join(tokens[i:i + take]))
    i += take
warm, measured = texts[0::2][:2 * count], texts[1::2][:count]
if len(measured) < count:
    sys.exit("bench: the dataset's %d words and prefixes make %d searches, fewer than the %d asked for "
             "(a warm-up and a measured run, each of fresh words)" % (len(tokens), len(texts), 2 * count))


WARM_MIN, WARM_MAX = 8000, 24000
searched = 0


def search(text, warm_up=False):
    global searched
    searched += 1
    # a warm-up search is a new document each time (its alias numbers it); a measured one is
    # new anyway, by its words
    alias = "s%d: " % searched if warm_up else ""
    _, took = post('{ %ssearch(text: %s, first: 20) { totalCount edges { score matchedField highlight '
                   'node { ... on Node { id } } } } }' % (alias, json.dumps(text)))
    return took


def p50(times):
    return sorted(times)[len(times) // 2]


warm_p50, warmed, flat = [], 0, 0
while warmed < WARM_MAX:
    warm_p50.append(p50([search(text, warm_up=True) * 1000 for text in warm]))
    warmed += len(warm)
    flat = flat + 1 if len(warm_p50) > 1 and warm_p50[-1] > 0.95 * min(warm_p50[:-1]) else 0
    if warmed >= WARM_MIN and flat >= 2:
        break
times = sorted(search(text) * 1000 for text in measured)
print(json.dumps({"kind": "search", "searches": len(times), "p50_ms": round(p50(times), 2),
                  "p90_ms": round(times[int(len(times) * 0.9)], 2), "words": len(tokens),
                  "warm_up_searches": warmed, "warm_up_p50_ms": [round(t, 2) for t in warm_p50]}))
