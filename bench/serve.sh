#!/usr/bin/env bash
# Whole-process figures for `roots serve` (issue 7): idle RSS, then wrk against /api/search on a
# 100,000-item library with 50 connections for 30 s — one repeated query (the search cache answers
# all but one search a second), the same with the cache off, and 200 different queries in turn
# (every query a real search); RSS under load after each.
#
#   bench/serve.sh [LIBRARY]     (default bench/out/lib-100k, made by bench/run.sh search)
#
# Needs wrk (apt-get install wrk). Uses the published, ReadyToRun-compiled roots, like bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
lib=${1:-$out/lib-100k}
port=${PORT:-5099}
duration=${DURATION:-30s}
export ROOTS_EMBED=off
[[ -f $lib/roots.db || -f $lib/roots.yaml ]] || { echo "no library at $lib (run bench/run.sh search first)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 2; }

if [[ ${SKIP_PUBLISH:-0} != 1 ]]; then
  echo "== building (Release, ReadyToRun publish)" >&2
  dotnet publish src/Roots.Cli -c Release -o "$out/roots" >/dev/null
fi
roots="$out/roots/roots"

# The bench queries, URL-encoded, one per line.
queries=$(mktemp)
python3 -c '
import json, sys, urllib.parse
for line in open(sys.argv[1], encoding="utf-8"):
    print(urllib.parse.quote(json.loads(line)["text"]))
' "$out/queries-200.jsonl" > "$queries"

rss() { awk '/VmRSS/ {printf "%d MB", $2/1024}' "/proc/$1/status"; }

serve() {
  "$roots" serve --library "$lib" --port "$port" --no-background "$@" >/dev/null &
  pid=$!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/api/items?limit=1" >/dev/null 2>&1 && break; sleep 0.2; done
  sleep 2
  kill -0 "$pid" 2>/dev/null || { echo "roots serve did not start (port $port taken?)" >&2; exit 1; }
  echo "idle RSS ($*): $(rss $pid)"
}

# SIGTERM: a background job of a script ignores SIGINT; the host drains on either.
stop() { kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; }

echo "machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
one="http://127.0.0.1:$port/api/search?mode=lexical&q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD&limit=10"

serve
echo "== one query (人工智能), search cache on (1 s)"
wrk -t2 -c50 -d"$duration" --latency "$one" | grep -E 'requests|Latency|50%|99%|Non-2xx|Socket errors|Requests/sec'
echo "RSS under load: $(rss $pid)"
echo "== 200 queries in turn, search cache on"
QUERIES=$queries wrk -t2 -c50 -d"$duration" --latency -s bench/wrk/rotate-queries.lua "http://127.0.0.1:$port" | grep -E 'requests|Latency|50%|99%|Non-2xx|Socket errors|Requests/sec'
echo "RSS under load: $(rss $pid)"
stop

serve --search-cache 0
echo "== one query (人工智能), search cache off"
wrk -t2 -c50 -d"$duration" --latency "$one" | grep -E 'requests|Latency|50%|99%|Non-2xx|Socket errors|Requests/sec'
echo "RSS under load: $(rss $pid)"
stop
rm -f "$queries"
