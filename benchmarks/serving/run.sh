#!/usr/bin/env bash
# Serving benchmark: `modelgate serve` against Flask + scikit-learn serving the same model, with wrk on 127.0.0.1.
# Usage and the meaning of every number: README.md next to this script.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

DURATION=10          # seconds of every throughput and fixed-rate run
WARM=5               # seconds of untimed load before a service's first run
SOAK=60              # seconds of the reliability run at 80 % of ModelGate's maximum
RELOAD=20            # seconds of the reload-under-load run
MODEL=CreditLogistic # the fixture model (tools/fixtures/credit_models.py) served by every service
WORKERS=2            # ModelGate's scoring threads and gunicorn's worker processes
XMX=512m
WORK="$HERE/work"
SKIP_GUNICORN=false

usage() {
    sed -n '2,3p' "$0"
    cat <<EOF
Options: --duration S ($DURATION)  --warm S ($WARM)  --soak S ($SOAK)  --reload S ($RELOAD)  --model NAME ($MODEL)
         --workers N ($WORKERS)  --xmx SIZE ($XMX)  --work DIR ($WORK)  --skip-gunicorn
EOF
    exit 2
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --duration) DURATION="$2"; shift 2 ;;
        --warm) WARM="$2"; shift 2 ;;
        --soak) SOAK="$2"; shift 2 ;;
        --reload) RELOAD="$2"; shift 2 ;;
        --model) MODEL="$2"; shift 2 ;;
        --workers) WORKERS="$2"; shift 2 ;;
        --xmx) XMX="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        --skip-gunicorn) SKIP_GUNICORN=true; shift ;;
        -h|--help) usage ;;
        *) echo "run.sh: unknown option '$1'" >&2; usage ;;
    esac
done

PYTHON="$(command -pv python3 || true)"   # Debian's python3 with python3-flask and python3-sklearn
command -v wrk >/dev/null || { echo "run.sh: wrk is missing: apt-get install wrk" >&2; exit 2; }
[[ -n "$PYTHON" ]] || { echo "run.sh: no python3 on the default PATH: apt-get install python3" >&2; exit 2; }
if ! "$PYTHON" -c 'import flask, sklearn, pandas' 2>/dev/null; then
    echo "run.sh: $PYTHON lacks flask, sklearn or pandas: apt-get install python3-flask python3-sklearn" >&2
    exit 2
fi
GUNICORN=false
if [[ "$SKIP_GUNICORN" == false ]] && "$PYTHON" -c 'import gunicorn' 2>/dev/null; then
    GUNICORN=true
fi

FIXTURES="$ROOT/modelgate-core/src/test/resources/fixtures/scoring/SklearnEquivalenceTest"
LOG="$WORK/logs"
rm -rf "$LOG"
mkdir -p "$LOG"
"$PYTHON" "$HERE/bodies.py" "$FIXTURES/credit-holdout.csv" "$WORK"
cp "$FIXTURES/$MODEL.pmml" "$WORK/model.pmml"
cp "$FIXTURES/CreditTree.pmml" "$WORK/other.pmml"   # swapped in and out by the reload-under-load run
head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$WORK/token"

# --- ModelGate jar -------------------------------------------------------------------------------------------
find_jar() {
    local jar
    for jar in "$ROOT"/modelgate-cli/target/modelgate-cli-*-all.jar; do
        [[ -f "$jar" ]] && echo "$jar" && return
    done
    return 0
}
JAR="$(find_jar)"
stale() {  # a source file or pom of the CLI, the server or the core is newer than the jar
    [[ -n "$(find "$ROOT/pom.xml" "$ROOT/modelgate-core" "$ROOT/modelgate-server" "$ROOT/modelgate-cli" -newer "$1" \
        \( -path '*/src/main/*' -o -name pom.xml \) -type f -print -quit 2>/dev/null)" ]]
}
if [[ -z "$JAR" ]] || stale "$JAR"; then
    echo "building the CLI jar (mvn package, no install)" >&2
    (cd "$ROOT" && mvn -B -q -DskipTests package -pl modelgate-cli -am >&2)
    JAR="$(find_jar)"
fi

# --- services ------------------------------------------------------------------------------------------------
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup EXIT

await_ready() {  # URL
    local i
    for i in $(seq 1 240); do
        curl -sf -o /dev/null "$1" && return 0
        sleep 0.5
    done
    echo "run.sh: $1 never became ready" >&2
    exit 1
}

MG_PORT=18080
FLASK_PORT=18081
GUNICORN_PORT=18082
java "-Xmx$XMX" -jar "$JAR" serve --model "$WORK/model.pmml" --name credit --model-version 1 \
    --port "$MG_PORT" --threads "$WORKERS" --admin-token-file "$WORK/token" \
    > "$LOG/modelgate.out" 2> "$LOG/modelgate.err" &
MG_PID=$!
PIDS+=("$MG_PID")
"$PYTHON" "$HERE/flask_service.py" --model "$MODEL" --port "$FLASK_PORT" \
    > "$LOG/flask.out" 2> "$LOG/flask.err" &
PIDS+=("$!")
if [[ "$GUNICORN" == true ]]; then
    SERVING_MODEL="$MODEL" "$PYTHON" -m gunicorn --chdir "$HERE" --workers "$WORKERS" \
        --bind "127.0.0.1:$GUNICORN_PORT" --log-level warning 'flask_service:gunicorn_app()' \
        > "$LOG/gunicorn.out" 2> "$LOG/gunicorn.err" &
    PIDS+=("$!")
fi
await_ready "http://127.0.0.1:$MG_PORT/health/ready"
await_ready "http://127.0.0.1:$FLASK_PORT/health/ready"
[[ "$GUNICORN" == true ]] && await_ready "http://127.0.0.1:$GUNICORN_PORT/health/ready"

# --- measurement ---------------------------------------------------------------------------------------------
RESULTS="$LOG/results.tsv"
printf 'service\tbody\tmode\ttarget_rps\trps\tp50_ms\tp99_ms\trequests\tnon2xx\tsocket_errors\tcpu_load\n' > "$RESULTS"
PREDICT=/v1/models/credit:predict

# wrk_run NAME PORT BODY MODE RATE CONNECTIONS SECONDS: one wrk run, appended to results.tsv.
wrk_run() {
    local name="$1" port="$2" body="$3" mode="$4" rate="$5" connections="$6" seconds="$7" out
    out="$LOG/$name-$body-$mode.wrk"
    if [[ "$mode" == max ]]; then
        wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$HERE/post.lua" \
            "http://127.0.0.1:$port$PREDICT" -- "$WORK/$body.json" > "$out"
    else
        wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$HERE/rate.lua" \
            "http://127.0.0.1:$port$PREDICT" -- "$(awk -v r="$rate" 'BEGIN { print r / 2 }')" "$WORK/$body.json" \
            > "$out"
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$body" "$mode" "$rate" \
        "$(awk '/Requests\/sec/ { print $2 }' "$out")" \
        "$(awk '$1 == "50%" { print $2 }' "$out")" "$(awk '$1 == "99%" { print $2 }' "$out")" \
        "$(awk '/requests in/ { print $1 }' "$out")" \
        "$(awk '/Non-2xx/ { print $NF }' "$out")" \
        "$(awk '/Socket errors/ { print $0 }' "$out" | sed 's/.*Socket errors: //')" \
        "$(cut -d' ' -f1 /proc/loadavg)" >> "$RESULTS"
    tail -n 1 "$RESULTS" >&2
}
max_rps() {  # NAME BODY
    awk -F'\t' -v n="$1" -v b="$2" '$1 == n && $2 == b && $3 == "max" { print $5 }' "$RESULTS"
}
fraction() {  # RPS SHARE -> a whole rate, at least 1
    awk -v r="$1" -v s="$2" 'BEGIN { x = int(r * s); print (x < 2 ? 2 : x) }'
}

# measure NAME PORT: warm-up, maximum throughput, then p50/p99 at half of the maximum (1 record and batches of 100).
measure() {
    local name="$1" port="$2"
    wrk -t2 -c16 -d"${WARM}s" -s "$HERE/post.lua" "http://127.0.0.1:$port$PREDICT" -- "$WORK/one.json" > /dev/null
    wrk_run "$name" "$port" one max 0 16 "$DURATION"
    wrk_run "$name" "$port" batch100 max 0 8 "$DURATION"
    wrk_run "$name" "$port" one half "$(fraction "$(max_rps "$name" one)" 0.5)" 32 "$DURATION"
    wrk_run "$name" "$port" batch100 half "$(fraction "$(max_rps "$name" batch100)" 0.5)" 16 "$DURATION"
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
measure modelgate "$MG_PORT"
measure flask "$FLASK_PORT"
[[ "$GUNICORN" == true ]] && measure gunicorn "$GUNICORN_PORT"

# --- reliability: 80 % of the maximum for SOAK seconds, resident memory sampled every 5 s ----------------------
rss() { awk '/VmRSS/ { print $2 }' "/proc/$MG_PID/status"; }
SOAK_RATE="$(fraction "$(max_rps modelgate one)" 0.8)"
: > "$LOG/rss.tsv"
(
    for second in $(seq 0 5 "$SOAK"); do
        printf '%s\t%s\n' "$second" "$(rss)" >> "$LOG/rss.tsv"
        sleep 5
    done
) &
SAMPLER=$!
wrk_run modelgate "$MG_PORT" one soak "$SOAK_RATE" 32 "$SOAK"
wait "$SAMPLER" || true

# --- reload under load: the model file swapped and reloaded every 2 s during a run at half the maximum ---------
: > "$LOG/reloads.tsv"
(
    sleep 1
    end=$((SECONDS + RELOAD - 2))
    swap=0
    while (( SECONDS < end )); do
        if (( swap % 2 == 0 )); then source="$WORK/other.pmml"; else source="$FIXTURES/$MODEL.pmml"; fi
        cp "$source" "$WORK/model.pmml.partial" && mv "$WORK/model.pmml.partial" "$WORK/model.pmml"
        code=$(curl -s -o "$LOG/reload-$swap.json" -w '%{http_code}' -X POST \
            -H "Authorization: Bearer $(cat "$WORK/token")" "http://127.0.0.1:$MG_PORT/admin/reload")
        printf '%s\t%s\n' "$swap" "$code" >> "$LOG/reloads.tsv"
        swap=$((swap + 1))
        sleep 2
    done
) &
RELOADER=$!
wrk_run modelgate "$MG_PORT" one reload "$(fraction "$(max_rps modelgate one)" 0.5)" 32 "$RELOAD"
wait "$RELOADER" || true
curl -s "http://127.0.0.1:$MG_PORT/metrics" > "$LOG/metrics.txt"

# --- graceful stop -------------------------------------------------------------------------------------------
kill -TERM "$MG_PID"
wait "$MG_PID" || true
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- report --------------------------------------------------------------------------------------------------
{
    echo "## Machine"
    echo
    echo "- CPU: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
    echo "- Java: $(java -version 2>&1 | head -n 1); ModelGate: $(basename "$JAR"), -Xmx$XMX, $WORKERS scoring threads"
    echo "- Python: $("$PYTHON" -c 'import sys, flask, sklearn, pandas;
print(sys.version.split()[0], "Flask", flask.__version__, "scikit-learn", sklearn.__version__, "pandas", pandas.__version__)')"
    echo "- wrk: $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2); 2 threads, on the same 2 cores as the services"
    echo "- Load average (1, 5, 15 min): $LOAD_BEFORE before, $LOAD_AFTER after"
    echo "- Model: $MODEL (PMML for ModelGate, the same scikit-learn pipeline retrained and checked for Flask)"
    echo "- Runs: ${DURATION} s each after ${WARM} s of warm-up; soak ${SOAK} s; reload ${RELOAD} s"
    echo "- Stop: $(tail -n 1 "$LOG/modelgate.out")"
    echo
    "$PYTHON" "$HERE/summarize.py" "$LOG"
} | tee "$LOG/report.md"
echo "report: $LOG/report.md" >&2
