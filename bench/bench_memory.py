"""Peak memory of building one long article, against the parse settings before the memory budget, in one run.

    python bench/bench_memory.py [--sizes 0.5,3,30] [--baseline 0.5]

Each build runs in a fresh process (``actorgraph.build.build`` of one text file, no
cache) and its peak resident memory is read from the kernel (``wait4``'s maxrss). The
article is the bundled sample reports repeated to the size asked for (real prose, line
breaks kept). ``--baseline`` sizes are also built with the old settings (pieces of a
million characters, 16 to an ``nlp.pipe`` batch). Targets: under 1.5 GB for 3 MB;
bounded (about the same) for 30 MB.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

from actorgraph.ingest import read_articles
from actorgraph.resources import data_file

CHILD = """
import sys
import actorgraph.budget as budget
import actorgraph.build as build
import actorgraph.schedule as schedule
if sys.argv[2] == "old":
    schedule.PIECE_CHARS = 999_999
    budget.pipe.__kwdefaults__["max_chars"] = float("inf")
G = build.build([sys.argv[1]])
print(G.number_of_nodes(), G.number_of_edges())
"""


def article(megabytes, folder):
    """Write an article of about `megabytes` MB of the sample's prose; returns its path."""
    prose = "\n\n".join(a.text for a in read_articles([str(data_file("articles"))]))
    target = int(megabytes * 2**20)
    text = (prose + "\n\n") * (target // (len(prose) + 2) + 1)
    path = os.path.join(folder, f"long-{megabytes}MB.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text[:target])
    return path


def _hwm(pid):
    """Return the peak resident memory of a running process so far, in MB (Linux's VmHWM), or 0."""
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024
    except (OSError, StopIteration):
        return 0.0


def peak(path, settings):
    """Build `path` in a fresh process; return (peak RSS in MB, seconds, its output)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, path, settings], stdout=subprocess.PIPE, text=True)
    last = t0
    while True:  # the peak so far, every 30 s, on stderr: a long run shows its figures before it ends
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - last > 30:
            last = time.perf_counter()
            print(f"  ... {last - t0:6.0f} s, peak so far {_hwm(proc.pid):.0f} MB", file=sys.stderr, flush=True)
        time.sleep(0.5)
    out = proc.stdout.read().strip()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024, time.perf_counter() - t0, out if proc.returncode == 0 else f"exit {proc.returncode}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="0.5,3,30", help="article sizes in MB (default 0.5,3,30)")
    ap.add_argument("--baseline", default="0.5", help="sizes also built with the old settings ('' for none)")
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",") if s]
    baseline = [float(s) for s in args.baseline.split(",") if s]
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'article':>8}  {'settings':<8}  {'peak RSS':>9}  {'seconds':>8}  graph (actors relations)")
        for size in sizes:
            path = article(size, folder)
            for settings in ["budget"] + (["old"] if size in baseline else []):
                mb, seconds, out = peak(path, settings)
                print(f"{size:>6} MB  {settings:<8}  {mb:>6.0f} MB  {seconds:>8.1f}  {out}", flush=True)


if __name__ == "__main__":
    main()
