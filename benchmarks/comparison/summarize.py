"""Turns run.sh's results.tsv, the tools' outputs and the compare evidence into the comparison benchmark's tables.

Usage: summarize.py RESULTS_TSV LOG_DIR WORK_DIR (stdlib only)

Medians over the runs of: scikit-learn's CSV load and predict_proba time per model (from sklearn_predict.py's JSON);
ModelGate's scoring time per model and thread count (the `[score] ... in X s` line: scoring alone, after the model is
loaded) and the wall time of the whole command; `modelgate compare`'s wall time and the split recorded in its
evidence (`timings`: load, scoring, statistics, risk). Then the ratios the issue sets targets for.
"""

import csv
import json
import re
import statistics
import sys
from pathlib import Path

SCORED = re.compile(r"\[score\] scored (\d+) rows .* in ([0-9.]+) s \(\d+ rows/s; loading took ([0-9.]+) s\)")


def median(values):
    values = [value for value in values if value is not None]
    return statistics.median(values) if values else None


def number(value, digits=2):
    return "n/a" if value is None else f"{value:,.{digits}f}"


def ratio(numerator, denominator):
    return None if numerator is None or not denominator else numerator / denominator


def main(results_tsv, log_dir, work_dir):
    log_dir, work_dir = Path(log_dir), Path(work_dir)
    rows = [row for row in csv.DictReader(open(results_tsv), delimiter="\t")]
    ok = [row for row in rows if row["exit"] in ("0", "1")]
    failed = [row["log"] for row in rows if row["exit"] not in ("0", "1")]

    peer = [json.loads((log_dir / f"{row['log']}.out").read_text()) for row in ok if row["tool"] == "sklearn"]
    holdout_rows = peer[0]["rows"] if peer else None

    def sklearn_predict(model, threads="1"):
        return median(run["models"][model]["predict_seconds"].get(threads) for run in peer)

    csv_seconds = median(run["csv_seconds"] for run in peer)

    def scored(tool, task, threads):
        """(rows, median scoring seconds, median load seconds, median wall) of a score command."""
        found, seconds, loads, walls = None, [], [], []
        for row in ok:
            if (row["tool"], row["task"], row["threads"]) != (tool, task, threads):
                continue
            match = SCORED.search((log_dir / f"{row['log']}.out").read_text())
            if match:
                found = int(match.group(1))
                seconds.append(float(match.group(2)))
                loads.append(float(match.group(3)))
            walls.append(float(row["wall"]))
        return found, median(seconds), median(loads), median(walls)

    print("### Scoring: rows per second (scoring only, after loading; medians)")
    print()
    print("| model | engine | threads | rows | scoring s | rows/s | load s | wall s (JVM + load + scoring) "
          "| scikit-learn predict_proba s | scikit-learn rows/s | ModelGate / scikit-learn throughput |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for model in ("logistic", "champion"):
        for tool, threads in (("modelgate", "1"), ("modelgate", "2"), ("jpmml", "2")):
            count, seconds, load, wall = scored(tool, f"score-{model}", threads)
            if count is None:
                continue
            peer_seconds = sklearn_predict(model, threads) if tool == "modelgate" else None
            speed = ratio(count, seconds)
            peer_speed = ratio(holdout_rows, peer_seconds)
            engine = "compiled (auto)" if tool == "modelgate" else "jpmml (row by row)"
            print(f"| {model} | {engine} | {threads} | {count:,} | {number(seconds)} | {number(speed, 0)} "
                  f"| {number(load)} | {number(wall)} | {number(peer_seconds)} | {number(peer_speed, 0)} "
                  f"| {number(ratio(speed, peer_speed))} |")
    print()
    print("scikit-learn's logistic regression has no threads of its own; its 2-thread cell compares with its 1-thread "
          "time. The jpmml row scores the first rows only, once, to show the engine the compiled form replaces.")

    compares = [row for row in ok if row["task"] == "compare"]
    timings = []
    for row in compares:
        run = row["run"]
        evidence = work_dir / "evidence" / f"compare-{run}" / "comparison.json"
        if evidence.exists():
            tree = json.loads(evidence.read_text())
            timings.append(dict(tree.get("timings", {}), wall=float(row["wall"]), status=tree.get("status"), run=run,
                                engines=tree.get("scoring", {}).get("engines", [])))
    wall = median(t["wall"] for t in timings)
    parts = {key: median(t.get(key) for t in timings)
             for key in ("loadSeconds", "scoringSeconds", "statisticsSeconds", "riskSeconds", "totalSeconds")}
    forests = None
    if peer:
        forests = median(run["models"]["champion"]["predict_seconds"]["1"]
                         + run["models"]["candidate"]["predict_seconds"]["1"] for run in peer)
        forests_parallel = median(run["models"]["champion"]["predict_seconds"].get("2", 0)
                                  + run["models"]["candidate"]["predict_seconds"].get("2", 0) for run in peer)
    share = median(ratio(t.get("statisticsSeconds"), t.get("totalSeconds")) for t in timings)
    peer_by_run = {}
    for row in ok:
        if row["tool"] == "sklearn":
            run = json.loads((log_dir / f"{row['log']}.out").read_text())
            peer_by_run[row["run"]] = run["models"]["champion"]["predict_seconds"]["1"] \
                + run["models"]["candidate"]["predict_seconds"]["1"]
    paired = median(ratio(float(row["wall"]), peer_by_run.get(row["run"])) for row in compares)
    share_of_wall = median(ratio(t.get("statisticsSeconds"), t["wall"]) for t in timings)

    print()
    print("### Full comparison of the two forests (medians)")
    print()
    print("| step | seconds |")
    print("| --- | ---: |")
    print(f"| `modelgate compare`, wall (JVM start, load both PMML, score both, statistics, risk, reports) "
          f"| {number(wall)} |")
    for key, label in (("loadSeconds", "load and verify both PMML files (in parallel)"),
                       ("scoringSeconds", "score the holdout with both (compile, self-check, 2 threads)"),
                       ("statisticsSeconds", "statistics: bootstrap intervals, McNemar, DeLong, slices, curves"),
                       ("riskSeconds", "risk checks of the candidate (latency, flip rate, on a 2,000-row sample)"),
                       ("totalSeconds", "total recorded in the evidence (all of the above)")):
        print(f"| {label} | {number(parts[key])} |")
    if peer:
        print(f"| scikit-learn predict_proba, champion + candidate, 1 thread (CSV load excluded) | {number(forests)} |")
        print(f"| scikit-learn predict_proba, champion + candidate, n_jobs=2 (CSV load excluded) "
              f"| {number(forests_parallel)} |")
        print(f"| scikit-learn pandas.read_csv of the holdout | {number(csv_seconds)} |")
    print()
    print("| ratio | value | target |")
    print("| --- | ---: | --- |")
    if peer:
        print(f"| compare wall / scikit-learn predict of both forests (1 thread, without CSV load) "
              f"| {number(ratio(wall, forests))} | <= 2 |")
        print(f"| the same ratio run by run (each compare with the scikit-learn run just before it), median "
              f"| {number(paired)} | <= 2 |")
        print(f"| compare wall / scikit-learn predict of both forests (1 thread) + CSV load "
              f"| {number(ratio(wall, forests + csv_seconds))} | |")
        print(f"| compare wall / scikit-learn predict of both forests (n_jobs=2, without CSV load) "
              f"| {number(ratio(wall, forests_parallel))} | |")
    print(f"| statistics / total recorded in the evidence | {number(share, 3)} | <= 0.10 |")
    print(f"| statistics / compare wall | {number(share_of_wall, 3)} | |")

    if timings:
        print()
        print("Per run: " + "; ".join(
            f"run {t['run']}: scikit-learn forests {number(peer_by_run.get(t['run']), 1)} s, compare wall "
            f"{t['wall']:.1f} s (load {t.get('loadSeconds', 0):.1f}, scoring {t.get('scoringSeconds', 0):.1f}, "
            f"statistics {t.get('statisticsSeconds', 0):.1f}, risk {t.get('riskSeconds', 0):.1f}), {t['status']}"
            for t in timings) + ".")
        for engine in timings[0]["engines"]:
            print(f"\nEngine of {Path(engine['model']).name} (run 1): {engine['engine']} — {engine['reason']}; "
                  f"largest relative difference from jpmml in the self-check {engine['maxRelativeDifference']:.1e}; "
                  f"{engine['jpmmlRows']:,} rows left to jpmml; {engine['auditedRows']:,} rows audited.")
    if failed:
        print(f"\nCommands that failed (logs in {log_dir}): {', '.join(failed)}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
