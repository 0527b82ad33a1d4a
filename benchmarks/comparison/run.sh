#!/usr/bin/env bash
# Comparison benchmark: ModelGate scoring and `modelgate compare` against scikit-learn's predict_proba, in one run.
# Usage and the meaning of every number: README.md next to this script.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

RUNS=3
ROWS=1000000           # holdout rows
TRAIN_ROWS=100000      # training rows of the three models
RESAMPLES=2000         # bootstrap resamples of the comparison
JPMML_ROWS=100000      # rows of the one jpmml-engine reference run per model (0 skips it)
WORK="$HERE/work"
SKIP_SKLEARN=false

usage() {
    sed -n '2,3p' "$0"
    cat <<EOF
Options: --runs N ($RUNS)  --rows N ($ROWS)  --train-rows N ($TRAIN_ROWS)  --resamples N ($RESAMPLES)
         --jpmml-rows N ($JPMML_ROWS; 0 skips the jpmml reference)  --work DIR ($WORK)  --skip-sklearn
EOF
    exit 2
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --rows) ROWS="$2"; shift 2 ;;
        --train-rows) TRAIN_ROWS="$2"; shift 2 ;;
        --resamples) RESAMPLES="$2"; shift 2 ;;
        --jpmml-rows) JPMML_ROWS="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        --skip-sklearn) SKIP_SKLEARN=true; shift ;;
        -h|--help) usage ;;
        *) echo "run.sh: unknown option '$1'" >&2; usage ;;
    esac
done

PYTHON="$(command -pv python3 || true)"   # Debian's python3 with python3-sklearn
TIME=/usr/bin/time                        # GNU time (Debian package `time`) for wall time and peak RSS
[[ -x "$TIME" ]] || { echo "run.sh: $TIME is missing: apt-get install time" >&2; exit 2; }
[[ -n "$PYTHON" ]] || { echo "run.sh: no python3 on the default PATH: apt-get install python3" >&2; exit 2; }
if ! "$PYTHON" -c 'import sklearn, pandas, joblib' 2>/dev/null; then
    echo "run.sh: $PYTHON lacks scikit-learn: apt-get install python3-sklearn python3-pandas python3-joblib" >&2
    exit 2
fi

mkdir -p "$WORK"
LOG="$WORK/logs"
rm -rf "$LOG" "$WORK/evidence" "$WORK/out"
mkdir -p "$LOG" "$WORK/evidence" "$WORK/out"
HOLDOUT="$WORK/holdout.csv"

# --- data and models --------------------------------------------------------------------------------------
made_for() {  # the rows the existing data was made with, from models.json
    "$PYTHON" -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["holdout_rows"], d["train_rows"])' \
        "$WORK/models.json" 2>/dev/null || true
}
if [[ ! -f "$HOLDOUT" || "$(made_for)" != "$ROWS $TRAIN_ROWS" ]]; then
    echo "making the holdout ($ROWS rows) and training the models on $TRAIN_ROWS rows" >&2
    rm -f "$WORK"/*.pmml
    "$PYTHON" "$HERE/make_models.py" --work "$WORK" --holdout-rows "$ROWS" --train-rows "$TRAIN_ROWS" \
        > "$WORK/make_models.log"
fi
CONVERTER="$ROOT/tools/fixtures/sklearn-converter"
for name in logistic champion candidate; do
    if [[ ! -f "$WORK/$name.pmml" || "$WORK/$name.pkl" -nt "$WORK/$name.pmml" ]]; then
        echo "converting the pickles to PMML with JPMML-SkLearn (tools/fixtures/sklearn-converter)" >&2
        (cd "$CONVERTER" && mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2)
        java -Xmx4g -cp "$CONVERTER/target/classes:$(cat "$CONVERTER/target/cp.txt")" fixtures.ConvertSklearn \
            "$WORK" "$WORK" >&2
        break
    fi
done
if [[ "$JPMML_ROWS" -gt 0 ]]; then
    head -n "$((JPMML_ROWS + 1))" "$HOLDOUT" > "$WORK/holdout-head.csv"
fi

# --- the ModelGate jar ------------------------------------------------------------------------------------
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
        \( -path '*/src/main/*' -o -name pom.xml \) -type f -print -quit 2>/dev/null)" ]]
}
if [[ -z "$JAR" ]] || stale "$JAR"; then
    echo "building the CLI jar (mvn package, no install)" >&2
    (cd "$ROOT" && mvn -B -q -DskipTests package -pl modelgate-cli -am >&2)
    JAR="$(find_jar)"
fi
[[ -n "$JAR" ]] || { echo "run.sh: no modelgate-cli-*-all.jar" >&2; exit 2; }

# --- measurement ------------------------------------------------------------------------------------------
RESULTS="$LOG/results.tsv"
printf 'tool\ttask\tthreads\trun\twall\trss_kb\texit\tlog\n' > "$RESULTS"

# measure TOOL TASK THREADS RUN COMMAND...: one timed command, its output kept under LOG.
measure() {
    local tool="$1" task="$2" threads="$3" run="$4"
    shift 4
    local name="$tool-$task-$threads-$run" code=0
    cat "$HOLDOUT" > /dev/null  # the holdout is in the page cache for everyone
    "$TIME" -v -o "$LOG/$name.time" "$@" > "$LOG/$name.out" 2> "$LOG/$name.err" || code=$?
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                       for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$LOG/$name.time")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$LOG/$name.time")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$task" "$threads" "$run" "$wall" "$rss" "$code" "$name" \
        >> "$RESULTS"
    echo "  $name: ${wall}s, ${rss} KB, exit $code" >&2
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "measuring: $RUNS runs of $ROWS rows, $RESAMPLES resamples" >&2
for run in $(seq 1 "$RUNS"); do
    if [[ "$SKIP_SKLEARN" == false ]]; then
        measure sklearn predict 1,2 "$run" "$PYTHON" "$HERE/sklearn_predict.py" --work "$WORK"
    fi
    for model in logistic champion; do
        for threads in 1 2; do
            measure modelgate "score-$model" "$threads" "$run" java -jar "$JAR" score --model "$WORK/$model.pmml" \
                --input "$HOLDOUT" --output "$WORK/out/$model-$threads.csv" --threads "$threads"
        done
    done
    measure modelgate compare 2 "$run" java -jar "$JAR" compare --candidate "$WORK/candidate.pmml" \
        --champion "$WORK/champion.pmml" --data "$HOLDOUT" --target default --resamples "$RESAMPLES" \
        --evidence "$WORK/evidence/compare-$run" --quiet
done
if [[ "$JPMML_ROWS" -gt 0 ]]; then  # the reference engine, once: row-by-row jpmml on the first rows
    for model in logistic champion; do
        measure jpmml "score-$model" 2 1 java -jar "$JAR" score --model "$WORK/$model.pmml" --engine jpmml \
            --input "$WORK/holdout-head.csv" --output "$WORK/out/$model-jpmml.csv" --threads 2
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
    echo "- Python: $("$PYTHON" -c 'import sys, sklearn, numpy, pandas;
print(sys.version.split()[0], "scikit-learn", sklearn.__version__, "numpy", numpy.__version__, "pandas", pandas.__version__)')"
    echo "- Load average (1, 5, 15 min): $LOAD_BEFORE before, $LOAD_AFTER after"
    echo "- ModelGate: $JAR (default JVM options)"
    echo "- Data: $(basename "$HOLDOUT") $ROWS rows, $(du -m "$HOLDOUT" | cut -f1) MB; models trained on $TRAIN_ROWS rows;" \
        "PMML sizes: $(for m in logistic champion candidate; do printf '%s %s bytes; ' "$m" \
        "$(stat -c %s "$WORK/$m.pmml")"; done)$RUNS runs"
    echo
    "$PYTHON" "$HERE/summarize.py" "$RESULTS" "$LOG" "$WORK"
} | tee "$LOG/report.md"
echo "report: $LOG/report.md" >&2
