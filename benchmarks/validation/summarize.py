"""Turns run.sh's results.tsv and GC logs into the Markdown tables of the validation benchmark (stdlib only).

Usage: summarize.py RESULTS_TSV LOG_DIR [EVIDENCE_DIR]
Per tool and data size: the median wall time of the runs, rows/s and MB/s from it (rows and bytes of the
current plus the reference file), the largest peak RSS of the runs and, for ModelGate, the heap numbers read
from its GC log (-Xlog:gc,gc+heap+exit): the peak heap used (largest occupancy before a collection or at exit)
and the largest heap live after a collection.
"""

import csv
import json
import re
import statistics
import sys
from pathlib import Path

UNITS = {"K": 1 / 1024, "M": 1, "G": 1024}
PAUSE = re.compile(r"(\d+)([KMG])->(\d+)([KMG])\((\d+)([KMG])\)")
EXIT_HEAP = re.compile(r"heap\s+total (\d+)K, used (\d+)K")
TARGETS = (
    ("ModelGate throughput / pandas throughput", ">= 5"),
    ("ModelGate peak RSS / pandas peak RSS", "<= 0.1"),
    ("ModelGate wall time / wc -l wall time", "<= 3"),
    ("ModelGate max live heap, large / small", "about 1"),
)


def heap(log):
    """(peak used MB, max live MB) from one GC log, None where the log has no such line."""
    if not log.exists():
        return None, None
    before, after = [], []
    for line in log.read_text().splitlines():
        pause = PAUSE.search(line)
        if pause:
            before.append(int(pause.group(1)) * UNITS[pause.group(2)])
            after.append(int(pause.group(3)) * UNITS[pause.group(4)])
        at_exit = EXIT_HEAP.search(line)
        if at_exit:
            before.append(int(at_exit.group(2)) / 1024)
    return (max(before) if before else None), (max(after) if after else None)


def number(value, digits=1):
    return "n/a" if value is None else f"{value:,.{digits}f}"


def main(results_tsv, log_dir, evidence_dir=None):
    rows = list(csv.DictReader(open(results_tsv), delimiter="\t"))
    groups = {}
    for row in rows:
        groups.setdefault((row["tool"], row["data"]), []).append(row)
    summary = {}
    print("| tool | data | rows | MB | runs | wall s (median) | rows/s | MB/s | peak RSS MB (max) "
          "| heap peak used MB | heap max live MB | exit codes |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for (tool, data), runs in groups.items():
        ok = [run for run in runs if run["exit"] in ("0", "1")]
        count, size = int(runs[0]["rows"]), int(runs[0]["bytes"]) / 1e6
        wall = statistics.median(float(run["wall"]) for run in ok) if ok else None
        rss = max(int(run["rss_kb"]) for run in ok) / 1024 if ok else None
        heaps = [heap(Path(log_dir) / f"{run['log']}.gc") for run in ok]
        peak = max((h[0] for h in heaps if h[0] is not None), default=None)
        live = max((h[1] for h in heaps if h[1] is not None), default=None)
        summary[(tool, data)] = {"wall": wall, "rss": rss, "live": live, "peak": peak}
        speed = (lambda amount: amount / wall if wall else None)
        print(f"| {tool} | {data} | {count:,} | {size:,.0f} | {len(ok)}/{len(runs)} | {number(wall, 2)} "
              f"| {number(speed(count), 0)} | {number(speed(size))} | {number(rss)} | {number(peak)} "
              f"| {number(live)} | {' '.join(run['exit'] for run in runs)} |")

    def ratio(numerator, denominator):
        return None if numerator is None or not denominator else numerator / denominator

    def get(tool, data, key):
        return summary.get((tool, data), {}).get(key)

    values = (
        ratio(get("pandas", "large", "wall"), get("modelgate", "large", "wall")),
        ratio(get("modelgate", "large", "rss"), get("pandas", "large", "rss")),
        ratio(get("modelgate", "large", "wall"), get("wc", "large", "wall")),
        ratio(get("modelgate", "large", "live"), get("modelgate", "small", "live")),
    )
    print("\n| ratio (large data) | value | target |")
    print("| --- | ---: | --- |")
    for (name, target), value in zip(TARGETS, values):
        print(f"| {name} | {number(value, 2)} | {target} |")
    for tool in sorted({tool for tool, _ in groups if tool.startswith("modelgate-")}):
        codes = "; ".join(f"{data}: exit {' '.join(run['exit'] for run in runs)}"
                          for (name, data), runs in groups.items() if name == tool)
        print(f"\n{tool} is the same validation under a small heap limit ({codes}); exit 0 or 1 means it "
              "completed, anything else is in its .err log (e.g. OutOfMemoryError).")
    outcomes(Path(log_dir), Path(evidence_dir) if evidence_dir else None)


def outcomes(log_dir, evidence_dir):
    """What each tool found on the large data in run 1, so the reader can see they did the same work."""
    pandas_out, pandas_err = log_dir / "pandas-large-1.out", log_dir / "pandas-large-1.err"
    if pandas_out.exists():
        lines = pandas_out.read_text().splitlines()
        timing = [line for line in pandas_err.read_text().splitlines() if line.startswith("time:")]
        print(f"\npandas, large data, run 1: {lines[-1] if lines else 'no output'}"
              f"{'; ' + timing[-1] if timing else ''}")
    evidence = evidence_dir / "modelgate-large-1" if evidence_dir else None
    if evidence and evidence.is_dir():
        for document in sorted(evidence.glob("*.json")):
            try:
                tree = json.loads(document.read_text())
            except ValueError as problem:
                print(f"\nModelGate evidence {document.name}: not JSON ({problem})")
                continue
            checks = tree.get("checks", [])
            problems = [check.get("name") for check in checks if check.get("status") not in ("PASSED", None)]
            print(f"\nModelGate evidence {document.name}, large data, run 1: status {tree.get('status')}, "
                  f"{len(checks)} checks, not passed: {', '.join(problems) or 'none'}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
