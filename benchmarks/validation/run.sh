#!/usr/bin/env bash
# Validation benchmark: ModelGate `validate` against a pandas peer and the `cat` / `wc -l` floors.
# Usage and the meaning of every number: README.md next to this script.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

RUNS=3
LARGE=5000000          # rows of the large current file (with drift)
SMALL=1000000          # rows of the small current file (a prefix of the large one), for the heap comparison
REFERENCE=1000000      # rows of the reference file (no drift, another seed)
XMX=512m               # heap limit of the timed ModelGate runs
SMALL_HEAP=64m         # heap limit of the constant-memory proof runs ("" to skip them)
CACHE=auto             # auto: drop the page cache before every run if permitted, else warm; warm; cold
WORK="$HERE/work"
SKIP_PANDAS=false

usage() {
    sed -n '2,3p' "$0"
    cat <<EOF
Options: --runs N ($RUNS)  --rows N ($LARGE)  --small-rows N ($SMALL)  --reference-rows N ($REFERENCE)
         --xmx SIZE ($XMX)  --small-heap SIZE ($SMALL_HEAP; '' skips)  --cache auto|warm|cold ($CACHE)
         --work DIR ($WORK)  --skip-pandas
EOF
    exit 2
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --rows) LARGE="$2"; shift 2 ;;
        --small-rows) SMALL="$2"; shift 2 ;;
        --reference-rows) REFERENCE="$2"; shift 2 ;;
        --xmx) XMX="$2"; shift 2 ;;
        --small-heap) SMALL_HEAP="$2"; shift 2 ;;
        --cache) CACHE="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        --skip-pandas) SKIP_PANDAS=true; shift ;;
        -h|--help) usage ;;
        *) echo "run.sh: unknown option '$1'" >&2; usage ;;
    esac
done
[[ "$CACHE" =~ ^(auto|warm|cold)$ ]] || { echo "run.sh: --cache must be auto, warm or cold" >&2; exit 2; }
(( SMALL <= LARGE )) || { echo "run.sh: --small-rows must not exceed --rows" >&2; exit 2; }

PYTHON="$(command -pv python3 || true)"   # Debian's python3 with python3-pandas and python3-scipy
TIME=/usr/bin/time                        # GNU time (Debian package `time`) for the peak RSS
[[ -x "$TIME" ]] || { echo "run.sh: $TIME is missing: apt-get install time" >&2; exit 2; }
[[ -n "$PYTHON" ]] || { echo "run.sh: no python3 on the default PATH: apt-get install python3" >&2; exit 2; }
if ! "$PYTHON" -c 'import pandas, scipy' 2>/dev/null; then
    echo "run.sh: $PYTHON lacks pandas or scipy: apt-get install python3-pandas python3-scipy" >&2
    exit 2
fi

mkdir -p "$WORK"
LOG="$WORK/logs"
rm -rf "$LOG"
mkdir -p "$LOG"
CURRENT_LARGE="$WORK/current-$LARGE.csv"
CURRENT_SMALL="$WORK/current-$SMALL.csv"
REFERENCE_FILE="$WORK/reference-$REFERENCE.csv"

# --- data -------------------------------------------------------------------------------------------------
if [[ ! -f "$CURRENT_LARGE" ]]; then
    echo "generating $CURRENT_LARGE ($LARGE rows, seed 2, drift)" >&2
    java "$HERE/Generate.java" --rows "$LARGE" --seed 2 --drift --out "$CURRENT_LARGE"
fi
if [[ ! -f "$CURRENT_SMALL" ]]; then
    echo "taking the first $SMALL rows of $CURRENT_LARGE into $CURRENT_SMALL" >&2
    head -n "$((SMALL + 1))" "$CURRENT_LARGE" > "$CURRENT_SMALL.partial"
    mv "$CURRENT_SMALL.partial" "$CURRENT_SMALL"
fi
if [[ ! -f "$REFERENCE_FILE" ]]; then
    echo "generating $REFERENCE_FILE ($REFERENCE rows, seed 1, no drift)" >&2
    java "$HERE/Generate.java" --rows "$REFERENCE" --seed 1 --out "$REFERENCE_FILE"
fi

# --- ModelGate --------------------------------------------------------------------------------------------
find_jar() {
    local jar
    for jar in "$ROOT"/modelgate-cli/target/modelgate-cli-*-all.jar; do
        [[ -f "$jar" ]] && echo "$jar" && return
    done
    return 0
}
JAR="$(find_jar)"
stale() {  # a source file or pom of the CLI or the core is newer than the jar
    [[ -n "$(find "$ROOT/pom.xml" "$ROOT/modelgate-core" "$ROOT/modelgate-cli" -newer "$1" \
        \( -path '*/src/*' -o -name pom.xml \) -type f -print -quit 2>/dev/null)" ]]
}
if [[ -z "$JAR" ]] || stale "$JAR"; then
    echo "building the CLI jar (mvn package, no install)" >&2
    (cd "$ROOT" && mvn -B -q -DskipTests package -pl modelgate-cli -am >&2) || echo "run.sh: the build failed" >&2
    JAR="$(find_jar)"
fi
MODELGATE=skip
if [[ -z "$JAR" ]]; then
    echo "run.sh: no modelgate-cli-*-all.jar: the ModelGate rows are skipped" >&2
elif java -jar "$JAR" help validate >/dev/null 2>&1 \
        || java -jar "$JAR" --help 2>/dev/null | grep -Eq '^[[:space:]]+validate\b'; then
    MODELGATE=run
else
    echo "run.sh: $JAR has no 'validate' command yet: the ModelGate rows are skipped" >&2
fi

# --- page cache -------------------------------------------------------------------------------------------
drop_caches() { sync && echo 3 > /proc/sys/vm/drop_caches; }
if [[ "$CACHE" == auto ]]; then
    if drop_caches 2>/dev/null; then CACHE=cold; else CACHE=warm; fi
elif [[ "$CACHE" == cold ]] && ! drop_caches 2>/dev/null; then
    echo "run.sh: --cache cold needs permission to write /proc/sys/vm/drop_caches" >&2
    exit 2
fi
prepare_cache() {  # before every timed command
    if [[ "$CACHE" == cold ]]; then
        drop_caches
    else
        cat "$@" > /dev/null
    fi
}

# --- measurement ------------------------------------------------------------------------------------------
RESULTS="$LOG/results.tsv"
printf 'tool\tdata\trows\tbytes\trun\twall\trss_kb\texit\tlog\n' > "$RESULTS"

# measure TOOL DATA_LABEL CURRENT RUN COMMAND...: one timed run; the row count and bytes cover current + reference.
measure() {
    local tool="$1" label="$2" current="$3" run="$4"
    shift 4
    local name="$tool-$label-$run" rows="${ROWS_OF[$label]}" bytes="${BYTES_OF[$label]}" code=0
    prepare_cache "$current" "$REFERENCE_FILE"
    "$TIME" -v -o "$LOG/$name.time" "$@" > "$LOG/$name.out" 2> "$LOG/$name.err" || code=$?
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                       for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$LOG/$name.time")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$LOG/$name.time")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$label" "$rows" "$bytes" "$run" "$wall" "$rss" \
        "$code" "$name" >> "$RESULTS"
    echo "  $name: ${wall}s, ${rss} KB, exit $code" >&2
}

# modelgate_command HEAP CURRENT NAME: sets MODELGATE_COMMAND to the validate command, with a GC log for the heap.
modelgate_command() {
    local heap="$1" current="$2" name="$3"
    rm -rf "$WORK/evidence/$name"
    MODELGATE_COMMAND=(java "-Xmx$heap" "-Xlog:gc,gc+heap+exit:file=$LOG/$name.gc:uptime,level,tags"
        -jar "$JAR" validate --data "$current" --schema "$HERE/schema.yaml" --reference "$REFERENCE_FILE"
        --evidence "$WORK/evidence/$name" --quiet)
}

declare -A CURRENT_OF=([large]="$CURRENT_LARGE" [small]="$CURRENT_SMALL") ROWS_OF BYTES_OF
for label in large small; do  # rows and bytes read by every tool: the current file plus the reference file
    ROWS_OF[$label]=$(( $(wc -l < "${CURRENT_OF[$label]}") + $(wc -l < "$REFERENCE_FILE") - 2 ))
    BYTES_OF[$label]=$(( $(stat -c %s "${CURRENT_OF[$label]}") + $(stat -c %s "$REFERENCE_FILE") ))
done
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "measuring: $RUNS runs, page cache $CACHE" >&2
for run in $(seq 1 "$RUNS"); do
    for label in large small; do
        current="${CURRENT_OF[$label]}"
        measure cat "$label" "$current" "$run" cat "$current" "$REFERENCE_FILE"
        measure wc "$label" "$current" "$run" wc -l "$current" "$REFERENCE_FILE"
        if [[ "$SKIP_PANDAS" == false ]]; then
            measure pandas "$label" "$current" "$run" \
                "$PYTHON" "$HERE/pandas_validate.py" --data "$current" --reference "$REFERENCE_FILE"
        fi
        if [[ "$MODELGATE" == run ]]; then
            modelgate_command "$XMX" "$current" "modelgate-$label-$run"
            measure modelgate "$label" "$current" "$run" "${MODELGATE_COMMAND[@]}"
        fi
    done
done
if [[ "$MODELGATE" == run && -n "$SMALL_HEAP" ]]; then
    for label in large small; do
        current="${CURRENT_OF[$label]}"
        modelgate_command "$SMALL_HEAP" "$current" "modelgate-$SMALL_HEAP-$label-1"
        measure "modelgate-$SMALL_HEAP" "$label" "$current" 1 "${MODELGATE_COMMAND[@]}"
    done
fi
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- report -----------------------------------------------------------------------------------------------
{
    echo "## Machine"
    echo
    echo "- CPU: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
    echo "- RAM: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo); kernel $(uname -r)"
    echo "- Java: $(java -version 2>&1 | head -n 1)"
    echo "- Python: $("$PYTHON" -c 'import sys, pandas, numpy, scipy;
print(sys.version.split()[0], "pandas", pandas.__version__, "numpy", numpy.__version__, "scipy", scipy.__version__)')"
    echo "- Load average (1, 5, 15 min): $LOAD_BEFORE before, $LOAD_AFTER after"
    if [[ "$CACHE" == cold ]]; then
        echo "- Page cache: dropped (sync; echo 3 > /proc/sys/vm/drop_caches) before every timed run"
    else
        echo "- Page cache: warm; the input files were read once with cat before every timed run"
    fi
    echo "- ModelGate: ${JAR:-no jar} ($([[ "$MODELGATE" == run ]] && echo "-Xmx$XMX" || echo skipped: no validate command))"
    echo "- Data: $(basename "$CURRENT_LARGE") $(du -m "$CURRENT_LARGE" | cut -f1) MB," \
        "$(basename "$CURRENT_SMALL") $(du -m "$CURRENT_SMALL" | cut -f1) MB," \
        "$(basename "$REFERENCE_FILE") $(du -m "$REFERENCE_FILE" | cut -f1) MB; $RUNS runs"
    echo
    "$PYTHON" "$HERE/summarize.py" "$RESULTS" "$LOG" "$WORK/evidence"
} | tee "$LOG/report.md"
echo "report: $LOG/report.md" >&2
