#!/usr/bin/env bash
# Short Chinese paraphrase queries (issue 22, item 4): Roots' lexical search with each
# analysis.chinese setting against a plain character BM25 (bm25.py), nDCG@10 per group and all.
#   bench/shortzh/run.sh [ROOTS]
# ROOTS: the roots binary; default bench/out/roots/roots (what bench/run.sh publishes), else
# `dotnet src/Roots.Cli/bin/Release/net10.0/roots.dll`, built here if it is missing.
# Reads the eval data from ../shared (build.py); work files go to ${BENCH_TMP:-bench/out}/shortzh.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -ge 1 ]; then
  roots=("$1")
elif [ -x bench/out/roots/roots ]; then
  roots=(bench/out/roots/roots)
else
  dll=src/Roots.Cli/bin/Release/net10.0/roots.dll
  [ -f "$dll" ] || dotnet build src/Roots.Cli -c Release >/dev/null
  roots=(dotnet "$dll")
fi
out=${BENCH_TMP:-bench/out}/shortzh
python3 bench/shortzh/build.py
export ROOTS_EMBED=off
lib="$out/lib"
rm -rf "$lib"
"${roots[@]}" init --library "$lib" >/dev/null
"${roots[@]}" import "$out/corpus.jsonl" --library "$lib" >/dev/null
runs=()
for setting in words_and_bigrams bigrams words; do
  sed -i "s/^  chinese: [a-z_]*/  chinese: $setting/" "$lib/roots.yaml"
  grep -q "^  chinese: $setting " "$lib/roots.yaml"
  "${roots[@]}" reindex --library "$lib" >/dev/null
  "${roots[@]}" search --batch "$out/queries.jsonl" --limit 100 --format trec --mode lexical --library "$lib" >"$out/roots-$setting.run"
  runs+=("roots $setting=$out/roots-$setting.run")
done
for params in "0.9 0.4" "1.2 0.75"; do
  set -- $params
  python3 bench/shortzh/bm25.py --k1 "$1" --b "$2" --dir "$out" >"$out/bm25-$1-$2.run"
  runs+=("bm25.py uni+bigrams k1 $1 b $2=$out/bm25-$1-$2.run")
done
echo "== nDCG@10 ($(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg))"
python3 bench/shortzh/score.py "$out/qrels.tsv" "${runs[@]}"
