#!/usr/bin/env python3
"""Replays SQLite FTS5's bm25() (k1 1.2, b 0.75, title weight 2, one row length over all columns)
over variants of what is indexed, to choose how short Chinese texts are indexed (issue 22, item 4).

    bench/shortzh/variants.sh            # dumps the terms with dump-terms.cs, then runs this
    python3 bench/shortzh/variants.py TERMS_DIR PREFIX QRELS VARIANT...

TERMS_DIR/PREFIX-corpus.jsonl and PREFIX-queries.jsonl come from dump-terms.cs. The replay agrees with
Roots itself: `wb` gives 0.918 on bench/shortzh (roots: 0.918) and 0.9929 on CMRC (roots: 0.9929).

Variants (index side; the query side gets the same terms, plus its characters where the index has some):
  wb      words and bigrams (Roots' default before)     w     SmartCn words only
  wb+u    wb plus every Han character, title and body   w+u   words plus every character
  b+u     bigrams plus characters (the plain BM25 tokens, at FTS5's k1 and b)
  u       characters only
  wb+ut   wb plus the title's characters (Roots now)     wb+us64  wb plus characters of bodies <= 64 Han
  wb|u    characters in a third column weighted uw (e.g. wb|u:uw=0.3)
Options after a colon: tw (title weight), uw (character column weight), k1, b.
"""
import json, math, re, sys
from collections import Counter, defaultdict

sys.path.insert(0, __import__("os").path.join(__import__("os").path.dirname(__file__), "..", "eval"))
from trec_eval import ndcg_at  # noqa: E402

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def chars(text):
    return [c for c in text if HAN.match(c)]


def fields(d, kind, field, query):
    raw = d["title"] if field == "t" else d["text"]
    w, wb = d[field + "w"], d[field + "wb"]
    latin = [t for t in w if not HAN.match(t[0])]
    if kind == "wb":
        return {"main": wb}
    if kind == "w":
        return {"main": w}
    if kind == "wb+u":
        return {"main": wb + chars(raw)}
    if kind == "w+u":
        return {"main": w + chars(raw)}
    if kind == "b+u":
        return {"main": [t for t in wb if len(t) == 2 and all(HAN.match(c) for c in t)] + chars(raw) + latin}
    if kind == "u":
        return {"main": chars(raw) + latin}
    if kind == "wb+ut":
        return {"main": wb + (chars(raw) if field == "t" or query else [])}
    if kind.startswith("wb+us"):
        short = len(chars(d["text"])) <= int(kind[5:]) or query
        return {"main": wb + (chars(raw) if short else [])}
    if kind == "wb|u":
        return {"main": wb, "uni": chars(raw)}
    raise SystemExit(f"unknown variant {kind}")


def run(corpus, queries, kind, tw=2.0, uw=0.3, k1=1.2, b=0.75):
    rows = []
    for d in corpus:
        t, body = fields(d, kind, "t", False), fields(d, kind, "b", False)
        row = {"title": Counter(t["main"]), "body": Counter(body["main"])}
        if "uni" in t:
            row["uni"] = Counter(t["uni"] + body["uni"])
        rows.append(row)
    weights = {"title": tw, "body": 1.0, "uni": uw}
    n = len(rows)
    lengths = [sum(sum(c.values()) for c in r.values()) for r in rows]
    avgdl = sum(lengths) / n
    postings = defaultdict(list)
    for i, r in enumerate(rows):
        for term in set().union(*[c.keys() for c in r.values()]):
            postings[term].append(i)
    ranked = {}
    for q in queries:
        qf = fields(q, kind, "b", True)
        terms = list(dict.fromkeys(qf["main"] + qf.get("uni", [])))[:64]
        scores = defaultdict(float)
        for term in terms:
            df = len(postings.get(term, ()))
            if df == 0:
                continue
            idf = max(math.log((n - df + 0.5) / (df + 0.5)), 1e-6)
            for i in postings[term]:
                f = sum(weights[col] * rows[i][col].get(term, 0) for col in rows[i])
                scores[i] += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * lengths[i] / avgdl))
        ranked[q["id"]] = [corpus[i]["id"] for i, _ in sorted(scores.items(), key=lambda x: (-x[1], x[0]))[:100]]
    return ranked


def main():
    terms_dir, prefix, qrels_path, *variants = sys.argv[1:]
    load = lambda name: [json.loads(l) for l in open(f"{terms_dir}/{prefix}-{name}.jsonl", encoding="utf-8")]
    corpus, queries = load("corpus"), load("queries")
    qrels = defaultdict(dict)
    for line in open(qrels_path, encoding="utf-8"):
        q, d, s = line.rstrip("\n").split("\t")
        if s != "score":
            qrels[q][d] = int(s)
    for spec in variants:
        kind, *options = spec.split(":")
        kw = {k: float(v) for k, v in (o.split("=") for o in options)}
        ranked = run(corpus, queries, kind, **kw)
        groups = defaultdict(list)
        for q, judged in qrels.items():
            value = ndcg_at(ranked.get(q, []), judged, 10)
            groups["all"].append(value)
            if "-" in q and not q.startswith("TRIAL"):
                groups[q.split("-")[0]].append(value)
        print(spec, " ".join(f"{g} {sum(v) / len(v):.4f}" for g, v in sorted(groups.items())), flush=True)


if __name__ == "__main__":
    main()
