#!/usr/bin/env bash
# The App-layer redesign (issue 16), side by side with the build before it: `roots add` of the 10k
# corpus (the steps after keeping are now handed the kept items in memory), a batch search of 200
# queries over that library, and `roots publish` of it (cold, then again with nothing changed).
#
#   bench/redesign.sh OLD_ROOTS NEW_ROOTS [RUNS]     (e.g. bench/redesign.sh /tmp/bench/before/roots /tmp/bench/after/roots 3)
#
# Each figure is wall seconds and CPU seconds (user + sys) of the whole process; runs alternate
# old/new so that a noisy machine hurts both alike. Work files go to bench/out/redesign/.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 runs=${3:-3}
out=bench/out/redesign
corpus=bench/Roots.Bench.Corpus/bin/Release/net10.0/corpus
mkdir -p "$out"
export ROOTS_EMBED=off
[[ -x $corpus ]] || dotnet build -c Release bench/Roots.Bench.Corpus >&2
[[ -d bench/out/corpus-10k ]] || "$corpus" gen --docs 10000 --size 4096 --out bench/out/corpus-10k --seed 42 >&2
[[ -f $out/queries-200.jsonl ]] || "$corpus" queries --count 200 --seed 7 --out "$out/queries-200.jsonl" >&2

source bench/scripts/timed.sh

echo "load: $(cut -d' ' -f1-3 /proc/loadavg)  $(nproc) cores  $(date -u +%FT%TZ)"
printf 'what\twall_s\tcpu_s\n'
for run in $(seq 1 "$runs"); do
  for build in old new; do
    roots=$old; [[ $build == new ]] && roots=$new
    lib="$out/lib-$build"
    rm -rf "$lib" "$out/site-$build"; "$roots" init --library "$lib" >/dev/null
    timed "add-10k-$build" "$roots" add bench/out/corpus-10k --library "$lib"
    timed "batch-search-200-$build" "$roots" search --batch "$out/queries-200.jsonl" --limit 10 --format trec --library "$lib"
    timed "publish-10k-cold-$build" "$roots" publish --out "$out/site-$build" --yes --library "$lib"
    timed "publish-10k-again-$build" "$roots" publish --out "$out/site-$build" --yes --library "$lib"
  done
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
