#!/usr/bin/env python3
"""nDCG@k and Recall@100 with trec_eval's definitions, in pure Python 3 (stdlib only).

    python3 bench/eval/trec_eval.py QRELS RUN [--k 10] [--recall-k 100] [--json] [--per-query]
    python3 bench/eval/trec_eval.py --selftest

QRELS  BEIR TSV (``query-id<TAB>corpus-id<TAB>score``, header line optional) or TREC qrels
       (``qid iter docid rel``); the format is told by the number of columns.
RUN    TREC run: ``qid Q0 docid rank score tag`` (white-space separated).

Definitions (as ``trec_eval -c -m ndcg_cut.10 -m recall.100``):

- The run is re-sorted per query by score descending, ties broken by docid descending
  (trec_eval ignores the rank column). Scores are compared as 32-bit floats, as trec_eval keeps
  them (``float sim`` in form_res_rels.c), so scores equal to 7 digits tie there and here.
- ndcg_cut_k: DCG = sum over ranks r = 1..k of gain / log2(r + 1), gain = the qrels grade of the
  document (0 if unjudged or negative); the ideal DCG sorts the query's qrels grades descending.
- recall_100: relevant documents (grade > 0) among the first 100 / relevant documents in qrels.
- Averages are over every query in the qrels (``-c``): a query the run does not answer scores 0;
  queries only in the run are ignored.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import struct
import sys
import tempfile
from collections import defaultdict


def read_qrels(path: str) -> dict[str, dict[str, int]]:
    qrels: dict[str, dict[str, int]] = defaultdict(dict)
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            parts = line.split()
            if not parts:
                continue
            if len(parts) == 3:
                qid, docid, grade = parts
            elif len(parts) == 4:
                qid, _, docid, grade = parts
            else:
                raise SystemExit(f"{path}:{lineno}: expected 3 (BEIR) or 4 (TREC) columns, got {len(parts)}")
            try:
                value = int(float(grade))
            except ValueError:
                if lineno == 1:
                    continue  # header: query-id corpus-id score
                raise SystemExit(f"{path}:{lineno}: relevance '{grade}' is not a number")
            qrels[qid][docid] = value
    return dict(qrels)


def as_float32(x: float) -> float:
    return struct.unpack("f", struct.pack("f", x))[0]


def read_run(path: str) -> dict[str, list[str]]:
    """Per query, docids in trec_eval order: score descending, then docid descending."""
    scores: dict[str, dict[str, float]] = defaultdict(dict)
    duplicates = 0
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            parts = line.split()
            if not parts:
                continue
            if len(parts) < 5:
                raise SystemExit(f"{path}:{lineno}: expected 'qid Q0 docid rank score [tag]'")
            qid, docid, score = parts[0], parts[2], as_float32(float(parts[4]))
            seen = scores[qid]
            if docid in seen:
                duplicates += 1
                score = max(score, seen[docid])
            seen[docid] = score
    if duplicates:
        print(f"trec_eval.py: warning: {duplicates} duplicate (query, doc) lines in {path}; kept the best score",
              file=sys.stderr)
    return {
        qid: [d for d, _ in sorted(docs.items(), key=lambda x: (x[1], x[0]), reverse=True)]
        for qid, docs in scores.items()
    }


def read_run_lines(lines: list[str]) -> dict[str, list[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "run.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        return read_run(path)


def ndcg_at(ranked: list[str], judged: dict[str, int], k: int) -> float:
    dcg = sum(max(judged.get(d, 0), 0) / math.log2(r + 1) for r, d in enumerate(ranked[:k], 1))
    ideal = sorted((g for g in judged.values() if g > 0), reverse=True)[:k]
    idcg = sum(g / math.log2(r + 1) for r, g in enumerate(ideal, 1))
    return dcg / idcg if idcg > 0 else 0.0


def recall_at(ranked: list[str], judged: dict[str, int], k: int) -> float:
    relevant = {d for d, g in judged.items() if g > 0}
    if not relevant:
        return 0.0
    return sum(1 for d in ranked[:k] if d in relevant) / len(relevant)


def evaluate(qrels: dict[str, dict[str, int]], run: dict[str, list[str]], k: int = 10, recall_k: int = 100):
    per_query = {}
    for qid, judged in qrels.items():
        ranked = run.get(qid, [])
        per_query[qid] = {
            f"ndcg_cut_{k}": ndcg_at(ranked, judged, k),
            f"recall_{recall_k}": recall_at(ranked, judged, recall_k),
        }
    n = len(per_query)
    summary = {
        f"ndcg_cut_{k}": sum(m[f"ndcg_cut_{k}"] for m in per_query.values()) / n if n else 0.0,
        f"recall_{recall_k}": sum(m[f"recall_{recall_k}"] for m in per_query.values()) / n if n else 0.0,
        "num_q": n,
        "num_q_answered": sum(1 for q in qrels if run.get(q)),
    }
    return summary, per_query


def selftest() -> int:
    """A hand-computed example.

    Query A, qrels: d1=2, d2=1, d3=0, d4=1 (three relevant, d3 judged non-relevant).
    Run for A (rank column deliberately wrong): d3 3.0, d1 2.0, d5 2.0, d2 1.0.
    trec_eval order: d3, d5, d1, d2 (d1 and d5 tie at 2.0: docid descending puts d5 first).
        DCG@10  = 0/1 + 0/log2(3) + 2/log2(4) + 1/log2(5) = 1 + 0.430677 = 1.430677
        IDCG@10 = 2/1 + 1/log2(3) + 1/log2(4)             = 2 + 0.630930 + 0.5 = 3.130930
        nDCG@10 = 0.456949;  nDCG@3 = 1 / 3.130930 = 0.319394
        Recall@100 = |{d1, d2}| / |{d1, d2, d4}| = 0.666667
    Query B, qrels: x1=1; the run has nothing for B: nDCG 0, recall 0.
    Query C is only in the run: ignored.
    Means over A and B: nDCG@10 0.228475, Recall@100 0.333333.
    """
    qrels = {"A": {"d1": 2, "d2": 1, "d3": 0, "d4": 1}, "B": {"x1": 1}}
    lines = ["A Q0 d3 4 3.0 t", "A Q0 d1 1 2.0 t", "A Q0 d5 2 2.0 t", "A Q0 d2 3 1.0 t", "C Q0 d1 1 9.0 t"]
    run = read_run_lines(lines)
    with tempfile.TemporaryDirectory() as tmp:
        qrels_path = os.path.join(tmp, "qrels.tsv")
        with open(qrels_path, "w", encoding="utf-8") as f:
            f.write("query-id\tcorpus-id\tscore\n")
            for q, docs in qrels.items():
                for d, g in docs.items():
                    f.write(f"{q}\t{d}\t{g}\n")
        parsed = read_qrels(qrels_path)
        trec_path = os.path.join(tmp, "qrels.trec")
        with open(trec_path, "w", encoding="utf-8") as f:
            f.write("A 0 d1 2\nA 0 d2 1\nA 0 d3 0\nA 0 d4 1\nB 0 x1 1\n")
        parsed_trec = read_qrels(trec_path)
    near_tie = read_run_lines(["q Q0 a 1 1.00000001 t", "q Q0 b 2 1.0 t"])
    checks = [
        ("float32 tie (trec_eval keeps float sim)", near_tie["q"], ["b", "a"]),
        ("qrels parsed (BEIR header skipped)", parsed == qrels, True),
        ("qrels parsed (TREC 4 columns)", parsed_trec == qrels, True),
        ("tie order", run["A"], ["d3", "d5", "d1", "d2"]),
        ("nDCG@10 A", round(ndcg_at(run["A"], qrels["A"], 10), 6), 0.456949),
        ("nDCG@3 A", round(ndcg_at(run["A"], qrels["A"], 3), 6), 0.319394),
        ("nDCG@2 A", ndcg_at(run["A"], qrels["A"], 2), 0.0),
        ("Recall@100 A", round(recall_at(run["A"], qrels["A"], 100), 6), 0.666667),
    ]
    summary, _ = evaluate(qrels, run)
    checks += [
        ("mean nDCG@10", round(summary["ndcg_cut_10"], 6), 0.228475),
        ("mean Recall@100", round(summary["recall_100"], 6), 0.333333),
        ("num_q", summary["num_q"], 2),
        ("perfect run", evaluate({"q": {"a": 3, "b": 1}}, {"q": ["a", "b"]})[0]["ndcg_cut_10"], 1.0),
    ]
    failed = [(name, got, want) for name, got, want in checks if got != want]
    for name, got, want in failed:
        print(f"FAIL {name}: got {got!r}, want {want!r}")
    print(f"selftest: {len(checks) - len(failed)}/{len(checks)} checks passed")
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("qrels", nargs="?")
    p.add_argument("run", nargs="?")
    p.add_argument("--k", type=int, default=10, help="nDCG cut-off (default 10)")
    p.add_argument("--recall-k", type=int, default=100, help="recall cut-off (default 100)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--per-query", action="store_true", help="also print each query's figures (trec_eval -q)")
    p.add_argument("--selftest", action="store_true", help="check the metrics on a hand-computed example")
    a = p.parse_args(argv)
    if a.selftest:
        return selftest()
    if not a.qrels or not a.run:
        p.error("QRELS and RUN are required")
    summary, per_query = evaluate(read_qrels(a.qrels), read_run(a.run), a.k, a.recall_k)
    if a.json:
        if a.per_query:
            summary = {**summary, "per_query": per_query}
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    if a.per_query:
        for qid, m in per_query.items():
            for name, value in m.items():
                print(f"{name} {qid} {value:.4f}")
    print(f"ndcg_cut_{a.k} all {summary[f'ndcg_cut_{a.k}']:.4f}")
    print(f"recall_{a.recall_k} all {summary[f'recall_{a.recall_k}']:.4f}")
    print(f"num_q all {summary['num_q']}")
    print(f"num_q_answered all {summary['num_q_answered']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
