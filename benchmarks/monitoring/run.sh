#!/usr/bin/env bash
# Monitoring benchmark: `modelgate monitor drift` + `monitor performance` against a pandas peer doing the same
# analysis, on a generated request log. Usage and the meaning of every number: README.md next to this script.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ROWS=10000000          # logged predictions
LABELS=1000000         # late labels (every ROWS/LABELS-th request)
REFERENCE=200000       # reference rows
SMALL=1000000          # rows of the small log, for the memory comparison (same labels count as the large one)
XMX=256m               # heap limit of the ModelGate runs
RUNS=1
SKIP_PANDAS=false
WORK="$HERE/work"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --rows) ROWS="$2"; shift 2 ;;
        --labels) LABELS="$2"; shift 2 ;;
        --reference) REFERENCE="$2"; shift 2 ;;
        --small-rows) SMALL="$2"; shift 2 ;;
        --xmx) XMX="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --skip-pandas) SKIP_PANDAS=true; shift ;;
        --work) WORK="$2"; shift 2 ;;
        *) echo "run.sh: unknown option '$1' (see README.md)" >&2; exit 2 ;;
    esac
done

PYTHON="$(command -pv python3 || true)"
TIME=/usr/bin/time
[[ -x "$TIME" ]] || { echo "run.sh: $TIME is missing: apt-get install time" >&2; exit 2; }
"$PYTHON" -c 'import pandas, scipy, sklearn' 2>/dev/null \
    || { echo "run.sh: apt-get install python3-pandas python3-scipy python3-sklearn" >&2; exit 2; }

generate() {  # generate DIR ROWS LABELS
    if [[ ! -f "$1/reference.csv" ]]; then
        echo "generating $1 ($2 rows, $3 labels)" >&2
        java "$HERE/Generate.java" --rows "$2" --labels "$3" --reference "$REFERENCE" --out "$1"
    fi
}
generate "$WORK/large" "$ROWS" "$LABELS"
generate "$WORK/small" "$SMALL" "$((LABELS < SMALL ? LABELS : SMALL))"

JAR="$(ls "$ROOT"/modelgate-cli/target/modelgate-cli-*-all.jar 2>/dev/null | head -n 1 || true)"
if [[ -z "$JAR" ]]; then
    (cd "$ROOT" && mvn -B -q -DskipTests package -pl modelgate-cli -am >&2)
    JAR="$(ls "$ROOT"/modelgate-cli/target/modelgate-cli-*-all.jar | head -n 1)"
fi

LOG="$WORK/logs"
mkdir -p "$LOG"
RESULTS="$LOG/results.tsv"
printf 'tool\tdata\trun\twall_s\tuser_s\tsys_s\trss_kb\texit\n' > "$RESULTS"

measure() {  # measure TOOL DATA RUN COMMAND...
    local name="$1-$2-$3"
    local code=0
    "$TIME" -f '%e %U %S %M' -o "$LOG/$name.time" "${@:4}" > "$LOG/$name.out" 2> "$LOG/$name.err" || code=$?
    # GNU time writes "Command exited with non-zero status N" before the format line when the command fails.
    read -r wall user sys rss < <(tail -n 1 "$LOG/$name.time")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$wall" "$user" "$sys" "$rss" "$code" >> "$RESULTS"
    echo "  $name: ${wall}s wall, ${user}s user, ${rss} KB, exit $code" >&2
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$RUNS"); do
    for data in large small; do
        dir="$WORK/$data"
        measure modelgate-drift "$data" "$run" java "-Xmx$XMX" -jar "$JAR" monitor drift --pmml "$HERE/model.pmml" \
            --reference "$dir/reference.csv" --log "$dir/log" --evidence "$LOG/evidence-$data-drift" -q
        measure modelgate-performance "$data" "$run" java "-Xmx$XMX" -jar "$JAR" monitor performance \
            --log "$dir/log" --labels "$dir/labels.csv" --key application_id --target default \
            --baseline-value 0.745 --evidence "$LOG/evidence-$data-performance" -q
        if [[ "$SKIP_PANDAS" == false && ( "$data" == large || "$run" == 1 ) ]]; then
            measure pandas "$data" "$run" "$PYTHON" "$HERE/pandas_monitor.py" --log "$dir/log" \
                --reference "$dir/reference.csv" --labels "$dir/labels.csv"
        fi
    done
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

{
    echo "- Machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)," \
        "$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo "- Java: $(java -version 2>&1 | head -n 1); $("$PYTHON" -c 'import sys, pandas, sklearn;
print("Python", sys.version.split()[0], "pandas", pandas.__version__, "scikit-learn", sklearn.__version__)')"
    echo "- Load average before: $LOAD_BEFORE; after: $LOAD_AFTER"
    echo "- Large log: $(du -sm "$WORK/large/log" | cut -f1) MB; small log: $(du -sm "$WORK/small/log" | cut -f1) MB"
    echo
    "$PYTHON" - "$RESULTS" "$ROWS" "$SMALL" <<'PY'
import sys, csv, statistics
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
lines = {"large": int(sys.argv[2]), "small": int(sys.argv[3])}
def median(tool, data, field):
    values = [float(r[field]) for r in rows if r["tool"] == tool and r["data"] == data and r["exit"] in ("0", "1")]
    return statistics.median(values) if values else float("nan")
def peak(tool, data):
    values = [int(r["rss_kb"]) for r in rows if r["tool"] == tool and r["data"] == data]
    return max(values) / 1024 if values else float("nan")
print("| tool | log | wall s | CPU s (user+sys) | lines/s (wall) | peak RSS MB |")
print("| --- | --- | ---: | ---: | ---: | ---: |")
for data in ("large", "small"):
    total = {}
    for tool in ("modelgate-drift", "modelgate-performance", "pandas"):
        wall = median(tool, data, "wall_s")
        cpu = median(tool, data, "user_s") + median(tool, data, "sys_s")
        total[tool] = (wall, cpu)
        print(f"| {tool} | {data} | {wall:.1f} | {cpu:.1f} | {lines[data] / wall:,.0f} | {peak(tool, data):,.0f} |")
    mg_wall = total["modelgate-drift"][0] + total["modelgate-performance"][0]
    mg_cpu = total["modelgate-drift"][1] + total["modelgate-performance"][1]
    print(f"| **ModelGate, both commands** | {data} | {mg_wall:.1f} | {mg_cpu:.1f} | {lines[data] / mg_wall:,.0f} | |")
    pandas_wall, pandas_cpu = total["pandas"]
    print(f"\n{data}: throughput ModelGate / pandas = {pandas_wall / mg_wall:.2f}x (wall), "
          f"{pandas_cpu / mg_cpu:.2f}x (CPU)\n")
PY
} | tee "$LOG/report.md"
