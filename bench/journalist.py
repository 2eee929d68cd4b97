"""A data journalist's and a front-end's pass over a running instance (issue: scale checks):
every /data download of every collection in CSV, JSON and NDJSON (row counts against the
listing and GraphQL's totalCount, each CSV row as wide as its header, JSON that parses,
Content-Length equal to the bytes), the ?bom=true copy, HEAD against GET, a broken download
resumed with Range and If-Range, the archive, GraphQL CSV paged by its Link headers to the
end (plain, filtered, a search) with no id missing or twice, the changes feed, and pages
deep in the corpus, disputed change days and corrections (CSV, fact pages, articles.json), and a
journalist's three stories, each from the CSVs and from GraphQL (stories: money summed per obligor
and country against commitmentTotals, each sum's approximate mark and words against the JSON
download, a disputed or corrected sum's page serving the CSV's figure with its rule; one speaker's
every statement against its article's text and the source view; the timelines of agreements whose
change days sources dispute), with every CSV loaded into sqlite3 by datapackage.json's foreign keys;
and the agreements of a cooperation area (areas: agreements(filter: { area }) against the CSVs);
what a country committed to and the agreements of an area category (countries:
commitments(filter: { obligorCountry }), obligorCountries and commitmentTotals against
commitments.csv, agreements(filter: { areaCategory }) against the CSVs).
Prints one line per check, "ok" or "FAIL", and the seconds each took
(for ratios within one run only: the machine may be shared).

Usage: python3 bench/journalist.py [base URL] [parts] (default http://127.0.0.1:8080, every part;
parts: a comma-separated choice of downloads, resume, zip, pages, deep, facts, changes, disputes, stories, areas,
countries, and
collection names to download only those, such as downloads,commitments); the instance
should exempt loopback from the rate limit (accords.rate-limit.exempt-loopback=true) or the
downloads of a large corpus run out of budget."""
import base64
import csv
import gzip
import hashlib
import io
import json
import sys
import time
import urllib.parse
import urllib.request
import zipfile

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080").rstrip("/")
failures = []


def check(name, ok, detail=""):
    print("%-4s %s%s" % ("ok" if ok else "FAIL", name, (": " + detail) if detail else ""), flush=True)
    if not ok:
        failures.append(name)


def fetch(path, headers=None, method="GET"):
    url = path if path.startswith("http") else BASE + path
    request = urllib.request.Request(url, headers=headers or {}, method=method)
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            body = response.read()
            return response.status, response.headers, body, time.monotonic() - t0
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read(), time.monotonic() - t0


def graphql(query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(BASE + "/graphql", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        answer = json.load(response)
    if answer.get("errors"):
        raise SystemExit("graphql errors: %s" % json.dumps(answer["errors"])[:500])
    return answer["data"]


def csv_rows(body, name):
    text = body.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, data = rows[0], rows[1:]
    widths = {len(r) for r in data}
    check(name + " every row as wide as the header", widths <= {len(header)},
          "header %d, rows %s" % (len(header), sorted(widths)[:5]))
    return header, data


def content_length(name, headers, body):
    declared = headers.get("Content-Length")
    if declared is not None:
        check(name + " Content-Length equals the bytes", int(declared) == len(body),
              "%s declared, %d read" % (declared, len(body)))


def listed_size(name, sizes, body):
    if sizes.get(name) is not None:
        check(name + " size in the listing = bytes", sizes[name] == len(body), "%s vs %d" % (sizes[name], len(body)))


def downloads(listing, sizes):
    totals = {}
    for entry in listing:
        collection, rows = entry["collection"], entry["rows"]
        totals[collection] = rows
        status, headers, body, s = fetch("/data/%s.csv" % collection)
        content_length(collection + ".csv", headers, body)
        listed_size(collection + ".csv", sizes, body)
        header, data = csv_rows(body, collection + ".csv")
        check(collection + ".csv rows = listing's", len(data) == rows, "%d vs %d (%.2fs)" % (len(data), rows, s))
        ids = [r[0] for r in data]
        check(collection + ".csv ids unique", len(set(ids)) == len(ids))
        head_status, head_headers, head_body, _ = fetch("/data/%s.csv" % collection, method="HEAD")
        same = all(head_headers.get(h) == headers.get(h) for h in ("ETag", "Content-Length", "Content-Type", "Content-Disposition"))
        check(collection + ".csv HEAD answers GET's headers", head_status == 200 and same and not head_body)
        status, headers, jbody, s = fetch("/data/%s.json" % collection)
        content_length(collection + ".json", headers, jbody)
        listed_size(collection + ".json", sizes, jbody)
        array = json.loads(jbody)
        check(collection + ".json rows = listing's", len(array) == rows, "%d vs %d (%.2fs)" % (len(array), rows, s))
        check(collection + ".json ids as the CSV's", [e.get("id") for e in array] == ids)
        status, headers, nbody, s = fetch("/data/%s.ndjson" % collection)
        content_length(collection + ".ndjson", headers, nbody)
        listed_size(collection + ".ndjson", sizes, nbody)
        lines = [json.loads(line) for line in nbody.decode().splitlines() if line.strip()]
        check(collection + ".ndjson rows = listing's", len(lines) == rows, "%d vs %d (%.2fs)" % (len(lines), rows, s))
        status, headers, gbody, _ = fetch("/data/%s.csv" % collection, {"Accept-Encoding": "gzip"})
        if headers.get("Content-Encoding") == "gzip":
            content_length(collection + ".csv gzip", headers, gbody)
            check(collection + ".csv gzip inflates to the plain bytes", gzip.decompress(gbody) == body)
        status, headers, bbody, _ = fetch("/data/%s.csv?bom=true" % collection)
        content_length(collection + ".csv?bom=true", headers, bbody)
        check(collection + ".csv?bom=true starts with a BOM", bbody.startswith(b"\xef\xbb\xbf"))
        _, bdata = csv_rows(bbody[3:], collection + ".csv?bom=true")
        check(collection + ".csv?bom=true rows = plain", len(bdata) == len(data))
    return totals


def datapackage():
    """Each CSV's header row against the columns datapackage.json describes."""
    status, headers, body, _ = fetch("/data/datapackage.json")
    for resource in json.loads(body)["resources"]:
        fields = [f["name"] for f in resource["schema"]["fields"]]
        _, _, head, _ = fetch("/data/" + resource["path"].split("/")[-1], {"Range": "bytes=0-8191"})
        header = next(csv.reader([head.decode("utf-8", "ignore").split("\r\n")[0]]))
        check("datapackage.json describes %s's columns" % resource["path"], header == fields, "%d vs %d" % (len(header), len(fields)))


def wait_measured(timeout=1800):
    """Waits until the listing gives the size of every collection's file and of the archive
    (changelog.json is listed without one): the checks of ranges and lengths hold once
    the served version is measured, which on a shared machine can take minutes after the
    start (a resume checked before that found no Accept-Ranges, as documented)."""
    deadline = time.monotonic() + timeout
    while True:
        _, _, body, _ = fetch("/data/index.json")
        missing = [d["file"] for d in json.loads(body)["downloads"]
                   if d.get("bytes") is None and (d.get("collection") or d.get("format") == "zip")]
        if not missing or time.monotonic() > deadline:
            check("listing gives every size before ranges are checked", not missing, ", ".join(missing[:3]))
            return
        time.sleep(5)


def resume(collection):
    status, headers, whole, _ = fetch("/data/%s.csv" % collection)
    etag, total = headers.get("ETag"), len(whole)
    check("resume: Accept-Ranges once measured", headers.get("Accept-Ranges") == "bytes", str(headers.get("Accept-Ranges")))
    cut = total // 3
    status, headers, rest, _ = fetch("/data/%s.csv" % collection, {"Range": "bytes=%d-" % cut, "If-Range": etag})
    check("resume: 206 with the rest", status == 206 and whole[:cut] + rest == whole,
          "%d, %s" % (status, headers.get("Content-Range")))
    content_length("resume 206", headers, rest)
    status, headers, mid, _ = fetch("/data/%s.csv" % collection, {"Range": "bytes=%d-%d" % (cut, cut + 999)})
    check("resume: a middle range", status == 206 and mid == whole[cut:cut + 1000])
    status, headers, tail, _ = fetch("/data/%s.csv" % collection, {"Range": "bytes=-500"})
    check("resume: a suffix range", status == 206 and tail == whole[-500:])
    status, headers, _, _ = fetch("/data/%s.csv" % collection, {"Range": "bytes=%d-" % (total + 10)})
    check("resume: past the end is 416", status == 416 and headers.get("Content-Range") == "bytes */%d" % total)
    status, headers, again, _ = fetch("/data/%s.csv" % collection, {"Range": "bytes=%d-" % cut, "If-Range": '"other"'})
    check("resume: another If-Range gets the whole file", status == 200 and again == whole)


def archive(totals):
    status, headers, body, s = fetch("/data/all.zip")
    check("all.zip says its length once measured", headers.get("Content-Length") is not None)
    content_length("all.zip", headers, body)
    with zipfile.ZipFile(io.BytesIO(body)) as z:
        names = z.namelist()
        for collection, rows in totals.items():
            member = [n for n in names if n.endswith("/%s.csv" % collection) or n == "%s.csv" % collection]
            if not member:
                check("all.zip has %s.csv" % collection, False, str(names[:20]))
                continue
            data = list(csv.reader(io.StringIO(z.read(member[0]).decode("utf-8"), newline="")))[1:]
            check("all.zip %s.csv rows = listing's" % collection, len(data) == rows, "%d vs %d" % (len(data), rows))
    print("     all.zip %.2fs, %d bytes" % (s, len(body)))


def csv_pages(query, name, expected, id_column="id", bom=False):
    """Follows a GraphQL CSV answer's Link rel=next to the end."""
    url = BASE + "/graphql?" + urllib.parse.urlencode(dict({"query": query}, **({"bom": "true"} if bom else {})))
    seen, pages, header, times = [], 0, None, []
    while url:
        status, headers, body, s = fetch(url, {"Accept": "text/csv"})
        times.append(s)
        if status != 200:
            check(name + " page %d" % (pages + 1), False, "%d %s" % (status, body[:300]))
            return
        if bom:
            if not body.startswith(b"\xef\xbb\xbf"):
                check(name + " every page has the BOM", False, "page %d" % (pages + 1))
            body = body[3:]
        page_header, rows = csv_rows(body, "%s page %d" % (name, pages + 1)) if pages < 3 else \
            (lambda r: (r[0], r[1:]))(list(csv.reader(io.StringIO(body.decode(), newline=""))))
        if header is None:
            header = page_header
        elif page_header != header:
            check(name + " same header on every page", False, str(page_header))
        seen += [r[header.index(id_column)] for r in rows]
        pages += 1
        link = headers.get("Link")
        url = None
        if link and 'rel="next"' in link:
            url = link[link.index("<") + 1:link.index(">")]
            if url.startswith("/"):
                url = BASE + url
    check(name + " rows = totalCount", len(seen) == expected, "%d rows, totalCount %d, %d pages" % (len(seen), expected, pages))
    check(name + " no id twice", len(set(seen)) == len(seen), "%d distinct" % len(set(seen)))
    print("     %s: first page %.3fs, last page %.3fs, slowest %.3fs" % (name, times[0], times[-1], max(times)))
    return seen


def deep_pages(field, total):
    import cursors
    first = cursors.first_cursor(BASE + "/graphql", field)
    times = {}
    for offset in (0, total // 2, total - 101):
        after = cursors.at(first, offset)
        t0 = time.monotonic()
        data = graphql("query($a: String) { %s(first: 100, after: $a) { totalCount pageInfo { hasNextPage } edges { node { id } } } }" % field, {"a": after})
        times[offset] = time.monotonic() - t0
        got = len(data[field]["edges"])
        check("%s page after offset %d has 100 rows" % (field, offset), got == 100, str(got))
    print("     %s pages: %s" % (field, ", ".join("offset %d %.3fs" % kv for kv in times.items())))


def changes(total_versions_hint=None):
    status, headers, body, s = fetch("/data/changes.json")
    check("changes.json parses", status == 200 and json.loads(body) is not None, "%d (%.2fs)" % (status, s))
    content_length("changes.json", headers, body)
    listed = sum(len(v["entities"]) + v.get("more", 0) for v in json.loads(body)["versions"])
    status, headers, body, s = fetch("/data/changes.atom")
    check("changes.atom answers", status == 200 and body.lstrip().startswith(b"<?xml"), "%d (%.2fs)" % (status, s))
    data = graphql("{ dataset { changelog { version } } }")
    versions = data["dataset"]["changelog"]
    print("     versions: %d" % len(versions))
    since = "2000-01-01"
    total = graphql('{ changes(since: "%s", first: 1) { totalCount } }' % since)["changes"]["totalCount"]
    seen, after, t = [], None, []
    while True:
        t0 = time.monotonic()
        page = graphql('query($a: String) { changes(since: "%s", first: 100, after: $a) { pageInfo { hasNextPage endCursor } nodes { type id change } } }' % since, {"a": after})["changes"]
        t.append(time.monotonic() - t0)
        seen += ["%s/%s/%s" % (n["type"], n["id"], n["change"]) for n in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    check("changes paged to the end: no change twice", len(set(seen)) == len(seen), "%d of %d, %d pages" % (len(seen), total, len(t)))
    check("changes paged to the end: all of totalCount", len(seen) == total, "%d vs %d" % (len(seen), total))
    check("changes.json's entities and more = totalCount (one version loaded)", len(versions) > 1 or listed == total, "%d vs %d" % (listed, total))
    print("     changes: first page %.3fs, last %.3fs, slowest %.3fs" % (t[0], t[-1], max(t)))


def disputes(sample=12):
    """Disputed change days and corrections, as a journalist checks them: the agreements CSV
    marks each change day sources dispute (`SUSPENDED 2024-01-16 disputed`, `rejoined …
    disputed`) on rows whose `disputed` is true, as many rows as agreements(filter:
    {disputed: true}) counts at least; a sample of those rows' fact pages (JSON) mark the
    earliest competing day "served" and the CSV's marked day is that one; articles.json's
    corrects and correctedBy name each other, as many as articles(filter: { correction /
    corrected }) count; a corrected value is withdrawn (correctedBy), not served, and not
    competing."""
    import re
    status, headers, body, _ = fetch("/data/agreements.csv")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"), newline="")))
    marked = re.compile(r"(\d{4}-\d{2}-\d{2}) disputed")
    change_rows = [r for r in rows if marked.search(r.get("events", "") + " " + r.get("participants", ""))]
    check("agreements.csv marks disputed change days", len(change_rows) > 0, "%d rows" % len(change_rows))
    check("agreements.csv rows with a disputed change day are disputed",
          all(r.get("disputed") == "true" for r in change_rows),
          ", ".join(r["id"] for r in change_rows if r.get("disputed") != "true")[:200])
    stages = {m for r in change_rows for m in re.findall(r"(SUSPENDED|RESUMED|TERMINATED|rejoined) \d{4}-\d{2}-\d{2} disputed",
                                                          r.get("events", "") + " " + r.get("participants", ""))}
    check("disputed days of suspensions, resumptions, terminations and rejoinings", len(stages) == 4, str(sorted(stages)))
    disputed = graphql("{ agreements(filter: { disputed: true }) { totalCount } }")["agreements"]["totalCount"]
    csv_disputed = sum(1 for r in rows if r.get("disputed") == "true")
    check("agreements.csv disputed rows = agreements(filter: { disputed: true })", csv_disputed == disputed,
          "%d vs %d" % (csv_disputed, disputed))
    step = max(1, len(change_rows) // sample)
    for row in change_rows[::step][:sample]:
        status, _, page, s = fetch("/agreements/%s" % row["id"], {"Accept": "application/json"})
        dispute = json.loads(page).get("dispute") or {} if status == 200 else {}
        competing = [v for v in dispute.get("values", []) if v.get("competing") and v.get("field") in ("events", "participants")]
        served = [v for v in competing if v.get("served")]
        days = set(marked.findall(row.get("events", "") + " " + row.get("participants", "")))
        served_days = {d for v in served for d in re.findall(r"\d{4}-\d{2}-\d{2}", str(v.get("value")))}
        check("/agreements/%s: one competing day served per change, the CSV's marked one" % row["id"],
              status == 200 and dispute.get("disputed") and served and len(served) < len(competing) and days <= served_days,
              "%d, %d competing, %d served, CSV %s, served %s (%.3fs)" % (status, len(competing), len(served), sorted(days), sorted(served_days), s))
    status, _, body, _ = fetch("/data/articles.json")
    articles = json.loads(body)
    corrections = [a for a in articles if a.get("corrects")]
    corrected = [a for a in articles if a.get("correctedBy")]
    by_id = {a["id"]: a for a in articles}
    check("articles.json has corrections", len(corrections) > 0 and len(corrected) > 0, "%d corrections, %d corrected" % (len(corrections), len(corrected)))
    check("articles.json corrects and correctedBy name each other",
          all(a["id"] in by_id[c]["corrects"] for a in corrected for c in a["correctedBy"])
          and all(a["id"] in by_id[c]["correctedBy"] for a in corrections for c in a["corrects"]))
    counts = graphql("{ c: articles(filter: { correction: true }) { totalCount } d: articles(filter: { corrected: true }) { totalCount } }")
    check("articles(filter: { correction, corrected }) = articles.json's", counts["c"]["totalCount"] == len(corrections)
          and counts["d"]["totalCount"] == len(corrected), "%s vs %d, %d" % (counts, len(corrections), len(corrected)))
    status, _, body, _ = fetch("/data/agreements.json")
    withdrawn = [(a["id"], c) for a in json.loads(body) for c in ((a.get("provenance") or {}).get("claims") or []) if c.get("correctedBy")]
    check("agreements.json claims withdrawn by a correction (correctedBy), never served or competing",
          len(withdrawn) > 0 and all(not c.get("served") and not c.get("competing") for _, c in withdrawn),
          "%d withdrawn" % len(withdrawn))


def article_list(expected):
    """The readers' article list, /articles?page=N, followed by its links to the last page."""
    import re
    path, seen, pages, times = "/articles", [], 0, []
    while path:
        status, headers, body, s = fetch(path)
        times.append(s)
        html = body.decode()
        seen += re.findall(r'href="/articles/([^"?]+)"', html)
        pages += 1
        following = [int(n) for n in re.findall(r'href="/articles\?page=([0-9]+)"', html) if int(n) == pages + 1]
        path = "/articles?page=%d" % following[0] if following else None
    check("/articles pages list every article once", len(seen) == expected and len(set(seen)) == expected,
          "%d listed, %d distinct, %d articles, %d pages" % (len(seen), len(set(seen)), expected, pages))
    print("     /articles: first page %.3fs, last %.3fs, slowest %.3fs" % (times[0], times[-1], max(times)))


def fact_pages(collection):
    """The fact pages of the first and last rows of a download, HTML and JSON."""
    status, headers, body, _ = fetch("/data/%s.ndjson" % collection)
    lines = body.decode().splitlines()
    for where, line in (("first", lines[0]), ("middle", lines[len(lines) // 2]), ("last", lines[-1])):
        fact = json.loads(line)["id"]
        status, headers, html, s = fetch("/%s/%s" % (collection, fact))
        jstatus, _, jbody, js = fetch("/%s/%s" % (collection, fact), {"Accept": "application/json"})
        check("/%s/{%s row's id} page and its JSON" % (collection, where), status == 200 and jstatus == 200 and json.loads(jbody)["id"] == fact,
              "%d %d (%.3fs, %.3fs)" % (status, jstatus, s, js))


def csv_table(collection):
    status, _, body, _ = fetch("/data/%s.csv" % collection)
    return list(csv.DictReader(io.StringIO(body.decode("utf-8"), newline="")))


def split_ids(cell):
    return [i for i in (cell or "").split("; ") if i]


def at(text, start, end):
    """text.slice(start, end) as JavaScript counts: UTF-16 code units."""
    return text.encode("utf-16-le")[2 * int(start):2 * int(end)].decode("utf-16-le")


def stories():
    """A data journalist's three stories, each from the CSV downloads and from GraphQL JSON:
    money per obligor and country, one speaker's words against their articles, and the
    timelines of agreements whose change days sources dispute; and the CSVs loaded into
    sqlite3 with the foreign keys datapackage.json declares."""
    import collections
    import sqlite3
    from decimal import Decimal
    status, _, body, _ = fetch("/data/datapackage.json")
    package = json.loads(body)
    tables = {r["name"]: csv_table(r["name"]) for r in package["resources"]}
    # sqlite3: every table with its primary key and its declared foreign keys
    db = sqlite3.connect(":memory:")
    for resource in package["resources"]:
        columns = [f["name"] for f in resource["schema"]["fields"]]
        keys = ["FOREIGN KEY(\"%s\") REFERENCES \"%s\"(id)" % (fk["fields"][0], fk["reference"]["resource"])
                for fk in resource["schema"]["foreignKeys"]]
        db.execute("CREATE TABLE \"%s\" (%s)" % (resource["name"], ", ".join(
            ["\"%s\"%s" % (c, " PRIMARY KEY" if c == "id" else "") for c in columns] + keys)))
        db.executemany("INSERT INTO \"%s\" VALUES (%s)" % (resource["name"], ",".join("?" * len(columns))),
                       [[row[c] if row[c] != "" else None for c in columns] for row in tables[resource["name"]]])
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    check("sqlite3: every declared foreign key of every CSV joins (PRAGMA foreign_key_check)", not broken,
          "%d rows do not, e.g. %s" % (len(broken), broken[:3]))
    every = {row["id"] for rows in tables.values() for row in rows}
    for resource in package["resources"]:
        for field in resource["schema"]["fields"]:
            column = field["name"]
            if column != "id" and (column.endswith("_id") or column.endswith("_ids")):
                missing = [i for row in tables[resource["name"]] for i in split_ids(row[column]) if i not in every]
                check("every id in %s.csv's %s is a row of a table" % (resource["name"], column), not missing,
                      "%d missing, e.g. %s" % (len(missing), missing[:2]))
    # story 1, money: sums from the CSV as the recipe says, against commitmentTotals
    countries = {r["id"] for r in tables["countries"]}
    country_of = {r["id"]: r["country_id"] for r in tables["organizations"] + tables["people"]}
    sums, counted, approximate = collections.defaultdict(Decimal), collections.Counter(), collections.defaultdict(bool)
    disputed_sums = collections.Counter()
    per_country = collections.defaultdict(Decimal)
    for row in tables["commitments"]:
        if not row["amount"]:
            continue
        for obligor in split_ids(row["obligor_ids"]):
            key = (obligor, row["currency"], row["status"])
            sums[key] += Decimal(row["amount"])
            counted[key] += 1
            approximate[key] |= row["amount_approximate"] == "true"
            disputed_sums[key] += row["disputed"] == "true"
        for country in {o if o in countries else country_of.get(o) for o in split_ids(row["obligor_ids"])}:
            per_country[(country, row["currency"], row["status"])] += Decimal(row["amount"])
    totals = graphql("{ commitmentTotals(groupBy: [OBLIGOR, STATUS]) { currency status amount commitmentCount approximate disputedCount "
                     "obligor { ... on Country { id } ... on Organization { id } ... on Person { id } } } }")["commitmentTotals"]
    served = {(t["obligor"]["id"], t["currency"], t["status"]): (Decimal(t["amount"]), t["commitmentCount"], t["approximate"],
              t["disputedCount"]) for t in totals if t["obligor"]}
    check("money: commitments.csv summed per obligor, currency and status = commitmentTotals (sums, counts, "
          "approximate and disputed)", served == {k: (v, counted[k], approximate[k], disputed_sums[k]) for k, v in sums.items()},
          "%d groups vs %d" % (len(sums), len(served)))
    check("money: every obligor's country found by joining obligor_ids to countries, organizations or people",
          None not in {k[0] for k in per_country}, "%d country groups" % len(per_country))
    joined = [r["id"] for r in tables["commitments"] if "obligor_country_ids" in r and split_ids(r["obligor_country_ids"])
              != list(dict.fromkeys(c for c in (o if o in countries else country_of.get(o) for o in split_ids(r["obligor_ids"])) if c))]
    check("money: commitments.csv's obligor_country_ids = the countries joined from obligor_ids, in order, once each",
          "obligor_country_ids" in tables["commitments"][0] and not joined, "differ: %s" % joined[:3])
    for collection, columns in (("agreements", (("value", "value"), ("funding", "funding"))), ("commitments", (("amount", "amount"),))):
        status, _, body, _ = fetch("/data/%s.json" % collection)
        entities = {e["id"]: e for e in json.loads(body)}
        for prefix, field in columns:
            amount, currency = (prefix + "_amount", prefix + "_currency") if collection == "agreements" else ("amount", "currency")
            flag = prefix + "_approximate"
            differ = [r["id"] for r in tables[collection] if (entities[r["id"]].get(field) or {}).get("amount", "") != r[amount]
                      or (entities[r["id"]].get(field) or {}).get("currency", "") != r[currency]
                      or ((str(bool(entities[r["id"]][field].get("approximate"))).lower() if entities[r["id"]].get(field) else "") != r[flag])
                      or (entities[r["id"]].get(field) or {}).get("text", "") != r[prefix + "_text"]]
            n = sum(1 for r in tables[collection] if r[amount])
            check("money: %s.csv's %s sums, approximate marks and words = the JSON download's %s" % (collection, prefix, field),
                  not differ, "%d sums; differ: %s" % (n, differ[:3]))
    disputed = [r for r in tables["commitments"] + tables["agreements"]
                if any(v["field"] in ("amount", "value", "funding") for v in json.loads(r["disputed_values"] or "[]"))]
    corrected = [r for r in tables["commitments"] + tables["agreements"]
                 if any(v["field"] in ("amount", "value", "funding") for v in json.loads(r["corrected_values"] or "[]"))]
    print("     money: %d sums, %d disputed, %d corrected; %d obligor groups, %d country groups"
          % (sum(counted.values()), len(disputed), len(corrected), len(sums), len(per_country)))
    for row in (disputed[:5] + corrected[:5]):
        collection = "commitments" if "obligor_ids" in row else "agreements"
        shown = [row["amount"] + " " + row["currency"]] if collection == "commitments" else [
            row["value_amount"] + " " + row["value_currency"], row["funding_amount"] + " " + row["funding_currency"]]
        status, _, body, _ = fetch("/%s/%s" % (collection, row["id"]), {"Accept": "application/json"})
        dispute = json.loads(body).get("dispute") or {}
        marked = [v["value"].replace(",", "") for v in dispute.get("values", []) if v.get("served") and v["field"] in ("amount", "value", "funding")]
        check("money: %s page %s serves the CSV's sum, with the rule that chose it when disputed" % (collection, row["id"][:28]),
              all(any(m.startswith(s) for s in shown) for m in marked) and bool(dispute.get("servedRules")) == (row["disputed"] == "true"),
              "%s vs %s, rules %s" % (marked, shown, dispute.get("servedRules")))
    # story 2, who said what: the speaker of most statements, every word against the article
    texts = {r["id"]: r["text"] for r in tables["articles"]}
    speaker = collections.Counter(r["speaker_id"] for r in tables["statements"] if r["speaker_id"]).most_common(1)[0][0]
    said = [r for r in tables["statements"] if r["speaker_id"] == speaker]
    check("quotes: each of %d statements' excerpt is its article's text at its offsets" % len(said),
          all(at(texts[r["evidence_article_id"]], r["evidence_start"], r["evidence_end"]) == r["evidence_excerpt"] for r in said))
    check("quotes: each statement's words occur verbatim in its article", all(r["text"] in texts[r["evidence_article_id"]] for r in said))
    nodes, after = [], None
    while True:
        page = graphql("query($id: ID!, $after: String) { statements(filter: { speaker: $id }, first: 100, after: $after) { "
                       "pageInfo { hasNextPage endCursor } nodes { id kind text evidence { excerpt start end article { id } } } } }",
                       {"id": speaker, "after": after})["statements"]
        nodes += page["nodes"]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    by_id = {n["id"]: n for n in nodes}
    check("quotes: GraphQL's statements of the speaker = the CSV's", set(by_id) == {r["id"] for r in said}, "%d vs %d" % (len(by_id), len(said)))
    check("quotes: quote or paraphrase, words, excerpt and article the same in CSV and GraphQL",
          all(r["id"] in by_id and (by_id[r["id"]]["kind"], by_id[r["id"]]["text"], by_id[r["id"]]["evidence"][0]["excerpt"],
              by_id[r["id"]]["evidence"][0]["article"]["id"]) == (r["kind"], r["text"], r["evidence_excerpt"], r["evidence_article_id"]) for r in said))
    check("quotes: every GraphQL excerpt is its article's text at its offsets",
          all(at(texts[e["article"]["id"]], e["start"], e["end"]) == e["excerpt"] for n in nodes for e in n["evidence"]))
    print("     quotes: %s, %s" % (said[0]["speaker_name"], dict(collections.Counter(r["kind"] for r in said))))
    status, _, body, s = fetch("/articles/%s" % said[0]["evidence_article_id"], {"Accept": "application/json"})
    check("quotes: the source view of the first statement's article holds its words at their offsets",
          status == 200 and at(json.loads(body)["text"], said[0]["evidence_start"], said[0]["evidence_end"]) == said[0]["evidence_excerpt"],
          "%d (%.2fs)" % (status, s))
    # story 3, timelines: agreements whose change days sources dispute, CSV against GraphQL
    timelines = [r for r in tables["agreements"] if " disputed" in r["events"] + r["participants"]][:10] or tables["agreements"][:3]
    for row in timelines:
        node = graphql("query($id: ID!) { node(id: $id) { ... on Agreement { status disputed events { stage date datePrecision disputed } "
                       "sources { article { id } } competingValues { field value sources { id } } } } }", {"id": row["id"]})["node"]
        events = ["%s %s%s%s" % (e["stage"], e["date"], "" if e["datePrecision"] == "DAY" else " (%s)" % e["datePrecision"],
                                 " disputed" if e["disputed"] else "") for e in node["events"]]
        values = [(v["field"], v["value"], v["sourceIds"]) for v in json.loads(row["disputed_values"] or "[]")]
        check("timeline %s: days, disputed marks, status and sources the same in CSV and GraphQL" % row["id"][:28],
              split_ids(row["events"]) == events and row["status"] == (node["status"] or "")
              and row["disputed"] == str(node["disputed"]).lower()
              and split_ids(row["source_article_ids"]) == [x["article"]["id"] for x in node["sources"]]
              and values == [(v["field"], v["value"], [x["id"] for x in v["sources"]]) for v in node["competingValues"]],
              "%s | %s" % (row["events"], events))


def areas(sample=10):
    """Which agreements concern an area: agreements(filter: { area }) against the CSVs (the area's
    own agreement, and the agreements of the commitments and statements in it), paged by cursor
    and as GraphQL CSV by its Link headers, for the areas with the most commitments and
    statements and a few others; an id of no area matches nothing, a name is refused."""
    import collections
    tables = {name: csv_table(name) for name in ("cooperation-areas", "commitments", "statements")}
    expected = collections.defaultdict(set)
    for row in tables["cooperation-areas"]:
        expected[row["id"]].add(row["agreement_id"])
    for collection in ("commitments", "statements"):
        for row in tables[collection]:
            for area in split_ids(row["area_ids"]):
                if row["agreement_id"]:
                    expected[area].add(row["agreement_id"])
    ranked = sorted(expected, key=lambda a: (-len(expected[a]), a))
    chosen = ranked[:sample] + ranked[len(ranked) // 2:len(ranked) // 2 + 2] + ranked[-2:]
    for area in dict.fromkeys(chosen):
        seen, after, times, total = [], None, [], None
        while True:
            t0 = time.monotonic()
            page = graphql("query($area: ID!, $after: String) { agreements(filter: { area: $area }, first: 100, after: $after) { "
                           "totalCount pageInfo { hasNextPage endCursor } nodes { id } } }", {"area": area, "after": after})["agreements"]
            times.append(time.monotonic() - t0)
            total = page["totalCount"]
            seen += [n["id"] for n in page["nodes"]]
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        key = base64.urlsafe_b64decode(area + "=" * (-len(area) % 4)).decode().split(":", 1)[-1]
        check("areas: %s's agreements = its own and its commitments' and statements' in the CSVs" % key[:40],
              set(seen) == expected[area] and len(seen) == len(set(seen)) == total,
              "%d agreements, CSV %d, totalCount %d; first page %.3fs, slowest %.3fs"
              % (len(seen), len(expected[area]), total, times[0], max(times)))
    widest = ranked[0]
    query = '{ agreements(first: 100, filter: { area: "%s" }) { nodes { id title signedOn } } }' % widest
    csv_pages(query, "graphql csv agreements in area", len(expected[widest]))
    none = graphql('{ agreements(filter: { area: "Q29vcGVyYXRpb25BcmVhOm5vLXN1Y2gtYXJlYQ" }) { totalCount } }')["agreements"]
    check("areas: an id of no area matches no agreement", none["totalCount"] == 0)
    body = json.dumps({"query": '{ agreements(filter: { area: "drones" }) { totalCount } }'}).encode()
    request = urllib.request.Request(BASE + "/graphql", body, {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            answer = json.load(response)
    except urllib.error.HTTPError as error:
        answer = json.load(error)
    errors = answer.get("errors") or [{}]
    check("areas: a name where an area id goes is refused naming filter.area",
          errors[0].get("extensions", {}).get("code") == "BAD_USER_INPUT"
          and errors[0].get("message", "").startswith("filter.area: 'drones' is not an Accords id"),
          json.dumps(errors)[:200])
    print("     areas: %d areas, %d with agreements beyond their own" % (len(expected),
          sum(1 for a, ids in expected.items() if len(ids) > 1)))


def paged(query, variables, field):
    """Every id of a connection, paged by cursor 100 at a time, its totalCount and the seconds of
    its first page and its slowest."""
    seen, after, times, total = [], None, [], None
    while True:
        t0 = time.monotonic()
        page = graphql(query, dict(variables, after=after))[field]
        times.append(time.monotonic() - t0)
        total = page["totalCount"]
        seen += [n["id"] for n in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            return seen, total, times[0], max(times)
        after = page["pageInfo"]["endCursor"]


def countries(sample=8):
    """What a country committed to, and which agreements concern a kind of area:
    commitments(filter: { obligorCountry }) and its obligorCountries against commitments.csv's
    obligor_country_ids, commitmentTotals(filter: { obligorCountry }) against the CSV's sums, and
    agreements(filter: { areaCategory }) against the union of the area filter's answers over the
    CSVs, for the countries bound most and a few others and for every category; a country code
    where a Country id goes is refused naming filter.obligorCountry."""
    import collections
    from decimal import Decimal
    tables = {name: csv_table(name) for name in ("commitments", "cooperation-areas", "statements")}
    bound = collections.defaultdict(list)
    sums = collections.defaultdict(Decimal)
    for row in tables["commitments"]:
        for country in split_ids(row["obligor_country_ids"]):
            bound[country].append(row["id"])
            if row["amount"]:
                sums[(country, row["currency"], row["status"])] += Decimal(row["amount"])
    ranked = sorted(bound, key=lambda c: (-len(bound[c]), c))
    for country in dict.fromkeys(ranked[:sample] + ranked[-2:]):
        seen, total, first, slowest = paged("query($c: ID!, $after: String) { commitments(filter: { obligorCountry: $c }, "
                                            "first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } "
                                            "nodes { id obligorCountries { id } } } }", {"c": country}, "commitments")
        check("countries: %s's commitments = commitments.csv's rows naming it in obligor_country_ids" % country,
              sorted(seen) == sorted(bound[country]) and len(seen) == total,
              "%d commitments, CSV %d; first page %.3fs, slowest %.3fs" % (len(seen), len(bound[country]), first, slowest))
        totals = graphql("query($c: ID!) { commitmentTotals(filter: { obligorCountry: $c }, groupBy: [STATUS]) "
                         "{ currency status amount } }", {"c": country})["commitmentTotals"]
        served = {(country, t["currency"], t["status"]): Decimal(t["amount"]) for t in totals}
        check("countries: %s's commitmentTotals = commitments.csv summed over its rows" % country,
              served == {k: v for k, v in sums.items() if k[0] == country}, "%d sums" % len(served))
    by_id = {}
    for row in tables["commitments"]:
        by_id[row["id"]] = split_ids(row["obligor_country_ids"])
    page = graphql("{ commitments(first: 100) { nodes { id obligorCountries { id } } } }")["commitments"]["nodes"]
    check("countries: Commitment.obligorCountries = obligor_country_ids, in order, on a page of 100",
          all([c["id"] for c in n["obligorCountries"]] == by_id[n["id"]] for n in page), "%d commitments" % len(page))
    expected = collections.defaultdict(set)
    category_of = {}
    for row in tables["cooperation-areas"]:
        category_of[row["id"]] = row["category"]
        expected[row["category"]].add(row["agreement_id"])
    for collection in ("commitments", "statements"):
        for row in tables[collection]:
            for area in split_ids(row["area_ids"]):
                if row["agreement_id"] and area in category_of:
                    expected[category_of[area]].add(row["agreement_id"])
    for category in sorted(expected):
        seen, total, first, slowest = paged("query($k: AreaCategory!, $after: String) { agreements(filter: { areaCategory: $k }, "
                                            "first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } "
                                            "nodes { id } } }", {"k": category}, "agreements")
        check("countries: agreements in %s = the areas' own and their commitments' and statements' in the CSVs" % category,
              set(seen) == expected[category] and len(seen) == len(set(seen)) == total,
              "%d agreements, CSV %d; first page %.3fs, slowest %.3fs" % (len(seen), len(expected[category]), first, slowest))
    body = json.dumps({"query": '{ commitments(filter: { obligorCountry: "LT" }) { totalCount } }'}).encode()
    request = urllib.request.Request(BASE + "/graphql", body, {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            answer = json.load(response)
    except urllib.error.HTTPError as error:
        answer = json.load(error)
    errors = answer.get("errors") or [{}]
    check("countries: a country code where a Country id goes is refused naming filter.obligorCountry",
          errors[0].get("extensions", {}).get("argument") == "filter.obligorCountry", json.dumps(errors)[:200])
    print("     countries: %d countries bound, %d categories with agreements" % (len(bound), len(expected)))


def main():
    only = set(sys.argv[2].split(",")) if len(sys.argv) > 2 else None
    status, headers, body, _ = fetch("/data/index.json")
    index = json.loads(body)
    listing = [{"collection": d["collection"], "rows": d["rows"]} for d in index["downloads"] if d.get("format") == "csv"]
    sizes = {d["file"]: d.get("bytes") for d in index["downloads"]}
    totals = {e["collection"]: e["rows"] for e in listing}
    counts = graphql("{ statements { totalCount } commitments { totalCount } agreements { totalCount } }")
    for field, value in counts.items():
        check("listing's %s rows = totalCount" % field, totals.get(field) == value["totalCount"], "%s vs %s" % (totals.get(field), value["totalCount"]))
    if not only or "downloads" in only:
        named = [e for e in listing if only and e["collection"] in only]
        downloads(named or listing, sizes)
    if not only or "downloads" in only:
        datapackage()
    if not only or "resume" in only or "zip" in only:
        wait_measured()
    if not only or "resume" in only:
        resume("statements")
    if not only or "zip" in only:
        archive(totals)
    if not only or "pages" in only:
        csv_pages("{ statements(first: 100) { edges { node { id saidOn kind text speaker { name } } } } }",
                  "graphql csv statements", counts["statements"]["totalCount"])
        query = '{ statements(first: 100, filter: { kind: DIRECT_QUOTE, saidFrom: "2024-01-01" }) { totalCount } }'
        filtered = graphql(query)["statements"]["totalCount"]
        csv_pages('{ statements(first: 100, filter: { kind: DIRECT_QUOTE, saidFrom: "2024-01-01" }, orderBy: { field: SAID_ON, direction: DESC }) { nodes { id saidOn kind } } }',
                  "graphql csv statements filtered", filtered)
        found = graphql('{ search(text: "drone", first: 1) { totalCount } }')["search"]["totalCount"]
        csv_pages('{ search(text: "drone", first: 100) { edges { score node { ... on Statement { id } ... on Commitment { id } ... on Agreement { id } ... on Person { id } ... on Organization { id } ... on CooperationArea { id } ... on Programme { id } ... on Event { id } } } } }',
                  "graphql csv search", found)
        csv_pages('{ search(text: "drone", first: 100, orderBy: NEWEST) { nodes { ... on Statement { id } ... on Commitment { id } ... on Agreement { id } ... on Person { id } ... on Organization { id } ... on CooperationArea { id } ... on Programme { id } ... on Event { id } } } }',
                  "graphql csv search newest", found)
        csv_pages('{ statements(first: 100, filter: { text: "drone" }) { nodes { id text } } }', "graphql csv statements text bom",
                  graphql('{ statements(filter: { text: "drone" }) { totalCount } }')["statements"]["totalCount"], bom=True)
        csv_pages("{ commitments(first: 100) { nodes { id description status } } }", "graphql csv commitments", counts["commitments"]["totalCount"])
    if not only or "deep" in only:
        deep_pages("statements", counts["statements"]["totalCount"])
        deep_pages("commitments", counts["commitments"]["totalCount"])
    if not only or "facts" in only:
        article_list(totals["articles"])
        fact_pages("statements")
        fact_pages("commitments")
    if not only or "changes" in only:
        changes()
    if not only or "disputes" in only:
        disputes()
    if not only or "stories" in only:
        stories()
    if not only or "areas" in only:
        areas()
    if not only or "countries" in only:
        countries()
    print("%d failed: %s" % (len(failures), ", ".join(failures)) if failures else "all ok")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
