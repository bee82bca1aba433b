#!/usr/bin/env python3
"""nDCG@10 per query group (the qid's prefix before '-') and over all queries, for one or more runs.

    python3 bench/shortzh/score.py QRELS NAME=RUN [NAME=RUN ...]

Uses bench/eval/trec_eval.py's definitions (trec_eval -c -m ndcg_cut.10); prints a Markdown table.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval"))
import trec_eval  # noqa: E402


def by_group(qrels, run):
    _, per_query = trec_eval.evaluate(qrels, run)
    groups = {}
    for qid, m in per_query.items():
        groups.setdefault(qid.split("-")[0], []).append(m["ndcg_cut_10"])
    row = {g: sum(v) / len(v) for g, v in groups.items()}
    row["all"] = sum(m["ndcg_cut_10"] for m in per_query.values()) / len(per_query)
    return row, {g: len(v) for g, v in groups.items()}


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    qrels = trec_eval.read_qrels(argv[0])
    rows = []
    for arg in argv[1:]:
        name, _, path = arg.partition("=")
        row, sizes = by_group(qrels, trec_eval.read_run(path))
        rows.append((name, row))
    groups = [g for g in sizes] + ["all"]
    print("| run | " + " | ".join(f"{g} ({sizes.get(g, sum(sizes.values()))})" for g in groups) + " |")
    print("|---|" + "---:|" * len(groups))
    for name, row in rows:
        print(f"| {name} | " + " | ".join(f"{row[g]:.3f}" for g in groups) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
