#!/usr/bin/env bash
# Honest ranking (issue 22): does a query with no real match find nothing, and do real queries keep their
# quality? Builds a 1,000-document SciFact library (150 queries' relevant documents plus random others),
# embeds it with the local model, then for each embeddings.min_similarity floor runs
#   - 100 nonsense queries (pseudo-words) in the default mode: how many still list results;
#   - the 150 SciFact queries, hybrid and semantic: nDCG@10 (trec_eval.py);
# and prints the semantic cosine of each nonsense query's nearest passage against that of each real
# query's relevant documents, the distributions the floor is set between.
# A query none of whose words occurs in any item needs the floor plus EmbeddingSettings.MeaningOnlyMargin (0.10).
#   bench/honest.sh [floors...]        (default: 0 0.2 0.25 0.3)
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=../shared/eval/scifact
tmp=${TMPDIR:-/tmp}/roots-honest
mkdir -p "$tmp"
floors=("${@:-0 0.2 0.25 0.3}")
read -r -a floors <<<"${floors[*]}"
dotnet build src/Roots.Cli -c Release -v q -nologo >/dev/null
roots="dotnet src/Roots.Cli/bin/Release/net10.0/roots.dll"
python3 bench/scripts/honest_sets.py "$eval_dir" "$tmp"
if [[ ! -f $tmp/lib/roots.db ]]; then
  ROOTS_EMBED=off $roots init --library "$tmp/lib" >/dev/null
  ROOTS_EMBED=off $roots import "$tmp/corpus.jsonl" --library "$tmp/lib" >/dev/null
  $roots embed --json --library "$tmp/lib" >&2
fi
for floor in "${floors[@]}"; do
  sed -i '/min_similarity:/d' "$tmp/lib/roots.yaml"
  sed -i "s/^embeddings:/embeddings:\n  min_similarity: $floor/" "$tmp/lib/roots.yaml"
  $roots search --batch "$tmp/nonsense.jsonl" --limit 10 --format trec --library "$tmp/lib" >"$tmp/nonsense-$floor.run"
  answered=$(cut -d' ' -f1 "$tmp/nonsense-$floor.run" | sort -u | wc -l)
  line="floor $floor: nonsense queries with results (default mode) $answered/100"
  for mode in hybrid semantic; do
    $roots search --batch "$tmp/queries.jsonl" --limit 100 --format trec --mode $mode --library "$tmp/lib" >"$tmp/real-$mode-$floor.run"
    line="$line; $mode $(python3 bench/eval/trec_eval.py "$tmp/qrels.tsv" "$tmp/real-$mode-$floor.run" | sed -n 1p)"
  done
  echo "$line"
done
# The two distributions, from semantic runs with no floor at all (-1; score = cosine).
sed -i '/min_similarity:/d' "$tmp/lib/roots.yaml"
sed -i "s/^embeddings:/embeddings:\n  min_similarity: -1/" "$tmp/lib/roots.yaml"
$roots search --batch "$tmp/queries.jsonl" --limit 100 --format trec --mode semantic --library "$tmp/lib" >"$tmp/real-semantic-none.run"
$roots search --batch "$tmp/nonsense.jsonl" --limit 1 --format trec --mode semantic --library "$tmp/lib" >"$tmp/nonsense-semantic.run"
python3 bench/scripts/honest_cosines.py "$tmp/nonsense-semantic.run" "$tmp/real-semantic-none.run" "$tmp/qrels.tsv"
