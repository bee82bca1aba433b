#!/usr/bin/env bash
# Cross-lingual retrieval on the dev set beside this script (built by build.py from Wu's essay and
# the quickstart notes): Chinese query -> English item and back, recall@10 and MRR per group, with
# search.cross_lingual false (before) and true (after), lexical and hybrid (local MiniLM vectors).
#   bench/crosslingual/run.sh [ROOTS]      ROOTS: the roots binary (default bench/out/roots/roots)
set -euo pipefail
cd "$(dirname "$0")/../.."
roots=${1:-bench/out/roots/roots}
set_dir=bench/crosslingual
out=${BENCH_TMP:-bench/out}/crosslingual
mkdir -p "$out"
export ROOTS_EMBED=off
lib="$out/lib"
rm -rf "$lib"
"$roots" init --library "$lib" >/dev/null
"$roots" import "$set_dir/corpus.jsonl" --library "$lib" >/dev/null
"$roots" embed --library "$lib" >/dev/null
for setting in false true; do
  sed -i "s/^  cross_lingual: .*/  cross_lingual: $setting/" "$lib/roots.yaml"
  grep -q "cross_lingual: $setting" "$lib/roots.yaml"
  for mode in lexical hybrid; do
    "$roots" search --batch "$set_dir/queries.jsonl" --limit 100 --format trec --mode "$mode" --library "$lib" >"$out/$mode-$setting.run"
    echo "== cross_lingual: $setting, --mode $mode"
    python3 "$set_dir/score.py" "$set_dir/qrels.tsv" "$out/$mode-$setting.run"
  done
done
