#!/usr/bin/env python3
"""A plain BM25 over Chinese characters, the reference Roots' lexical search is compared with.

    python3 bench/shortzh/bm25.py [--k1 0.9] [--b 0.4] [--tokens both|unigrams|bigrams] [--dir D] > RUN
    python3 bench/shortzh/bm25.py --sweep [--dir D]

D holds corpus.jsonl, queries.jsonl and qrels.tsv (default bench/out/shortzh, made by build.py).
The first form writes a TREC run (`qid Q0 docid rank score tag`, 100 per query); --sweep prints
nDCG@10 (bench/eval/trec_eval.py's definition) for a few (k1, b) and for each tokenization.

Tokens: each run of Han characters gives its characters (unigrams) and its overlapping bigrams
(a one-character run gives just that character, also in bigrams mode); Latin letters and digits
give lowercase words. An item's text is its `text` (the title is the same short text here, and
counting it twice would only scale term frequencies). Scoring is Lucene's BM25: idf =
ln(1 + (N - df + 0.5) / (df + 0.5)), tf part = tf (k1 + 1) / (tf + k1 (1 - b + b dl / avgdl)),
summed over the query's distinct tokens; ties are broken by docid as trec_eval does.
"""
import argparse, json, math, os, re, sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval"))
import trec_eval  # noqa: E402

HAN_OR_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9A-Za-z]+")


def tokens(text, kind="both"):
    out = []
    for m in HAN_OR_WORD.finditer(text):
        run = m.group(0)
        if run.isascii():
            out.append(run.lower())
            continue
        if kind != "bigrams" or len(run) == 1:
            out.extend(run)
        if kind != "unigrams":
            out.extend(run[i:i + 2] for i in range(len(run) - 1))
    return out


class Index:
    def __init__(self, docs, kind):
        self.ids = [d for d, _ in docs]
        self.postings = defaultdict(list)  # token -> [(doc number, tf)]
        self.lengths = []
        for n, (_, text) in enumerate(docs):
            counts = Counter(tokens(text, kind))
            self.lengths.append(sum(counts.values()))
            for token, tf in counts.items():
                self.postings[token].append((n, tf))
        self.avgdl = sum(self.lengths) / len(self.lengths)
        self.kind = kind

    def search(self, query, k1, b, limit=100):
        n = len(self.ids)
        scores = defaultdict(float)
        for token in set(tokens(query, self.kind)):
            posting = self.postings.get(token)
            if not posting:
                continue
            idf = math.log(1 + (n - len(posting) + 0.5) / (len(posting) + 0.5))
            for doc, tf in posting:
                norm = k1 * (1 - b + b * self.lengths[doc] / self.avgdl)
                scores[doc] += idf * tf * (k1 + 1) / (tf + norm)
        ranked = sorted(scores.items(), key=lambda x: (-x[1], x[0]))[:limit]
        return [(self.ids[doc], score) for doc, score in ranked]


def load(folder):
    with open(os.path.join(folder, "corpus.jsonl"), encoding="utf-8") as f:
        docs = [(d["_id"], d.get("text") or d.get("title") or "") for d in map(json.loads, f)]
    with open(os.path.join(folder, "queries.jsonl"), encoding="utf-8") as f:
        queries = [(q["_id"], q["text"]) for q in map(json.loads, f)]
    return docs, queries


def run_lines(index, queries, k1, b, tag):
    for qid, text in queries:
        for rank, (doc, score) in enumerate(index.search(text, k1, b), 1):
            yield f"{qid} Q0 {doc} {rank} {score:.6f} {tag}"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--k1", type=float, default=0.9)
    p.add_argument("--b", type=float, default=0.4)
    p.add_argument("--tokens", choices=["both", "unigrams", "bigrams"], default="both")
    p.add_argument("--dir", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "out", "shortzh"))
    p.add_argument("--sweep", action="store_true", help="print nDCG@10 for a grid of k1, b and the three tokenizations")
    a = p.parse_args()
    docs, queries = load(a.dir)
    if not a.sweep:
        index = Index(docs, a.tokens)
        for line in run_lines(index, queries, a.k1, a.b, f"bm25-{a.tokens}-{a.k1}-{a.b}"):
            print(line)
        return

    qrels = trec_eval.read_qrels(os.path.join(a.dir, "qrels.tsv"))
    groups = sorted({q.split("-")[0] for q in qrels})
    print("| tokens | k1 | b | " + " | ".join(groups) + " | all |")
    print("|---|---:|---:|" + "---:|" * (len(groups) + 1))
    for kind in ("both", "unigrams", "bigrams"):
        index = Index(docs, kind)
        for k1, b in ((0.9, 0.4), (1.2, 0.75), (0.6, 0.3), (1.2, 0.4), (0.9, 0.75), (1.5, 0.6), (0.9, 0.0), (0.9, 1.0)):
            run = trec_eval.read_run_lines(list(run_lines(index, queries, k1, b, "sweep")))
            _, per_query = trec_eval.evaluate(qrels, run)
            cells = []
            for g in groups + [None]:
                values = [m["ndcg_cut_10"] for q, m in per_query.items() if g is None or q.split("-")[0] == g]
                cells.append(f"{sum(values) / len(values):.3f}")
            print(f"| {kind} | {k1} | {b} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
