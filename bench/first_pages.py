"""The first (uncached) page of each filter and order the schema offers, timed: issue 15's
"a first uncached page <= 0.5 s for any filter and order". Asks the server for the ids a
filter needs (a speaker, country, agreement, area), then each query once, and prints one
JSON line per query: {"kind":"first-page","query":…,"seconds":…}. Run it on a server that
has answered nothing else of these shapes (response cache off). Usage: first_pages.py URL"""
import json
import sys
import time
import urllib.request

import cursors

url = sys.argv[1]


def ask(query):
    body = json.dumps({"query": query}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=300) as response:
        answer = json.load(response)
    seconds = time.perf_counter() - started
    if "errors" in answer:
        sys.exit("bench: %s answered errors: %s" % (query, json.dumps(answer["errors"])[:300]))
    return answer["data"], seconds


data, _ = ask("{ statements(first: 50) { edges { node { speaker { id country { id } } agreement { id } "
              "areas { id } } } } }")
node = next(e["node"] for e in data["statements"]["edges"]
            if e["node"]["speaker"] and e["node"]["speaker"]["country"] and e["node"]["agreement"]
            and e["node"]["areas"])
speaker, country = node["speaker"]["id"], node["speaker"]["country"]["id"]
agreement, area = node["agreement"]["id"], node["areas"][0]["id"]
after = cursors.at(cursors.first_cursor(url, "statements"), 49999)
page = "totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }"
queries = [
    "{ statements(first: 20) { %s } }",
    '{ statements(first: 20, after: "%s") { %%s } }' % after,
    "{ statements(first: 20, orderBy: {field: SAID_ON, direction: DESC}) { %s } }",
    "{ statements(first: 20, orderBy: {field: REPORTED_ON, direction: ASC}) { %s } }",
    "{ statements(first: 20, orderBy: {field: ID, direction: DESC}) { %s } }",
    '{ statements(first: 20, filter: {speaker: "%s"}) { %%s } }' % speaker,
    '{ statements(first: 20, filter: {country: "%s"}, orderBy: {field: SAID_ON, direction: DESC}) { %%s } }'
    % country,
    "{ statements(first: 20, filter: {kind: PARAPHRASE}) { %s } }",
    '{ statements(first: 20, filter: {saidFrom: "2023-01-01", saidTo: "2023-06-30"}) { %s } }',
    '{ statements(first: 20, filter: {area: "%s"}) { %%s } }' % area,
    '{ statements(first: 20, filter: {agreement: "%s"}) { %%s } }' % agreement,
    "{ statements(first: 20, filter: {minSources: 2, disputed: false}) { %s } }",
    '{ statements(first: 20, filter: {reportedFrom: "2024-01-01"}, orderBy: {field: REPORTED_ON, direction: DESC}) '
    "{ %s } }",
    '{ statements(first: 20, filter: {text: "drone"}) { %s } }',
    "{ commitments(first: 20) { %s } }",
    "{ articles(first: 20) { %s } }",
    "{ people(first: 20) { %s } }",
    "{ agreements(first: 20) { %s } }",
]
for query in queries:
    query = query % page
    _, seconds = ask(query)
    print(json.dumps({"kind": "first-page", "query": query.replace(page, "…"), "seconds": round(seconds, 4)}))
