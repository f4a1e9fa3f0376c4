"""Load time of actorgraph's spaCy pipeline and each component's share of a parse, in one run.

    python bench/bench_pipeline.py [N] [--corpus FILE.jsonl] [--repeat R]

Load: the median of R fresh processes each of bare ``spacy.load`` of the model and of
``actorgraph.pipeline.load_pipeline`` (the model plus the line splitter, the gazetteer's
``entity_ruler``, the dictionaries' name matcher and the place ids), and the ratio; then,
in one process, the seconds the two rulers take to add their patterns. Parse: N articles
of bench/make_corpus.py (or --corpus) run through the pipeline one component at a time,
with each component's seconds and share of the whole, tokenizer included, and the share
of the components actorgraph adds. Wall times on a shared machine vary by tens of percent
between runs; the shares within one run are steadier.
"""

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ADDED = ("actorgraph_line_sentences", "entity_ruler", "actorgraph_names", "actorgraph_place_ids")


def child(what):
    """Load the model bare or as actorgraph does; print the seconds as JSON."""
    start = time.perf_counter()
    if what == "bare":
        import spacy

        from actorgraph.pipeline import DEFAULT_MODEL

        spacy.load(DEFAULT_MODEL)
    else:
        from actorgraph.pipeline import load_pipeline

        load_pipeline()
    print(json.dumps({"seconds": time.perf_counter() - start}))


def load_times(repeat):
    """Return ``{"bare": s, "actorgraph": s}``: median load seconds over `repeat` fresh processes each."""
    found = {"bare": [], "actorgraph": []}
    for _ in range(repeat):
        for what in found:
            out = subprocess.run(
                [sys.executable, __file__, "--child", what], capture_output=True, text=True, check=True
            )
            found[what].append(json.loads(out.stdout)["seconds"])
    return {k: statistics.median(v) for k, v in found.items()}


def ruler_times():
    """Return the seconds each ruler of the pipeline takes to add its patterns, and their counts."""
    import spacy

    from actorgraph.pipeline import DEFAULT_MODEL, NameMatcher, _patterns, _title_words
    from actorgraph.resources import read_jsonl

    nlp = spacy.load(DEFAULT_MODEL)
    ruler = nlp.add_pipe("entity_ruler")
    start = time.perf_counter()
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(_patterns()[0])
    gazetteer = time.perf_counter() - start
    start = time.perf_counter()
    names = read_jsonl("names.jsonl")
    NameMatcher(nlp, _title_words()).add_patterns(names)
    return {
        "gazetteer": (gazetteer, len(_patterns()[0])),
        "names": (time.perf_counter() - start, len(names)),
    }


def component_times(texts):
    """Return ``{component: seconds}`` of parsing `texts` one component at a time, tokenizer first."""
    from actorgraph.pipeline import load_pipeline

    nlp = load_pipeline()
    times = dict.fromkeys(["tokenizer", *nlp.pipe_names], 0.0)
    for text in texts:
        start = time.perf_counter()
        doc = nlp.make_doc(text)
        times["tokenizer"] += time.perf_counter() - start
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            times[name] += time.perf_counter() - start
    return times


def corpus_texts(n, corpus):
    """Return the texts of `corpus` (JSONL), or of N generated articles."""
    if corpus is None:
        corpus = Path(tempfile.mkdtemp()) / "corpus.jsonl"
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(n), str(corpus), "--jsonl"], check=True)
    lines = Path(corpus).read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()][:n]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=200, help="articles to parse (default 200)")
    ap.add_argument("--corpus", help="a JSONL corpus instead of generated articles")
    ap.add_argument("--repeat", type=int, default=3, help="fresh processes per load measurement (default 3)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child)
    loads = load_times(args.repeat)
    print(
        f"load, median of {args.repeat} processes: bare spaCy {loads['bare']:.2f} s, "
        f"actorgraph {loads['actorgraph']:.2f} s, ratio {loads['actorgraph'] / loads['bare']:.2f}"
    )
    for name, (seconds, count) in ruler_times().items():
        print(f"  {name}: {count} patterns added in {seconds:.2f} s")
    times = component_times(corpus_texts(args.n, args.corpus))
    total = sum(times.values())
    print(f"parse of {args.n} articles: {total:.2f} s")
    for name, seconds in times.items():
        print(f"  {name:28} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")
    added = sum(s for n, s in times.items() if n in ADDED)
    print(f"components actorgraph adds: {100 * added / total:.1f} % of the parse")


if __name__ == "__main__":
    main()
