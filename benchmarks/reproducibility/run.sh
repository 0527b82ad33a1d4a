#!/usr/bin/env bash
# Reproducibility benchmark: the canonical model hash of a 500-tree random forest PMML against sha256sum of the
# same file. Target (issue 4): at most 3x the time of sha256sum. Prints medians and ratios; docs/benchmarks.md has
# the recorded figures. Contestants: ModelHash.of (byte-level scanner) warm and on its first call in a new JVM; the
# StAX reader it falls back to; the `modelgate hash` command end to end and the JVM's start alone. Each is timed in
# turns with sha256sum, so that load from other builds on a shared machine hits both sides of a ratio alike.
# First checks that the scanner and the StAX reader give the same hash for the model.
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

if [ "$(java -jar "$JAR" hash "$MODEL" | cut -d' ' -f1)" != "$(java -cp "$JAR" "$HERE/HashTiming.java" "$MODEL" print)" ]; then
  echo "the byte-level scanner and the StAX reader disagree on $MODEL" >&2
  exit 1
fi
cat "$MODEL" >/dev/null # the file in the page cache for every contestant
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
# The commands in a new JVM take turns round by round, so that a change of load on a shared machine hits them alike.
: >"$WORK/times.tsv"
for _ in $(seq "$RUNS"); do
  printf 'sha\t%s\n' "$(timed sha256sum "$MODEL")" >>"$WORK/times.tsv"
  printf 'cold\t%s\n' "$(java -cp "$JAR" "$HERE/HashTiming.java" "$MODEL" first)" >>"$WORK/times.tsv"
  printf 'cli\t%s\n' "$(timed java -jar "$JAR" hash "$MODEL")" >>"$WORK/times.tsv"
  printf 'jvm\t%s\n' "$(timed java -jar "$JAR" --version)" >>"$WORK/times.tsv"
done
of() { awk -v k="$1" '$1 == k {print $2}' "$WORK/times.tsv" | median; }
sha=$(of sha)
cold=$(of cold)
cli=$(of cli)
jvm=$(of jvm)
read -r hot hot_sha < <(java -cp "$JAR" "$HERE/HashTiming.java" "$MODEL" scanner "$RUNS")
read -r stax stax_sha < <(java -cp "$JAR" "$HERE/HashTiming.java" "$MODEL" stax "$RUNS")

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
echo "load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg) (other builds share the machine)"
echo "model: $MODEL, $(du -h "$MODEL" | cut -f1), $(grep -c '<Segment' "$MODEL") segments; median of $RUNS runs"
line() { printf '%-46s %7.3f s   sha256sum %6.3f s   %5.2fx\n' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)"; }
line "ModelHash.of, warm JVM (byte-level scanner)" "$hot" "$hot_sha"
line "ModelHash.of(InputStream), warm (StAX reader)" "$stax" "$stax_sha"
line "ModelHash.of, first call in a new JVM" "$cold" "$sha"
line "modelgate hash, new JVM, end to end" "$cli" "$sha"
line "modelgate --version (the JVM's start alone)" "$jvm" "$sha"
