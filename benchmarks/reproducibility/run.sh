#!/usr/bin/env bash
# Reproducibility benchmark: the canonical model hash of a 500-tree random forest PMML against sha256sum of the
# same file. Target (issue 4): at most 3x the time of sha256sum. Prints medians and ratios; docs/benchmarks.md has
# the recorded figures.
# Usage: benchmarks/reproducibility/run.sh [RUNS] [TREES]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUNS="${1:-5}"
TREES="${2:-500}"
WORK="$HERE/work"
CONVERTER="$ROOT/tools/fixtures/sklearn-converter"
mkdir -p "$WORK"

if [ ! -f "$WORK/Forest.pmml" ]; then
  echo "making a $TREES-tree random forest with scikit-learn and JPMML-SkLearn..." >&2
  command -p python3 "$HERE/make_forest.py" "$WORK" "$TREES"
  (cd "$CONVERTER" && mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
  java -cp "$CONVERTER/target/classes:$(cat "$CONVERTER/target/cp.txt")" fixtures.ConvertSklearn "$WORK" "$WORK"
fi
"$ROOT/bin/modelgate" --version >/dev/null
JAR="$(ls "$ROOT"/modelgate-cli/target/modelgate-cli-*-all.jar | head -n 1)"
MODEL="$WORK/Forest.pmml"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc -l; }

cat "$MODEL" >/dev/null # the file in the page cache for every contestant
sha=$(for _ in $(seq "$RUNS"); do timed sha256sum "$MODEL"; done | median)
cli=$(for _ in $(seq "$RUNS"); do timed java -jar "$JAR" hash "$MODEL"; done | median)
hot=$(java -cp "$JAR" "$HERE/HashTiming.java" "$MODEL" "$RUNS")

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
echo "model: $MODEL, $(du -h "$MODEL" | cut -f1), $(grep -c '<Segment' "$MODEL") segments; median of $RUNS runs"
printf '%-40s %8.3f s\n' "sha256sum" "$sha"
printf '%-40s %8.3f s  (%.2fx sha256sum)\n' "modelgate hash (new JVM, end to end)" "$cli" "$(echo "$cli / $sha" | bc -l)"
printf '%-40s %8.3f s  (%.2fx sha256sum)\n' "ModelHash.of in a warm JVM" "$hot" "$(echo "$hot / $sha" | bc -l)"
