"""Prints the cosine of each nonsense query's nearest passage and of each real query's relevant documents
(from semantic TREC runs, where the score is the cosine), as percentiles: the floor goes between them."""
import sys

nonsense_run, real_run, qrels = sys.argv[1:4]
relevant = set()
for line in list(open(qrels))[1:]:
    query, doc, _ = line.split('\t')
    relevant.add((query, doc))
nearest = [float(line.split()[4]) for line in open(nonsense_run)]
found = [float(line.split()[4]) for line in open(real_run) if (line.split()[0], line.split()[2]) in relevant]


def percentiles(values):
    values = sorted(values)
    if not values:
        return 'none'
    pick = lambda p: values[min(len(values) - 1, int(p * len(values)))]
    return f'n={len(values)} min {values[0]:.3f} p5 {pick(0.05):.3f} p50 {pick(0.5):.3f} p95 {pick(0.95):.3f} max {values[-1]:.3f}'


print('nonsense queries, nearest passage cosine:', percentiles(nearest))
print('real queries, relevant documents found (top 100) cosine:', percentiles(found))
