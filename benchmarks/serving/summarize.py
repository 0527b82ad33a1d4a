"""Turns the serving benchmark's logs into the Markdown tables of docs/benchmarks.md.

Run by run.sh with Debian's interpreter: `command -p python3 summarize.py LOG_DIR`.
"""
import csv
import os
import sys

RECORDS = {"one": 1, "batch100": 100}
NAMES = {"modelgate": "ModelGate", "flask": "Flask (built-in server)", "gunicorn": "Flask on gunicorn"}


def millis(text):
    """wrk prints 812.00us, 1.20ms or 1.02s."""
    if not text:
        return float("nan")
    for unit, factor in (("us", 1e-3), ("ms", 1.0), ("s", 1e3)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float(text)


def errors(row):
    non2xx = int(row["non2xx"] or 0)
    socket = sum(int(part.split()[-1]) for part in row["socket_errors"].split(",")) if row["socket_errors"] else 0
    return non2xx + socket


def main():
    folder = sys.argv[1]
    with open(os.path.join(folder, "results.tsv")) as file:
        rows = list(csv.DictReader(file, delimiter="\t"))
    print("| service | records per request | load | target req/s | req/s | records/s | p50 ms | p99 ms | errors |")
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    best = {}
    for row in rows:
        rps = float(row["rps"])
        records = RECORDS[row["body"]]
        if row["mode"] == "max":
            best[(row["service"], row["body"])] = rps
        target = "-" if row["mode"] == "max" else f"{int(row['target_rps']):,}"
        mode = {"max": "maximum", "half": "half of max", "soak": "80 % of max", "reload": "half, reloading"}[row["mode"]]
        saturated = row["mode"] != "max" and rps < 0.95 * int(row["target_rps"])
        print(f"| {NAMES[row['service']]} | {records} | {mode} | {target} | {rps:,.0f}{' (saturated)' if saturated else ''}"
              f" | {rps * records:,.0f} | {millis(row['p50_ms']):.2f} | {millis(row['p99_ms']):.2f} | {errors(row)} |")
    print()
    for peer in ("flask", "gunicorn"):
        for body in ("one", "batch100"):
            if (peer, body) in best and ("modelgate", body) in best:
                ratio = best[("modelgate", body)] / best[(peer, body)]
                print(f"- ModelGate / {NAMES[peer]}, {RECORDS[body]} record(s) per request: **{ratio:.1f}x**"
                      " maximum throughput")
    rss = []
    with open(os.path.join(folder, "rss.tsv")) as file:
        for line in file:
            second, kilobytes = line.split()
            rss.append((int(second), int(kilobytes)))
    if rss:
        middle = rss[len(rss) // 2][1]
        print(f"- Resident memory during the soak (every 5 s, MB): "
              + ", ".join(f"{kb / 1024:.0f}" for _, kb in rss)
              + f"; last / middle sample = {rss[-1][1] / middle:.3f}")
    with open(os.path.join(folder, "reloads.tsv")) as file:
        codes = [line.split()[1] for line in file if line.strip()]
    print(f"- Reloads during the reload run: {len(codes)}, answered "
          + ", ".join(f"{codes.count(code)} x HTTP {code}" for code in sorted(set(codes))))


if __name__ == "__main__":
    main()
