#!/usr/bin/env python3
"""Builds the short-Chinese paraphrase dev set (issue 22, item 4) into bench/out/shortzh/.

    python3 bench/shortzh/build.py [--pick] [SHARED]

SHARED defaults to ../shared beside the repository; the eval data is read from it at run time and
never copied into the project. Only the hand-written queries (paraphrases.tsv, beside this script)
are stored in the repository.

Corpus (corpus.jsonl, the `roots import` format), one short Chinese text per item:
  cmrcq-<id>       the 1,002 CMRC 2018 trial questions (eval/cmrc-trial/queries.jsonl)
  thuc-<id>        the 10,000 THUCNews headlines (eval/thucnews/headlines.jsonl)
  seed-<stem>-<n>  the Chinese sentences of the seed essays (seeds/*.txt), split on 。！？!? and
                   line breaks, kept when they have 8-60 Han characters; n counts kept sentences
An exact duplicate of an earlier text is left out (so one query has one relevant item, not ties).
Each text is both the title and the text, as a one-line note added to Roots gets it (the title is
the first line, the text the whole note).

Queries: paraphrases.tsv (`query-id TAB target-id TAB text`), written by hand for targets picked
by `pick()` below with random.Random(2026) (not by hand); `--pick` prints those targets.
Writes queries.jsonl and qrels.tsv (one relevant item per query) beside corpus.jsonl.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(os.environ.get("BENCH_TMP", os.path.join(ROOT, "bench", "out")), "shortzh")
GROUPS = {"cmrc": ("cmrcq-", 80), "thuc": ("thuc-", 80), "seed": ("seed-", 40)}

han = lambda s: sum(1 for c in s if "\u4e00" <= c <= "\u9fff")


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def corpus(shared):
    docs, seen = [], set()

    def add(doc_id, text):
        text = " ".join(text.split())
        if text and text not in seen:
            seen.add(text)
            docs.append((doc_id, text))

    for q in read_jsonl(os.path.join(shared, "eval", "cmrc-trial", "queries.jsonl")):
        add(f"cmrcq-{q['_id']}", q["text"])
    for h in read_jsonl(os.path.join(shared, "eval", "thucnews", "headlines.jsonl")):
        add(f"thuc-{h['id']}", h["text"])
    seeds = os.path.join(shared, "seeds")
    for name in sorted(os.listdir(seeds)):
        if not name.endswith(".txt"):
            continue
        stem = os.path.splitext(name)[0]
        text = open(os.path.join(seeds, name), encoding="utf-8").read()
        kept = [s.strip() for s in re.split(r"[。！？!?\n]", text) if 8 <= han(s) <= 60]
        for n, sentence in enumerate(kept):
            add(f"seed-{stem}-{n}", sentence)
    return docs


def pick(docs):
    """The targets to paraphrase: a fixed-seed sample per group among texts a person could
    paraphrase in a short query (6-40 Han characters), in corpus order."""
    rng = random.Random(2026)
    targets = {}
    for group, (prefix, count) in GROUPS.items():
        pool = [d for d in docs if d[0].startswith(prefix) and 6 <= han(d[1]) <= 40]
        chosen = set(d[0] for d in rng.sample(pool, count))
        targets[group] = [d for d in pool if d[0] in chosen]
    return targets


def main():
    args = [a for a in sys.argv[1:] if a != "--pick"]
    shared = args[0] if args else os.path.join(ROOT, "..", "shared")
    docs = corpus(shared)
    targets = pick(docs)
    if "--pick" in sys.argv:
        for group, chosen in targets.items():
            for n, (doc_id, text) in enumerate(chosen, 1):
                print(f"{group}-{n}\t{doc_id}\t{text}")
        return

    text_of = dict(docs)
    queries, qrels = [], []
    with open(os.path.join(HERE, "paraphrases.tsv"), encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            qid, target, query = line.rstrip("\n").split("\t")
            if target not in text_of:
                raise SystemExit(f"paraphrases.tsv:{lineno}: {target} is not in the corpus")
            if query.strip() == text_of[target]:
                raise SystemExit(f"paraphrases.tsv:{lineno}: the query copies its target")
            queries.append({"_id": qid, "text": query.strip()})
            qrels.append((qid, target))
    picked = {d for chosen in targets.values() for d, _ in chosen}
    stray = [t for _, t in qrels if t not in picked]
    if stray:
        raise SystemExit(f"paraphrases.tsv: targets not picked by pick(): {stray[:5]}")

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "corpus.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(json.dumps({"_id": i, "title": t, "text": t}, ensure_ascii=False) + "\n" for i, t in docs)
    with open(os.path.join(OUT, "queries.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in queries)
    with open(os.path.join(OUT, "qrels.tsv"), "w", encoding="utf-8") as f:
        f.write("query-id\tcorpus-id\tscore\n")
        f.writelines(f"{q}\t{d}\t1\n" for q, d in qrels)
    groups = {}
    for q, _ in qrels:
        groups[q.split("-")[0]] = groups.get(q.split("-")[0], 0) + 1
    print(f"{len(docs)} items, {len(queries)} queries {groups} -> {OUT}")


if __name__ == "__main__":
    main()
