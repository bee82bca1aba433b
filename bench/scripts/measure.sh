#!/usr/bin/env bash
# Whole-process measurement: wall-clock time and peak resident memory of one command.
#
#   bench/scripts/measure.sh LABEL -- COMMAND [ARGS...]
#
# Runs COMMAND under GNU time (/usr/bin/time -f '%e %M'), prints
#   LABEL wall_s=12.34 peak_rss_mb=456.7 exit=0
# on stderr (stdout stays the command's own), and appends a row to bench/out/measurements.tsv
# (date, label, wall_s, peak_rss_mb, exit, command). MEASURE_TSV=path overrides the file.
# Exits with the command's exit status. Peak RSS is the largest of the process and its waited-for
# children (GNU time's %M), not their sum.
set -euo pipefail

usage() { echo "usage: $0 LABEL -- COMMAND [ARGS...]" >&2; exit 2; }
[[ $# -ge 3 && $2 == "--" ]] || usage
label=$1
shift 2

gnu_time=/usr/bin/time
if ! "$gnu_time" --version 2>&1 | grep -q 'GNU'; then
  echo "measure.sh: GNU time not found at $gnu_time (apt-get install time)" >&2
  exit 127
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tsv=${MEASURE_TSV:-$here/../out/measurements.tsv}
mkdir -p "$(dirname "$tsv")"

report=$(mktemp)
trap 'rm -f "$report"' EXIT

status=0
"$gnu_time" -o "$report" -f '%e %M' "$@" || status=$?

# GNU time writes "Command exited with non-zero status N" before the format line when N != 0.
read -r wall rss_kb < <(tail -n 1 "$report")
if [[ -z ${wall:-} || -z ${rss_kb:-} ]]; then
  echo "measure.sh: no measurement for '$label' (did the command start?)" >&2
  exit "$((status == 0 ? 1 : status))"
fi
rss_mb=$(awk -v kb="$rss_kb" 'BEGIN { printf "%.1f", kb / 1024 }')

echo "$label wall_s=$wall peak_rss_mb=$rss_mb exit=$status" >&2

if [[ ! -s $tsv ]]; then
  printf 'date\tlabel\twall_s\tpeak_rss_mb\texit\tcommand\n' >"$tsv"
fi
command_text=$(printf '%q ' "$@")
printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$label" "$wall" "$rss_mb" "$status" \
  "${command_text% }" >>"$tsv"

exit "$status"
