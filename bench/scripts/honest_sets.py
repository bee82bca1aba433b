"""Writes the honest-ranking sets: a 1,000-document SciFact corpus holding the relevant documents of its
first 150 queries (plus random others, seed 7), those queries and qrels, and 100 nonsense queries."""
import json
import random
import sys

eval_dir, out = sys.argv[1], sys.argv[2]
random.seed(7)
rows = [line.rstrip('\n').split('\t') for line in open(f'{eval_dir}/qrels.tsv')][1:]
texts = {json.loads(l)['_id']: json.loads(l)['text'] for l in open(f'{eval_dir}/queries.jsonl')}
corpus = [json.loads(l) for l in open(f'{eval_dir}/corpus.jsonl')]
relevant = {}
for query, doc, _ in rows:
    relevant.setdefault(query, set()).add(doc)
queries = sorted(relevant)[:150]
needed = set().union(*(relevant[q] for q in queries))
others = [c for c in corpus if c['_id'] not in needed]
random.shuffle(others)
subset = [c for c in corpus if c['_id'] in needed] + others[:1000 - len(needed)]
with open(f'{out}/corpus.jsonl', 'w') as f:
    f.writelines(json.dumps(c) + '\n' for c in subset)
with open(f'{out}/queries.jsonl', 'w') as f:
    f.writelines(json.dumps({'_id': q, 'text': texts[q]}) + '\n' for q in queries)
with open(f'{out}/qrels.tsv', 'w') as f:
    f.write('query-id\tcorpus-id\tscore\n')
    f.writelines(f'{q}\t{d}\t1\n' for q in queries for d in sorted(relevant[q]))
consonants, vowels = 'bcdfghjklmnpqrstvwxz', 'aeiouy'


def pseudo_word(syllables):
    return ''.join(random.choice(consonants) + random.choice(vowels) for _ in range(syllables)) + random.choice(consonants)


with open(f'{out}/nonsense.jsonl', 'w') as f:
    f.write(json.dumps({'_id': 'n0', 'text': 'xyzzyqq'}) + '\n')
    for i in range(1, 100):
        words = ' '.join(pseudo_word(random.randint(2, 4)) for _ in range(random.randint(1, 3)))
        f.write(json.dumps({'_id': f'n{i}', 'text': words}) + '\n')
