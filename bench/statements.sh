#!/usr/bin/env bash
# What reading a text's own statements costs at collection (issue 17: byline, dateline, the author's
# abstract and keywords, the bilingual split), side by side with the build before it: `roots add` of
# the 10k synthetic corpus (half Chinese, ~4 KB each: the common case, nothing to find), and of 200
# variants of Wu Zhaohui's bilingual essay (../shared/seeds/000, 160 KB each: the worst case, every
# file split into two versions and read twice).
#
#   bench/statements.sh OLD_ROOTS NEW_ROOTS [RUNS]
#
# Each figure is wall seconds and CPU seconds (user + sys) of the whole process; runs alternate
# old/new so that a noisy machine hurts both alike. Work files go to bench/out/statements/.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 runs=${3:-2}
out=bench/out/statements
corpus=bench/Roots.Bench.Corpus/bin/Release/net10.0/corpus
mkdir -p "$out"
export ROOTS_EMBED=off
[[ -x $corpus ]] || dotnet build -c Release bench/Roots.Bench.Corpus >&2
[[ -d bench/out/corpus-10k ]] || "$corpus" gen --docs 10000 --size 4096 --out bench/out/corpus-10k --seed 42 >&2
if [[ ! -d $out/essays ]]; then
  mkdir -p "$out/essays"
  for i in $(seq 1 200); do { cat ../shared/seeds/000_acb19a4f519c0f38.txt; echo; echo "variant $i"; } > "$out/essays/essay-$i.txt"; done
fi

source bench/scripts/timed.sh

echo "load: $(cut -d' ' -f1-3 /proc/loadavg)  $(nproc) cores  $(date -u +%FT%TZ)"
printf 'what\twall_s\tcpu_s\n'
for run in $(seq 1 "$runs"); do
  for build in old new; do
    roots=$old; [[ $build == new ]] && roots=$new
    for what in corpus-10k essays; do
      lib="$out/lib-$build-$what"
      src=bench/out/corpus-10k; [[ $what == essays ]] && src=$out/essays
      rm -rf "$lib"; "$roots" init --library "$lib" >/dev/null
      timed "add-$what-$build" "$roots" add "$src" --library "$lib"
    done
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
