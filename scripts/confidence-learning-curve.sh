#!/usr/bin/env bash
# Does the event confidence model gain from more gold? Each of the held-out-when-first-scored sets
# events-snn22.jsonl .. events-snn41.jsonl is scored by a confidence model trained on the twenty-six
# files of scripts/retrain-confidence.sh plus the other nineteen of those sets (leave one file out),
# and the pooled figures are printed beside those of the shipped model (trained on the twenty-six).
# Takes about ten minutes (two runs of `train confidence` / `eval events` per file). Needs the jar
# (`mvn -B -DskipTests package`) and ../shared/data (MARSAD_DATA to point elsewhere).
set -euo pipefail
cd "$(dirname "$0")/.."
data="${MARSAD_DATA:-../shared/data}"
jar=cli/target/marsad.jar
java=(java -Xmx3g -Dfile.encoding=UTF-8)
base=$(sed -n 's/^files=(\(.*\))$/\1/p' scripts/retrain-confidence.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
held=(); for i in $(seq 22 41); do held+=("events-snn$i.jsonl"); done
pooled() { awk '/^articles/ {g += $5; p += $NF} /matched\)$/ {m += substr($(NF-1), 2)}
  END {printf "%s: %d matched, %d predictions, %d required, F1 %.4f\n", label, m, p, g, 2 * m / (p + g)}' label="$1" "${@:2}"; }
for f in "${held[@]}"; do
  others=(); for g in "${held[@]}"; do [ "$g" != "$f" ] && others+=("docs/gold/$g"); done
  dir="$work/cp-$f/org/marsad/core/events"
  mkdir -p "$dir"
  # shellcheck disable=SC2086
  "${java[@]}" -jar "$jar" train confidence --data "$data" $(printf 'docs/gold/%s ' $base) "${others[@]}" \
    --out "$dir/confidence.model" > "$work/train-$f.log" 2>&1
  "${java[@]}" -cp "$work/cp-$f:$jar" org.marsad.cli.Main eval events --data "$data" "docs/gold/$f" > "$work/more-$f.txt" 2>&1
  "${java[@]}" -jar "$jar" eval events --data "$data" "docs/gold/$f" > "$work/shipped-$f.txt" 2>&1
  echo "$f shipped: $(grep 'type + location' "$work/shipped-$f.txt" | sed 's/.*: //'); with the other 19: $(grep 'type + location' "$work/more-$f.txt" | sed 's/.*: //')"
done
pooled "shipped model (26 files)" "$work"/shipped-*.txt
pooled "26 files + the other 19 sets" "$work"/more-*.txt
