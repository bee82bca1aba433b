#!/usr/bin/env bash
# Index variants for short Chinese texts, replayed over Roots' own analysed terms (variants.py), on
# bench/shortzh (short paraphrases) and on the CMRC trial set (long passages). Needs ../shared/eval.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${BENCH_TMP:-bench/out}/shortzh
python3 bench/shortzh/build.py >/dev/null
mkdir -p "$out/terms"
for f in corpus queries; do
  dotnet run bench/shortzh/dump-terms.cs -- "$out/$f.jsonl" "$out/terms/s-$f.jsonl" 2>/dev/null
  dotnet run bench/shortzh/dump-terms.cs -- "../shared/eval/cmrc-trial/$f.jsonl" "$out/terms/c-$f.jsonl" 2>/dev/null
done
variants=(wb w wb+u w+u b+u u "wb|u:uw=0.3" "wb|u:uw=1" wb+us64 wb+ut "wb+ut:tw=1.5" "wb+ut:tw=3")
echo "== short paraphrases (bench/shortzh)"
python3 bench/shortzh/variants.py "$out/terms" s "$out/qrels.tsv" "${variants[@]}"
echo "== CMRC trial (long passages)"
python3 bench/shortzh/variants.py "$out/terms" c ../shared/eval/cmrc-trial/qrels.tsv "${variants[@]}"
