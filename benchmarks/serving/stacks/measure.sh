#!/usr/bin/env bash
# The HTTP-stack prototypes (JDK HttpServer, Undertow, Jetty 12, Netty) on one JSON scoring handler, measured with wrk.
# Per run: throughput, p50/p99 and the server's CPU time per request (utime + stime from /proc, which depends far
# less on what else the machine runs than throughput does). Rounds interleave the stacks.
# Usage: measure.sh [--rounds N] [--seconds S] [--mode pmml|trivial]
#   pmml: the handler scores CreditLogistic.pmml through modelgate-core's PmmlModel (needs core's target/classes);
#   trivial: a logistic function of the numbers, to isolate the stacks' own cost.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
ROUNDS=2 SECONDS_PER_RUN=10 MODE=pmml
while [[ $# -gt 0 ]]; do
    case "$1" in
        --rounds) ROUNDS="$2"; shift 2 ;;
        --seconds) SECONDS_PER_RUN="$2"; shift 2 ;;
        --mode) MODE="$2"; shift 2 ;;
        *) sed -n '2,7p' "$0"; exit 2 ;;
    esac
done
WORK="$HERE/target"
mkdir -p "$WORK/classes"
[[ -d "$ROOT/modelgate-core/target/classes/io" ]] || (cd "$ROOT" && mvn -B -q compile -pl modelgate-core)
(cd "$HERE" && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt")
CP="$ROOT/modelgate-core/target/classes:$(cat "$WORK/cp.txt")"
javac -nowarn -d "$WORK/classes" -cp "$CP" "$HERE"/src/proto/*.java
command -p python3 "$ROOT/benchmarks/serving/bodies.py" \
    "$ROOT/modelgate-core/src/test/resources/fixtures/scoring/SklearnEquivalenceTest/credit-holdout.csv" "$WORK"
MODEL="$ROOT/modelgate-core/src/test/resources/fixtures/scoring/SklearnEquivalenceTest/CreditLogistic.pmml"
TRIVIAL=$([[ "$MODE" == trivial ]] && echo true || echo false)
TICKS=$(getconf CLK_TCK)
cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
printf 'round\tstack\tbody\treq/s\tp50\tp99\tcpu_us_per_request\tload\n'
for round in $(seq "$ROUNDS"); do
    for stack in Jdk:8081 Undertow:8082 Jetty:8083 Netty:8084; do
        name=${stack%%:*} port=${stack##*:}
        java -Xmx512m -Dsun.net.httpserver.nodelay=true -Dproto.trivial="$TRIVIAL" -cp "$CP:$WORK/classes" \
            "proto.${name}Main" "$MODEL" 4 > "$WORK/$name.log" 2>&1 &
        pid=$!
        for _ in $(seq 100); do
            curl -sf -o /dev/null -X POST --data @"$WORK/one.json" "http://127.0.0.1:$port/v1" && break
            sleep 0.2
        done
        wrk -t2 -c16 -d5s -s "$ROOT/benchmarks/serving/post.lua" "http://127.0.0.1:$port/v1" -- "$WORK/one.json" > /dev/null
        for body in one batch100; do
            before=$(cpu "$pid")
            out=$(wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -s "$ROOT/benchmarks/serving/post.lua" \
                "http://127.0.0.1:$port/v1" -- "$WORK/$body.json")
            after=$(cpu "$pid")
            requests=$(echo "$out" | awk '/requests in/ { print $1 }')
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$name" "$body" \
                "$(echo "$out" | awk '/Requests\/sec/ { print $2 }')" \
                "$(echo "$out" | awk '$1 == "50%" { print $2 }')" "$(echo "$out" | awk '$1 == "99%" { print $2 }')" \
                "$(awk -v c=$((after - before)) -v t="$TICKS" -v r="$requests" 'BEGIN { printf "%.0f", c / t * 1e6 / r }')" \
                "$(cut -d' ' -f1 /proc/loadavg)"
        done
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    done
done
