#!/usr/bin/env bash
# Retrains the bundled NER model (core/src/main/resources/org/marsad/core/ner/ner-model.bin) from
# ../shared/data, as described in docs/ner.md:
#   1. CAMeL Lab's ANERcorp split, with a dev slice (the last 10% of train's words);
#   2. word clusters from SaudiNewsNet: PPMI clusters (~80 s) and skip-gram cluster paths (~5 min);
#   3. a tuning run on train minus dev, scored on dev, which picks the epochs and the O biases;
#   4. the shipped model: the same settings on the whole train side.
# Takes about fifteen minutes on one core (the clusters are kept in $work and reused).
set -euo pipefail
cd "$(dirname "$0")/.."
data="${MARSAD_DATA:-../shared/data}"
work="${1:-target/ner}"
mkdir -p "$work"
./marsad anercorp-split --in "$data/ner/anercorp/ANERCorp.original.txt" --out "$work/anercorp"
[ -f "$work/clusters.tsv" ] || ./marsad train clusters --news "$data/news/saudinewsnet/dataset" --out "$work/clusters.tsv"
[ -f "$work/paths.tsv" ] || ./marsad train clusters --method SKIPGRAM --news "$data/news/saudinewsnet/dataset" --out "$work/paths.tsv"
common=(--wiki "$data/ner/aqmar/ar.train.iob2" --silver "$data/ner/wikiann-ar/train"
  --gazetteer "$data/ner/anercorp/ANERgazet" --geonames "$data/geonames/cities500/cities500.txt"
  --clusters "$work/clusters.tsv" --paths "$work/paths.tsv" --replicas 3)
./marsad train ner --train "$work/anercorp/fit.txt" --dev "$work/anercorp/dev.txt" "${common[@]}" \
  --out "$work/tuned.bin" 2>&1 | tee "$work/tuning.log"
epochs=$(grep 'chosen epoch' "$work/tuning.log" | awk '{print $NF}' | paste -sd,)
biases=$(grep 'chosen outside bias' "$work/tuning.log" | awk '{print $NF}' | paste -sd,)
./marsad train ner --train "$work/anercorp/train.txt" "${common[@]}" --epochs "$epochs" --outside-bias "$biases" \
  --out core/src/main/resources/org/marsad/core/ner/ner-model.bin
