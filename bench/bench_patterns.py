"""Load time and memory of the CAMEO pattern index, and the cost of coding triggers, against spaCy in one run.

    python bench/bench_patterns.py [--repeat N] [PATH ...]

Each load is measured in a fresh interpreter (the index is cached once per process): the
pattern index (``actorgraph.patterns``), and for scale the trigger lexicon and the spaCy
pipeline. Then, in this process, the parse of the texts by bare ``nlp.pipe`` and the coding
of every verb and noun of those parses with `actorgraph.patterns.code_trigger`, and their ratio.
"""

import argparse
import json
import subprocess
import sys
import time

from actorgraph.ingest import read_articles
from actorgraph.patterns import code_trigger
from actorgraph.pipeline import load_pipeline
from actorgraph.resources import data_file

LOAD = """
import json, resource, time, tracemalloc
tracemalloc.start()
t0 = time.perf_counter()
{call}
seconds = time.perf_counter() - t0
current, peak = tracemalloc.get_traced_memory()
print(json.dumps({{"seconds": seconds, "mib": current / 2**20, "peak_mib": peak / 2**20}}))
"""
LOADS = {
    "pattern index": "from actorgraph.patterns import _index; _index()",
    "trigger lexicon": "from actorgraph.lexicon import load_lexicon; load_lexicon()",
    "spaCy pipeline": "from actorgraph.pipeline import load_pipeline; load_pipeline()",
}


def load_in_fresh_process(call: str) -> dict:
    """Return seconds and traced MiB of one load, in a new interpreter (imports not counted)."""
    imports, _, statement = call.rpartition("; ")
    code = imports + "\n" + LOAD.format(call=statement)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=10, help="times the corpus is repeated (default 10)")
    args = ap.parse_args()
    loads = {name: load_in_fresh_process(call) for name, call in LOADS.items()}
    for name, r in loads.items():
        print(f"load {name:16s} {r['seconds']:7.3f} s  {r['mib']:7.1f} MiB held  {r['peak_mib']:7.1f} MiB peak")
    ratio = loads["pattern index"]["seconds"] / loads["spaCy pipeline"]["seconds"]
    print(f"ratio pattern index / spaCy load  {ratio:6.3f}")
    texts = [a.text for a in read_articles(args.paths or [str(data_file("articles"))])] * args.repeat
    nlp = load_pipeline()
    list(nlp.pipe(texts[:5]))  # warm-up
    code_trigger(next(iter(nlp("Iran refused."))))  # the index, loaded once per process (timed above)
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    tokens = [t for doc in docs for t in doc if t.pos_ in ("VERB", "AUX", "NOUN")]
    coded = sum(1 for t in tokens if (m := code_trigger(t)) is not None and m.cameo)
    match = time.perf_counter() - t0
    print(f"texts {len(texts)}, verbs and nouns {len(tokens)}, coded {coded}")
    print(f"spaCy nlp.pipe      {bare:7.2f} s")
    print(f"code_trigger, all   {match:7.2f} s  ({1e6 * match / max(len(tokens), 1):.1f} us a token)")
    print(f"ratio coding/spaCy  {match / bare:7.3f}  (coding every verb and noun; the build codes only its triggers)")


if __name__ == "__main__":
    main()
