#!/usr/bin/env bash
# Retrains the built-in lead model from tests/data/leads/train_*.tsv, writes
# resources/leads/lead_model.tsv, and prints the scores on the held-out sets.
# The held-out sets are for reporting only: never change data or code to fit them.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-test}
cmake -S . -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target travelflow-train-leads
tool=$build/tools/travelflow-train-leads
train=(tests/data/leads/train_*.tsv)
"$tool" --cv 5 "${train[@]}" | head -n 1
"$tool" --out resources/leads/lead_model.tsv "${train[@]}"
for f in validation_ordinary heldout4_en heldout4_ru ordinary2_comments; do
    "$tool" --model resources/leads/lead_model.tsv --eval "tests/data/leads/$f.tsv"
done
