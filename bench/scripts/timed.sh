# Sourced by the side-by-side benchmarks (keep.sh, redesign.sh). Needs $out (a work folder).
# timed LABEL COMMAND... : runs COMMAND quietly and prints "LABEL<TAB>wall<TAB>cpu" (seconds; cpu = user + sys).
timed() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$out/time" "$@" >/dev/null 2>"$out/stderr" || { echo "$label failed: $(tail -3 "$out/stderr")" >&2; return 1; }
  read -r wall user sys < "$out/time"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" 'BEGIN { printf "%s\t%s\t%.2f\n", l, w, u + s }'
}
