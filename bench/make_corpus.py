"""Write N realistic, reproducible articles for benchmarks: real sentences recombined, states swapped.

    python bench/make_corpus.py N OUT [--seed S] [--jsonl]

Sentences come from the bundled sample reports (``data/articles``); in each
generated article the states they name are swapped, consistently within the
article, for other states of the gazetteer, each in the same form (name, capital
or demonym): "Pyongyang sent troops to Russia" may become "Hanoi sent troops to
Brazil". Each article has a headline, 10-20 sentences in paragraphs of one to
three, a date in 2024 and sometimes a byline; articles are about as long as the
sample's (~500 tokens). Same N and seed, same bytes. OUT is a folder of
``.txt`` files with header lines, or one JSONL file with ``--jsonl``. No network.
"""

import argparse
import datetime
import json
import random
import re
from pathlib import Path

from actorgraph.ingest import parse_text
from actorgraph.resources import data_file, read_jsonl

FORMS = ("STATE", "CAPITAL", "DEMONYM")
_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“])")
BYLINES = ("Reporting by Jane Doe; Editing by John Smith", "Follow us on:", "Frances Ibiefo")


def sample_sentences():
    """Return the sentences of the bundled sample reports (header lines and headlines left out)."""
    sentences = []
    for path in sorted(Path(str(data_file("articles"))).glob("*.txt")):
        article = parse_text(path.read_text(encoding="utf-8"), id=path.stem)
        for line in article.text.split("\n")[1:]:
            sentences += [s.strip() for s in _SENTENCE_BREAK.split(line) if len(s.split()) >= 4]
    return sentences


def state_forms():
    """Return ``{state id: {form: [surface names]}}`` from the gazetteer's plain-text patterns.

    The first name of each form is the one written: the state's label, its capital, its demonym.
    """
    labels = {r["id"]: r["label"] for r in read_jsonl("actors.jsonl") if r["type"] == "state"}
    forms = {sid: {"STATE": [label]} for sid, label in labels.items()}
    for r in read_jsonl("gazetteer.jsonl"):
        if r["label"] in FORMS and isinstance(r["pattern"], str) and r["id"] in labels:
            names = forms[r["id"]].setdefault(r["label"], [])
            if r["pattern"] not in names:
                names.append(r["pattern"])
    return {k: v for k, v in forms.items() if all(f in v for f in FORMS)}


class Swapper:
    """Replaces the state names of a sentence with those of other states, one mapping per article."""

    def __init__(self, forms):
        self.forms = forms
        self.owner = {
            name: (sid, form) for sid, by_form in forms.items() for form, names in by_form.items() for name in names
        }
        names = sorted(self.owner, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")

    def __call__(self, text, mapping, rng):
        def swap(match):
            sid, form = self.owner[match.group(1)]
            if sid not in mapping:
                taken = set(mapping.values())
                mapping[sid] = rng.choice([s for s in sorted(self.forms) if s not in taken])
            return self.forms[mapping[sid]][form][0]

        return self.pattern.sub(swap, text)


def articles(n, seed=0):
    """Yield `n` article dicts (id, title, date, source, text), the same for the same `n` and `seed`."""
    rng = random.Random(seed)
    pool, swapper = sample_sentences(), Swapper(state_forms())
    start = datetime.date(2024, 1, 1)
    for i in range(n):
        mapping = {}
        title = swapper(rng.choice(pool), mapping, rng).rstrip(".")
        body, left = [title], rng.randint(10, 20)
        while left > 0:
            k = min(left, rng.randint(1, 3))
            body.append(" ".join(swapper(s, mapping, rng) for s in rng.sample(pool, k)))
            left -= k
        if rng.random() < 0.3:
            body.append(rng.choice(BYLINES))
        date = (start + datetime.timedelta(days=rng.randrange(366))).isoformat()
        yield {"id": f"synthetic-{i:06d}", "title": title, "date": date, "source": "synthetic", "text": "\n".join(body)}


def write(n, out, *, seed=0, jsonl=False):
    """Write the corpus to `out` (a folder of .txt files, or a JSONL file); returns `out`."""
    out = Path(out)
    if jsonl:
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as f:
            for a in articles(n, seed):
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        return out
    out.mkdir(parents=True, exist_ok=True)
    for a in articles(n, seed):
        header = f"title: {a['title']}\ndate: {a['date']}\nsource: {a['source']}\n\n"
        (out / f"{a['id']}.txt").write_text(header + a["text"], encoding="utf-8")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out", help="folder to write .txt files into, or a .jsonl file with --jsonl")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jsonl", action="store_true", help="write one JSONL file instead of a folder")
    args = ap.parse_args()
    print(write(args.n, args.out, seed=args.seed, jsonl=args.jsonl))


if __name__ == "__main__":
    main()
