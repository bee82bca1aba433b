#!/usr/bin/env python3
"""Builds the cross-lingual dev set (issue 22) from our own material; the output is committed.

    python3 bench/crosslingual/build.py [SEED] [QUICKSTART]

SEED defaults to ../shared/seeds/000_acb19a4f519c0f38.txt (Wu Zhaohui's essay: Chinese, then the
same essay in English, 13 parallel sections); QUICKSTART to samples/quickstart.
Writes corpus.jsonl, queries.jsonl and qrels.tsv beside this script:
- corpus: the 13 Chinese and 13 English sections of the essay, one item each (wu-zh-NN, wu-en-NN),
  plus the 28 quickstart notes as other items (qs-NAME), Chinese and English mixed, as a user's
  library would be: a Chinese query first finds Chinese text, and the English one must still come up.
- queries, each with one relevant item in the other language (the qid's prefix is its group):
  zhpara  every Chinese paragraph of >= 20 CJK characters -> the English section it is in
  zhhead  the 12 Chinese section headings                 -> the English section
  zhq     12 short Chinese questions written for this set   -> the English section that answers it
  enpara  every English paragraph of >= 80 characters      -> the Chinese section
  qszh    a quickstart Chinese note's title                 -> the English note on the same subject
  qsen    that English note's title                         -> the Chinese note
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
SEED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "seeds", "000_acb19a4f519c0f38.txt")
QUICKSTART = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "samples", "quickstart")

# One short question per section 1..12, written for this set (not taken from the essay).
QUESTIONS = {
    1: "词元这个词最早是从哪里来的？",
    2: "为什么中文用户用大模型要多付钱？",
    3: "智能体为什么会消耗大量词元？",
    4: "哪些公司和机构在争夺大模型市场？",
    5: "大模型降价竞争会带来什么后果？",
    6: "现在的困境有什么出路？",
    7: "为什么买再多词元也换不来系统构建能力？",
    8: "作者认为自己有哪些资产？",
    9: "词元之后真正稀缺的是哪些能力？",
    10: "聊天对话最后流向哪里？",
    11: "为什么说时间不可压缩？",
    12: "这篇文章的结论是什么？",
}

# Quickstart notes on the same subject in both languages (not translations of each other).
PAIRS = [
    ("notes/雕版与活字.md", "articles/history-of-movable-type.md"),
    ("notes/中文分词的几个难点.md", "articles/chinese-word-segmentation.md"),
    ("notes/本地优先软件笔记.md", "notes/local-first-principles.md"),
    ("notes/理财的几条笔记.txt", "notes/personal-finance-rules.md"),
    ("notes/词元成本札记.md", "notes/tokens-and-llm-costs.md"),
    ("notes/喝茶记.txt", "notes/tea-notes-autumn.md"),
    ("articles/数字保存与国家图书馆.md", "articles/warc-and-web-archiving.md"),
    ("notes/搜索引擎为什么找不到.txt", "articles/bm25-explained.md"),
    ("articles/摄影与记忆.md", "web/film-photography-notes.html"),
    ("articles/读宋词的夜晚.md", "articles/reading-tang-poetry.md"),
    ("notes/阳台种菜.md", "notes/garden-journal.txt"),
]

cjk = lambda s: sum(1 for c in s if "\u4e00" <= c <= "\u9fff")


def split(block, heading):
    sections = [[]]
    for line in block:
        if heading.match(line):
            sections.append([])
        sections[-1].append(line)
    return sections


def quickstart_item(path):
    raw = open(os.path.join(QUICKSTART, path), encoding="utf-8").read()
    text = re.sub(r"<[^>]+>", " ", raw) if path.endswith(".html") else raw
    title = re.search(r"^title:\s*(.+)$", raw, re.M) or re.search(r"<title>([^<]+)</title>", raw) or re.search(r"^#\s+(.+)$", raw, re.M)
    title = title.group(1).strip() if title else text.strip().splitlines()[0].strip()
    text = re.sub(r"^---\n.*?\n---\n", "", text, flags=re.S)
    return title, " ".join(text.split())


def main():
    lines = [l.rstrip("\n") for l in open(SEED, encoding="utf-8")]
    find = lambda pred, start=0: next(i for i in range(start, len(lines)) if pred(lines[i]))
    zh0, zh1 = find(lambda l: l.strip() == "摘要"), find(lambda l: l.startswith("参考文献"))
    en0 = find(lambda l: l.strip() == "Abstract")
    en1 = find(lambda l: l.startswith("References"), en0)
    zh = split(lines[zh0:zh1], re.compile(r"^[一二三四五六七八九十]+、"))
    en = split(lines[en0:en1], re.compile(r"^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\. "))
    assert len(zh) == len(en) == 13, (len(zh), len(en))

    corpus, queries, qrels = [], [], []
    for lang, sections in (("zh", zh), ("en", en)):
        for n, section in enumerate(sections):
            body = [l for l in section[1:] if l.strip()]
            corpus.append({"_id": f"wu-{lang}-{n:02}", "title": section[0].strip(), "text": "\n".join(body), "lang": lang})

    def query(qid, text, relevant):
        queries.append({"_id": qid, "text": text})
        qrels.append((qid, relevant))

    for n, section in enumerate(zh):
        for p, line in enumerate(l for l in section[1:] if cjk(l) >= 20):
            query(f"zhpara-{n:02}-{p:02}", line.strip(), f"wu-en-{n:02}")
        if n > 0:
            query(f"zhhead-{n:02}", section[0].strip(), f"wu-en-{n:02}")
            query(f"zhq-{n:02}", QUESTIONS[n], f"wu-en-{n:02}")
    for n, section in enumerate(en):
        for p, line in enumerate(l for l in section[1:] if len(l.strip()) >= 80):
            query(f"enpara-{n:02}-{p:02}", line.strip(), f"wu-zh-{n:02}")

    paired = {}
    for zh_path, en_path in PAIRS:
        paired[zh_path], paired[en_path] = "zh", "en"
        zid, eid = "qs-" + os.path.splitext(os.path.basename(zh_path))[0], "qs-" + os.path.splitext(os.path.basename(en_path))[0]
        query("qszh-" + zid[3:], quickstart_item(zh_path)[0], eid)
        query("qsen-" + eid[3:], quickstart_item(en_path)[0], zid)
    for folder in sorted(os.listdir(QUICKSTART)):
        for name in sorted(os.listdir(os.path.join(QUICKSTART, folder))):
            title, text = quickstart_item(os.path.join(folder, name))
            corpus.append({"_id": "qs-" + os.path.splitext(name)[0], "title": title, "text": text})

    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in corpus)
    with open(os.path.join(HERE, "queries.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in queries)
    with open(os.path.join(HERE, "qrels.tsv"), "w", encoding="utf-8") as f:
        f.write("query-id\tcorpus-id\tscore\n")
        f.writelines(f"{q}\t{d}\t1\n" for q, d in qrels)
    groups = {}
    for q, _ in qrels:
        groups[q.split("-")[0]] = groups.get(q.split("-")[0], 0) + 1
    print(f"{len(corpus)} items, {len(queries)} queries: {groups}")


if __name__ == "__main__":
    main()
