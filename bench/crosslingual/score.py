#!/usr/bin/env python3
"""Recall@10 and MRR (first relevant item within the run, up to its depth) per query group.

    python3 bench/crosslingual/score.py QRELS RUN

A group is the query id's prefix before the first '-' (zhpara, zhq, enpara …). Every query in the
qrels counts; a query the run does not answer scores 0. Each query here has one relevant item, so
recall@10 is the share of queries whose item is in the first 10.
"""
import sys
from collections import defaultdict

qrels = defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8"):
    q, d, s = line.rstrip("\n").split("\t")
    if s != "score" and int(s) > 0:
        qrels[q].add(d)
runs = defaultdict(list)
for line in open(sys.argv[2], encoding="utf-8"):
    q, _, d, rank, score, _tag = line.split()
    runs[q].append((-float(score), int(rank), d))

totals = defaultdict(lambda: [0, 0.0, 0.0])
for q, relevant in qrels.items():
    ranked = [d for _, _, d in sorted(runs.get(q, []))]
    first = next((i + 1 for i, d in enumerate(ranked) if d in relevant), None)
    for group in (q.split("-")[0], "all"):
        t = totals[group]
        t[0] += 1
        t[1] += len(relevant & set(ranked[:10])) / len(relevant)
        t[2] += 1 / first if first else 0
for group, (n, recall, mrr) in sorted(totals.items()):
    print(f"{group:8} n={n:4}  recall@10 {recall / n:.3f}  MRR {mrr / n:.3f}")
