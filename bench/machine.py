"""The machine's state at the start of a benchmark run, so that its absolute figures (startup,
loading, search) can be read against it: the cost of touching memory for the first time (a
fresh anonymous mapping written once per 4 KiB page, charged to the process as CPU time: on
2026-12-01 it was 3.3-3.6 s per GiB here, when a warm server's requests ran at their usual CPU
cost while starts and loads took 1.5 times longer than on 2026-11-30), and a
fixed loop of pure Python arithmetic (the core's speed on work that touches no new memory).
Median of 3 of each. Run it pinned where the servers run: taskset -c N python3 bench/machine.py
Prints one JSON line: {"kind":"machine","first_touch_s_per_gib":…,"cpu_loop_s":…}.
With --loop, only the loop's median, as a number of seconds (bench/run.sh takes it just before
each start and load, since the machine's speed changes within a run)."""
import json
import mmap
import sys
import time

SIZE = 256 << 20


def first_touch():
    memory = mmap.mmap(-1, SIZE)
    started = time.perf_counter()
    for offset in range(0, SIZE, 4096):
        memory[offset] = 1
    took = time.perf_counter() - started
    memory.close()
    return took * (1 << 30) / SIZE


def loop():
    started = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i * i % 7
    return time.perf_counter() - started


cpu = sorted(loop() for _ in range(3))[1]
if sys.argv[1:] == ["--loop"]:
    print(round(cpu, 3))
    sys.exit()
touch = sorted(first_touch() for _ in range(3))[1]
print(json.dumps({"kind": "machine", "first_touch_s_per_gib": round(touch, 2), "cpu_loop_s": round(cpu, 2)}))
