#!/usr/bin/env bash
# Keeping and recovering, side by side with an earlier build: `roots add` of the 10k corpus (the
# sidecar each original now gets, the byte comparison of an existing original), `roots verify`,
# and, with the current build only, `roots rebuild` of that library from its archive alone and a
# `roots verify --repair` with nothing to repair.
#
#   bench/keep.sh OLD_ROOTS NEW_ROOTS [RUNS]      (e.g. bench/keep.sh /tmp/bench/old/roots /tmp/bench/new/roots 3)
#
# Each figure is wall seconds and CPU seconds (user + sys) of the whole process, runs alternating
# old/new so that a noisy machine hurts both alike. Work files go to bench/out/keep/.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 runs=${3:-3}
out=bench/out/keep
corpus=bench/Roots.Bench.Corpus/bin/Release/net10.0/corpus
mkdir -p "$out"
export ROOTS_EMBED=off
[[ -d bench/out/corpus-10k ]] || "$corpus" gen --docs 10000 --size 4096 --out bench/out/corpus-10k --seed 42 >&2

source bench/scripts/timed.sh

echo "load: $(cut -d' ' -f1-3 /proc/loadavg)  $(nproc) cores  $(date -u +%FT%TZ)"
printf 'what\twall_s\tcpu_s\n'
for run in $(seq 1 "$runs"); do
  for build in old new; do
    roots=$old; [[ $build == new ]] && roots=$new
    lib="$out/lib-$build"
    rm -rf "$lib"; "$roots" init --library "$lib" >/dev/null
    timed "add-10k-$build" "$roots" add bench/out/corpus-10k --library "$lib"
    timed "verify-10k-$build" "$roots" verify --library "$lib"
  done
done
lib="$out/lib-new"
timed "repair-nothing-10k-new" "$new" verify --repair --library "$lib"
rm -f "$lib"/roots.db*
timed "rebuild-10k-new" "$new" rebuild --library "$lib"
timed "verify-after-rebuild-new" "$new" verify --library "$lib"
du -sb "$lib/archive" | awk '{printf "archive bytes\t%s\n", $1}'
find "$lib/archive" -name '*.meta.json' | wc -l | awk '{printf "sidecars\t%s\n", $1}'
find "$lib/archive" -name '*.meta.json' -printf '%s\n' | awk '{s+=$1} END {printf "sidecar bytes\t%d (mean %.0f)\n", s, s/NR}'
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
