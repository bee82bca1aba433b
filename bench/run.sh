#!/usr/bin/env bash
# Whole-process figures for bench/README.md: add throughput and memory, search latency inside the
# process (batch mode) and of a whole `roots search` process, and search quality on the public
# evaluation sets in ../shared/eval when they are present.
#
#   bench/run.sh [add|search|quality|all]     (default: all)
#
# Uses the published, ReadyToRun-compiled roots (what `dotnet publish` gives a user). Work files go
# to bench/out/ (ignored by git); BENCH_TMP=DIR puts libraries elsewhere (e.g. /dev/shm).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
out=bench/out
tmp=${BENCH_TMP:-$out}
mkdir -p "$out" "$tmp"
measure=bench/scripts/measure.sh
eval_dir=../shared/eval
# Collection figures are without embeddings (a background job otherwise); quality runs `roots embed` itself.
export ROOTS_EMBED=off

echo "== building (Release, ReadyToRun publish)" >&2
dotnet publish src/Roots.Cli -c Release -o "$out/roots" >/dev/null
dotnet build bench/Roots.Bench.Corpus -c Release >/dev/null
roots="$out/roots/roots"
corpus=bench/Roots.Bench.Corpus/bin/Release/net10.0/corpus
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(dotnet --version)" >&2

fresh_library() { rm -rf "$1"; "$roots" init --library "$1" >/dev/null; }

if [[ $what == add || $what == all ]]; then
  echo "== add: 10,000 documents of ~4 KB (half Chinese), files on disk" >&2
  [[ -d $out/corpus-10k ]] || "$corpus" gen --docs 10000 --size 4096 --out "$out/corpus-10k" --seed 42 >&2
  fresh_library "$tmp/lib-10k"
  "$measure" add-10k -- "$roots" add "$out/corpus-10k" --library "$tmp/lib-10k" >/dev/null
  echo "== add again (nothing changed: every file skipped)" >&2
  "$measure" add-10k-rerun -- "$roots" add "$out/corpus-10k" --library "$tmp/lib-10k" >/dev/null
  "$measure" verify-10k -- "$roots" verify --library "$tmp/lib-10k" >/dev/null
fi

if [[ $what == search || $what == all ]]; then
  echo "== search: 100,000 documents of ~2 KB imported from JSONL" >&2
  [[ -f $out/corpus-100k.jsonl ]] || "$corpus" gen --docs 100000 --size 2048 --format jsonl --out "$out/corpus-100k.jsonl" --seed 42 >&2
  [[ -f $out/queries-200.jsonl ]] || "$corpus" queries --count 200 --seed 7 --out "$out/queries-200.jsonl" >&2
  if [[ ! -f $tmp/lib-100k/roots.db ]]; then
    fresh_library "$tmp/lib-100k"
    "$measure" import-100k -- "$roots" import "$out/corpus-100k.jsonl" --library "$tmp/lib-100k" >/dev/null
  fi
  for limit in 10 100; do
    echo "-- batch, --limit $limit (per-query latency inside one process)" >&2
    "$roots" search --batch "$out/queries-200.jsonl" --limit "$limit" --format trec --stats --library "$tmp/lib-100k" >/dev/null
  done
  echo "-- whole process: roots search QUERY (with snippets), 20 runs each" >&2
  for query in "tea garden" "national library archive" "中文分词" "传统节日 收费"; do
    for _ in $(seq 20); do
      /usr/bin/time -f '%e' "$roots" search "$query" --library "$tmp/lib-100k" 2>&1 >/dev/null | tail -n 1
    done | awk '{ print $1 * 1000 }' | python3 bench/scripts/percentiles.py --label "process '$query' ms" >&2
  done
fi

if [[ $what == quality || $what == all ]]; then
  if [[ ! -d $eval_dir ]]; then
    echo "== quality: $eval_dir not found, skipped" >&2
  else
    for set in scifact cmrc-trial; do
      echo "== quality: $set" >&2
      if [[ ! -f $tmp/lib-$set/roots.db ]]; then
        fresh_library "$tmp/lib-$set"
        "$roots" import "$eval_dir/$set/corpus.jsonl" --library "$tmp/lib-$set" >/dev/null
      fi
      echo "-- embed (local MiniLM)" >&2
      "$roots" embed --json --library "$tmp/lib-$set" >&2
      for mode in lexical semantic hybrid; do
        "$roots" search --batch "$eval_dir/$set/queries.jsonl" --limit 100 --format trec --stats --mode "$mode" \
          --library "$tmp/lib-$set" >"$out/$set-$mode.run"
        echo "$set $mode: $(python3 bench/eval/trec_eval.py "$eval_dir/$set/qrels.tsv" "$out/$set-$mode.run" | head -n 1)" >&2
      done
    done
    echo "== quality: cmrc-trial by Chinese indexing mode" >&2
    for mode in words_and_bigrams bigrams words; do
      fresh_library "$tmp/lib-cmrc-$mode"
      sed -i "s/chinese: words_and_bigrams /chinese: $mode /" "$tmp/lib-cmrc-$mode/roots.yaml"
      "$roots" import "$eval_dir/cmrc-trial/corpus.jsonl" --library "$tmp/lib-cmrc-$mode" >/dev/null
      "$roots" search --batch "$eval_dir/cmrc-trial/queries.jsonl" --limit 100 --format trec \
        --library "$tmp/lib-cmrc-$mode" >"$out/cmrc-$mode.run"
      echo "$mode: $(python3 bench/eval/trec_eval.py "$eval_dir/cmrc-trial/qrels.tsv" "$out/cmrc-$mode.run" | head -n 1)" >&2
    done
  fi
fi
