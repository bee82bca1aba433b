#!/usr/bin/env bash
# Whole-process figures for `roots publish` (issue 6): a full publish of 10,000 items in two page
# languages (target ≤ 30 s) — first with nothing cached (the library's first publish), then into an
# empty folder with the derived facts cached — a republish with nothing changed, and a republish
# after one item changed (target ≤ 2 s). Each step prints the load average before it, its CPU time
# (user, sys) and its stage timings (--timings). Appends to bench/out/measurements.tsv through
# bench/scripts/measure.sh.
#
#   bench/publish.sh            (BENCH_TMP=DIR puts the library and site elsewhere, e.g. /dev/shm)
#
# Uses the published, ReadyToRun-compiled roots, like bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
tmp=${BENCH_TMP:-$out}
mkdir -p "$out" "$tmp"
measure=bench/scripts/measure.sh
export ROOTS_EMBED=off

echo "== building (Release, ReadyToRun publish)" >&2
dotnet publish src/Roots.Cli -c Release -o "$out/roots" >/dev/null
dotnet build bench/Roots.Bench.Corpus -c Release >/dev/null
roots="$out/roots/roots"
corpus=bench/Roots.Bench.Corpus/bin/Release/net10.0/corpus
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(dotnet --version)" >&2

lib="$tmp/lib-publish-10k"
site="$tmp/site-10k"
if [[ ! -f $lib/roots.db ]]; then
  echo "== library: 10,000 documents of ~4 KB (half Chinese), files on disk" >&2
  [[ -d $out/corpus-10k ]] || "$corpus" gen --docs 10000 --size 4096 --out "$out/corpus-10k" --seed 42 >&2
  "$roots" init --library "$lib" >/dev/null
  "$roots" add "$out/corpus-10k" --library "$lib" >/dev/null
fi

publish=(publish --library "$lib" --out "$site" --langs zh,en --base-url https://bench.example/ --timings)
# step LABEL ARGS...: the load average, then the command under measure.sh with its CPU time.
step() {
  local label=$1
  shift
  echo "load average before $label: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  "$measure" "$label" -- /usr/bin/time -f "$label cpu_user_s=%U cpu_sys_s=%S" "$@"
}

rm -rf "$site" "$lib/cache"
echo "== publish: full, pages in zh and en, nothing cached (the library's first publish)" >&2
step publish-10k-cold "$roots" "${publish[@]}" >/dev/null
rm -rf "$site"
echo "== publish: full into an empty folder, derived facts cached" >&2
step publish-10k "$roots" "${publish[@]}" >/dev/null
echo "== publish again: nothing changed" >&2
step publish-10k-unchanged "$roots" "${publish[@]}" >/dev/null

echo "== one item changes (a new version of one file), then publish" >&2
first=$(find "$out/corpus-10k" -name '*.md' | sort | sed -n 1p)   # sed reads to the end: no SIGPIPE under pipefail
cp "$first" "$tmp/original.md"
trap 'cp "$tmp/original.md" "$first"' EXIT     # the corpus is shared with bench/run.sh: put it back
printf '\n\nA paragraph added at %s.\n' "$(date +%s)" >> "$first"
"$roots" add "$first" --library "$lib" >/dev/null
step publish-10k-one-change "$roots" "${publish[@]}" --json > "$out/publish-one-change.json"
python3 -c "import json,sys; r=json.load(open('$out/publish-one-change.json')); print('files', r['files'], 'rendered', r['rendered'], 'written', r['written'], 'removed', r['removed'])" >&2

echo "== check (not a target; for information)" >&2
step publish-10k-check "$roots" "${publish[@]}" --check >/dev/null
du -sh "$site" >&2
