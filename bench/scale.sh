#!/usr/bin/env bash
# Scale-out figures for bench/README.md (issue 8): ingest through the job queue by one and by two
# workers into PostgreSQL against SQLite, and the crash test (kill -9 a worker again and again).
#
#   bench/scale.sh ingest [N]    (default 100000 documents of ~2 KB, half Chinese)
#   bench/scale.sh crash  [N]    (default 10000 documents, 20 kills)
#
# Needs a PostgreSQL server: ROOTS_BENCH_POSTGRES=postgres://user@host:port (default: the throwaway
# cluster of scripts/postgres-throwaway.sh on 127.0.0.1:55432, started here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-ingest}
out=bench/out
tmp=${BENCH_TMP:-$out}
mkdir -p "$out" "$tmp"
measure=bench/scripts/measure.sh
export ROOTS_EMBED=off

if [[ -z ${ROOTS_BENCH_POSTGRES:-} ]]; then
  bash scripts/postgres-throwaway.sh >/dev/null
  ROOTS_BENCH_POSTGRES=postgres://roots@127.0.0.1:55432
fi
pg_server=${ROOTS_BENCH_POSTGRES%/}
psql_url() { echo "${pg_server/postgres:\/\//postgresql://}/$1"; }

echo "== building (Release, ReadyToRun publish)" >&2
dotnet publish src/Roots.Cli -c Release -o "$out/roots" >/dev/null
dotnet build bench/Roots.Bench.Corpus -c Release >/dev/null
roots="$out/roots/roots"
corpus=bench/Roots.Bench.Corpus/bin/Release/net10.0/corpus
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(dotnet --version); $(psql --version)" >&2

fresh_sqlite() { rm -rf "$1"; "$roots" init --library "$1" >/dev/null; }
fresh_postgres() {
  rm -rf "$1"
  psql "$(psql_url postgres)" -qc "DROP DATABASE IF EXISTS $2 WITH (FORCE)" >/dev/null
  "$roots" init --library "$1" --store "$pg_server/$2" >/dev/null
}
items_and_duplicates() {
  psql "$(psql_url "$1")" -Atc "SELECT count(*), count(DISTINCT source), (SELECT count(*) - count(DISTINCT sha256) FROM versions) FROM items"
}
per_second() { python3 -c "import sys; print(f'{int(sys.argv[1]) / float(sys.argv[2]):.0f}')" "$1" "$2"; }
wall() { awk -v l="$1" '$2 == l { w = $3 } END { sub("wall_s=", "", w); print w }' "$out/measurements.tsv"; }

if [[ $what == ingest ]]; then
  n=${2:-100000}
  docs="$out/corpus-$n-files"
  [[ -d $docs ]] || "$corpus" gen --docs "$n" --size 2048 --out "$docs" --seed 42 >&2

  echo "== SQLite: roots add (one process, in-process pipeline)" >&2
  fresh_sqlite "$tmp/scale-sqlite"
  "$measure" "scale-sqlite-add-$n" -- "$roots" add "$docs" --library "$tmp/scale-sqlite" >/dev/null 2>&1
  echo "== SQLite: queue + one worker" >&2
  fresh_sqlite "$tmp/scale-sqlite-q"
  "$roots" add --queue "$docs" --library "$tmp/scale-sqlite-q" >/dev/null 2>&1
  "$measure" "scale-sqlite-worker1-$n" -- "$roots" worker --until-empty --library "$tmp/scale-sqlite-q" >/dev/null 2>&1

  echo "== PostgreSQL: queue + one worker" >&2
  fresh_postgres "$tmp/scale-pg1" roots_scale_pg1
  "$roots" add --queue "$docs" --library "$tmp/scale-pg1" >/dev/null 2>&1
  "$measure" "scale-pg-worker1-$n" -- "$roots" worker --until-empty --library "$tmp/scale-pg1" >/dev/null 2>&1
  echo "items, distinct sources, duplicate contents: $(items_and_duplicates roots_scale_pg1)" >&2

  echo "== PostgreSQL: queue + two workers (one core each)" >&2
  fresh_postgres "$tmp/scale-pg2" roots_scale_pg2
  "$roots" add --queue "$docs" --library "$tmp/scale-pg2" >/dev/null 2>&1
  start=$(date +%s.%N)
  "$roots" worker --until-empty --concurrency 1 --library "$tmp/scale-pg2" >/dev/null 2>&1 &
  first=$!
  "$roots" worker --until-empty --concurrency 1 --library "$tmp/scale-pg2" >/dev/null 2>&1
  wait "$first"
  two=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$(date +%s.%N)")
  echo "items, distinct sources, duplicate contents: $(items_and_duplicates roots_scale_pg2)" >&2

  echo "== documents per second ($n documents)" >&2
  for label in sqlite-add sqlite-worker1 pg-worker1; do
    echo "$label: $(per_second "$n" "$(wall "scale-$label-$n")") docs/s ($(wall "scale-$label-$n") s)" >&2
  done
  echo "pg-worker2: $(per_second "$n" "$two") docs/s ($two s)" >&2
fi

if [[ $what == crash ]]; then
  n=${2:-10000}
  docs="$out/corpus-$n-files"
  [[ -d $docs ]] || "$corpus" gen --docs "$n" --size 2048 --out "$docs" --seed 43 >&2
  fresh_postgres "$tmp/scale-crash" roots_scale_crash
  "$roots" add --queue "$docs" --library "$tmp/scale-crash" >/dev/null 2>&1
  echo "== kill -9 a worker 20 times while it works ($n documents)" >&2
  for kill in $(seq 20); do
    "$roots" worker --lease 3 --library "$tmp/scale-crash" >/dev/null 2>&1 &
    pid=$!
    sleep "$(python3 -c "import random; print(round(random.uniform(0.8, 2.5), 2))")"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "kill $kill: $(psql "$(psql_url roots_scale_crash)" -Atc "SELECT string_agg(state || '=' || n, ' ') FROM (SELECT state, count(*) n FROM jobs GROUP BY state ORDER BY state) s")" >&2
  done
  echo "== a last worker finishes (the killed workers' jobs come back when their 3 s leases end)" >&2
  "$roots" worker --until-empty --lease 3 --library "$tmp/scale-crash" >/dev/null 2>&1
  echo "jobs: $(psql "$(psql_url roots_scale_crash)" -Atc "SELECT string_agg(state || '=' || n, ' ') FROM (SELECT state, count(*) n FROM jobs GROUP BY state ORDER BY state) s")" >&2
  echo "items, distinct sources, duplicate contents: $(items_and_duplicates roots_scale_crash)" >&2
  "$roots" verify --library "$tmp/scale-crash" >&2
fi
