#!/usr/bin/env bash
# OCR accuracy and speed on clean rendered Chinese pages of the seed essays.
# Renders N A4 pages (300 dpi, 12 pt (50 px) WenQuanYi Micro Hei, 30 characters a line) of the seeds' Chinese lines with
# ImageMagick, OCRs them with tesseract (as Roots runs it: one thread, image on stdin), and reports character
# accuracy = 1 - edit distance / reference length over CJK characters, whitespace and everything else ignored,
# and pages/s. Also makes a scanned PDF of the pages (img2pdf) and times `roots add` on it.
# Needs: tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-eng imagemagick fonts-wqy-microhei img2pdf.
# Usage: bench/ocr.sh [PAGES] [LANGS...]   (defaults: 5 pages; chi_sim+eng and chi_sim+chi_tra+eng)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-5}; shift || true
langs=("$@"); [ ${#langs[@]} -eq 0 ] && langs=(chi_sim+eng chi_sim+chi_tra+eng)
seeds=${ROOTS_SEEDS:-$(cd .. && pwd)/shared/seeds}
[ -d "$seeds" ] || seeds=/work/shared/seeds
font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
work=$(mktemp -d /tmp/roots-ocr-bench.XXXX)
trap 'rm -rf "$work"' EXIT

python3 - "$seeds" "$work" "$pages" <<'PY'
import os, re, sys
seeds, work, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = []
for name in sorted(os.listdir(seeds)):
    for line in open(os.path.join(seeds, name), encoding="utf-8"):
        line = line.strip()
        if re.search(r"[\u4e00-\u9fff]", line):
            while len(line) > 30:
                lines.append(line[:30]); line = line[30:]
            lines.append(line)
per_page = 40
step = max(1, len(lines) // (pages * per_page))
for p in range(pages):
    start = p * per_page * step
    open(os.path.join(work, f"page{p:02d}.txt"), "w", encoding="utf-8").write("\n".join(lines[start:start + per_page]) + "\n")
PY

for t in "$work"/page*.txt; do
  convert -size 2480x3508 xc:white -font "$font" -pointsize 50 -fill black -interline-spacing 18 \
    -annotate +150+220 "$(cat "$t")" -colorspace Gray -depth 8 -units PixelsPerInch -density 300 "${t%.txt}.png"
done
img2pdf "$work"/page*.png -o "$work/scan.pdf"

cat > "$work/accuracy.py" <<'PY'
import sys
def cjk(s): return [c for c in s if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"]
def distance(a, b):
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y))
        previous = current
    return previous[-1]
total = errors = 0
for ref, hyp in zip(sys.argv[1::2], sys.argv[2::2]):
    r, h = cjk(open(ref, encoding="utf-8").read()), cjk(open(hyp, encoding="utf-8").read())
    total += len(r); errors += distance(r, h)
print(f"{total} {errors} {1 - errors / total:.4f}")
PY

echo "pages: $pages A4 at 300 dpi, $(cat "$work"/page*.txt | python3 -c 'import sys,re;print(len(re.findall(r"[\u4e00-\u9fff]",sys.stdin.read())))') CJK characters"
for lang in "${langs[@]}"; do
  start=$(date +%s.%N)
  pairs=()
  for png in "$work"/page*.png; do
    OMP_THREAD_LIMIT=1 tesseract stdin stdout -l "$lang" < "$png" > "${png%.png}.$lang.out" 2>/dev/null
    pairs+=("${png%.png}.txt" "${png%.png}.$lang.out")
  done
  end=$(date +%s.%N)
  read -r chars errors accuracy < <(python3 "$work/accuracy.py" "${pairs[@]}")
  seconds=$(echo "$end - $start" | bc -l)
  printf '%-22s accuracy %s (%s errors in %s chars)  %.1f s  %.3f pages/s\n' "$lang" "$accuracy" "$errors" "$chars" "$seconds" "$(echo "$pages / $seconds" | bc -l)"
done

roots=${ROOTS_BIN:-src/Roots.Cli/bin/Release/net10.0/roots}
if [ -x "$roots" ]; then
  "$roots" init --library "$work/lib" >/dev/null
  start=$(date +%s.%N)
  "$roots" add --library "$work/lib" "$work/scan.pdf" 2>&1 | tail -1
  end=$(date +%s.%N)
  printf 'roots add scan.pdf (%s pages, 2 workers): %.1f s\n' "$pages" "$(echo "$end - $start" | bc -l)"
else
  echo "roots not built at $roots (dotnet build -c Release src/Roots.Cli, or set ROOTS_BIN): roots add not timed"
fi
uptime
