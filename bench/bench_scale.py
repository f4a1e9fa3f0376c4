"""Scale of ``actorgraph build`` on one N-article corpus, against bare spaCy and textacy, in one run.

    python bench/bench_scale.py [N] [--corpus DIR] [--repeat R] [--variants NAME,...]

Writes a corpus of N articles with bench/make_corpus.py (or takes --corpus), then
runs each variant R times as its own process, in turn (A B C … A B C …), and
prints the median of each: wall seconds of the whole process (start-up, model
load, reading and writing included), articles/s, tokens/s, CPU seconds (user +
system, workers included: steadier than wall time on a shared machine) and peak
memory (the largest single process of the variant, its workers included, from
``wait4``).

  spacy     bare ``nlp.pipe`` of actorgraph's pipeline over the same texts: the limit
  jobs1     ``actorgraph build --jobs 1`` (cold cache)
  jobs2     ``actorgraph build --jobs 2`` (cold cache)
  warm      ``actorgraph build`` again on the cache jobs2 filled: nothing to parse
  textacy   textacy's ``subject_verb_object_triples`` over the stock model's parse (``bench`` extra)

Then the ratios against the targets: jobs1 within 15% of spacy; jobs2 at least
1.7x jobs1; warm under 3 s for 1,000 articles; and it checks that the jobs1,
jobs2 and warm graphs are identical. For the memory target (10,000 articles at
most 1.5x the peak of 1,000) run it with N=1000 and N=10000 and compare the peaks.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VARIANTS = ("spacy", "jobs1", "jobs2", "warm", "textacy")


def child_spacy(corpus):
    """Parse the corpus with bare ``nlp.pipe`` (actorgraph's pipeline); print articles and tokens as JSON."""
    from actorgraph.ingest import read_articles
    from actorgraph.pipeline import load_pipeline

    nlp = load_pipeline()
    n = tokens = 0
    for doc in nlp.pipe((a.text for a in read_articles([corpus])), batch_size=16):
        n, tokens = n + 1, tokens + len(doc)
    print(json.dumps({"articles": n, "tokens": tokens}))


def child_textacy(corpus):
    """Run textacy's subject-verb-object triples over the stock model's parse; print the count as JSON."""
    import spacy
    from textacy.extract import subject_verb_object_triples

    from actorgraph.ingest import read_articles
    from actorgraph.pipeline import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    n = triples = 0
    for doc in nlp.pipe((a.text for a in read_articles([corpus])), batch_size=16):
        n, triples = n + 1, triples + sum(1 for _ in subject_verb_object_triples(doc))
    print(json.dumps({"articles": n, "triples": triples}))


def build_command(corpus, work, name, jobs):
    """Return the argv of ``actorgraph build`` writing `name`.json with the cache `name`.sqlite."""
    actorgraph = str(Path(sys.executable).with_name("actorgraph"))
    return [
        actorgraph,
        "build",
        corpus,
        "-o",
        f"{work}/{name}.json",
        "--jobs",
        str(jobs),
        "--cache",
        f"{work}/{name}.sqlite",
    ]


def command(variant, corpus, work):
    """Return the argv of one variant."""
    if variant in ("spacy", "textacy"):
        return [sys.executable, __file__, "--child", variant, corpus]
    return build_command(corpus, work, variant, {"jobs1": 1}.get(variant, 2))


def run(argv):
    """Run argv; return (wall seconds, CPU seconds, peak RSS in MiB of its largest process, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode:
        sys.exit(f"{' '.join(argv)} failed ({proc.returncode}):\n{stderr[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout, stderr


def same_graph(*paths):
    def load(p):
        data = json.loads(Path(p).read_text(encoding="utf-8"))
        data["graph"].pop("created", None)
        return data

    first = load(paths[0])
    return all(load(p) == first for p in paths[1:])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=1000, help="articles in the corpus (default 1000)")
    ap.add_argument("--corpus", help="use this corpus folder or JSONL instead of writing one")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each variant; the median is printed (default 3)")
    ap.add_argument("--variants", default=",".join(VARIANTS), help=f"comma-separated subset of {','.join(VARIANTS)}")
    if sys.argv[1:2] == ["--child"]:  # one variant's own process
        return {"spacy": child_spacy, "textacy": child_textacy}[sys.argv[2]](sys.argv[3])
    args = ap.parse_args()
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    work = tempfile.mkdtemp(prefix="bench-scale-")
    try:
        corpus = args.corpus
        if corpus is None:
            sys.path.insert(0, str(HERE))
            from make_corpus import write

            corpus = str(write(args.n, Path(work, "corpus")))
        report(variants, corpus, work, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(variants, corpus, work, repeat):
    results = {v: [] for v in variants}
    info = {}
    for r in range(repeat):
        for v in variants:
            for name in ("jobs1", "jobs2"):  # cold: each run starts from an empty cache
                if v == name:
                    Path(work, f"{name}.sqlite").unlink(missing_ok=True)
            if v == "warm" and not Path(work, "warm.sqlite").exists():
                filled = [Path(work, f"{n}.sqlite") for n in ("jobs2", "jobs1") if Path(work, f"{n}.sqlite").exists()]
                if filled:  # the cache a cold variant of this run filled
                    shutil.copy(filled[0], Path(work, "warm.sqlite"))
                else:
                    run(build_command(corpus, work, "warm", 2))  # fill it once
            wall, cpu, peak, out, err = run(command(v, corpus, work))
            results[v].append((wall, cpu, peak))
            if out.strip().startswith("{"):
                info[v] = json.loads(out.strip().splitlines()[-1])
            if v in ("jobs1", "jobs2", "warm"):
                info[v] = next((line for line in err.splitlines() if line.startswith("parsed")), "")
            print(
                f"  run {r + 1}: {v:8s} {wall:8.2f} s  {cpu:8.2f} cpu s  {peak:7.0f} MiB", file=sys.stderr, flush=True
            )
    from actorgraph.ingest import read_articles

    articles = sum(1 for _ in read_articles([corpus]))
    tokens = info.get("spacy", {}).get("tokens")  # the spacy variant counts them
    print(
        f"corpus {corpus}: {articles} articles, {tokens or 'uncounted (no spacy variant)'} tokens; "
        f"median of {repeat} runs (min-max)"
    )
    print(f"{'variant':10s} {'seconds':>22s} {'articles/s':>11s} {'tokens/s':>10s} {'cpu s':>8s} {'peak MiB':>9s}")
    med, cpu = {}, {}
    for v in variants:
        walls, cpus, peaks = ([r[i] for r in results[v]] for i in range(3))
        med[v], cpu[v] = statistics.median(walls), statistics.median(cpus)
        spread = f"({min(walls):.1f}-{max(walls):.1f})"
        rate = f"{tokens / med[v]:10.0f}" if tokens else f"{'-':>10s}"
        print(
            f"{v:10s} {med[v]:9.2f} {spread:>12s} {articles / med[v]:11.1f} {rate} {cpu[v]:8.1f} "
            f"{statistics.median(peaks):9.0f}"
        )
    for v in ("jobs1", "jobs2", "warm"):
        if v in info:
            print(f"{v}: {info[v]}")
    if "textacy" in info:
        print(f"textacy: {info['textacy']['triples']} subject-verb-object triples")
    print("ratios:")
    if {"spacy", "jobs1"} <= med.keys():
        print(
            f"  jobs1 / spacy   {med['jobs1'] / med['spacy']:6.3f}   (target <= 1.15; CPU time "
            f"{cpu['jobs1'] / cpu['spacy']:.3f})"
        )
    if {"jobs1", "jobs2"} <= med.keys():
        print(f"  jobs1 / jobs2   {med['jobs1'] / med['jobs2']:6.3f}   (speed-up; target >= 1.7 on two cores)")
    if "warm" in med:
        print(f"  warm rebuild    {med['warm']:6.2f} s for {articles} articles (target < 3 s for 1,000)")
    if {"spacy", "textacy"} <= med.keys():
        print(f"  textacy / spacy {med['textacy'] / med['spacy']:6.3f}")
    graphs = [f"{work}/{v}.json" for v in ("jobs1", "jobs2", "warm") if v in med]
    if len(graphs) > 1:
        print(f"graphs identical ({', '.join(Path(g).stem for g in graphs)}): {same_graph(*graphs)}")


if __name__ == "__main__":
    main()
