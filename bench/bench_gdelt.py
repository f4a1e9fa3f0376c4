"""Time and measure `actorgraph.gdelt.gdelt_graph` on a generated day of GDELT 2.0 (run by hand, not in tests).

    python bench/bench_gdelt.py                  # 200,000 rows, about a day of GDELT 2.0 exports
    python bench/bench_gdelt.py --rows 20000 --runs 3

The file is generated: 61 tab-separated columns per the codebook; actors drawn heavy-tailed from the
states' CAMEO codes with a role (GOV, MIL, CVL, REB, …) or none; a third of the rows with no second
actor, as in GDELT; event codes from every CAMEO root; a URL shared by about four events. It is
written plain and zipped (GDELT publishes zips).

Each step runs in its own process, so its peak memory (``ru_maxrss``) is its own:

  import   start Python and import actorgraph.gdelt: the memory floor.
  split    read the plain file and split every line on tabs: the least any reader does (baseline).
  parse    `read_events`: parse and check every row, keep nothing.
  graph    `gdelt_graph` on the plain file: parse, resolve, aggregate evidence into the graph.
  zip      `gdelt_graph` on the zipped file.
  write    `gdelt_graph`, then `write_graph` to JSON.

Times are medians of `--runs`; rows/s counts every row of the file.
"""

import argparse
import importlib
import json
import pathlib
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

BENCH = pathlib.Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent)]

ROLES = ["", "", "", "GOV", "GOV", "MIL", "CVL", "REB", "BUS", "MED", "OPP", "JUD"]
CODES = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "062", "071", "072", "073"]
CODES += ["0874", "090", "100", "1031", "111", "112", "120", "130", "138", "141", "150", "154", "163"]
CODES += ["172", "173", "180", "181", "190", "193", "195", "200"]


def make_file(path, rows, seed=0):
    """Write `rows` generated GDELT 2.0 event rows to `path`."""
    from actorgraph.gdelt import country_codes

    rng = random.Random(seed)
    countries = sorted(country_codes())
    weights = [1 / (i + 1) for i in range(len(countries))]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(rows):
            r = [""] * 61
            day = 20241018 + rng.randrange(2)
            a, b = rng.choices(countries, weights, k=2)
            r[0], r[1], r[2], r[3], r[4] = str(1_200_000_000 + i), str(day), str(day // 100), "2024", "2024.7918"
            r[5] = a + rng.choice(ROLES)
            r[6], r[7], r[12] = a, a, r[5][3:6]
            if rng.random() > 1 / 3:
                r[15] = b + rng.choice(ROLES)
                r[16], r[17], r[22] = b, b, r[15][3:6]
            code = rng.choice(CODES)
            r[25], r[26], r[27], r[28], r[29] = str(int(rng.random() < 0.4)), code, code[:3], code[:2], "1"
            r[30], r[31], r[32], r[33] = f"{rng.uniform(-10, 10):.1f}", str(rng.randint(1, 40)), "1", "4"
            r[34] = f"{rng.uniform(-8, 4):.6f}"
            r[51], r[52], r[53], r[56], r[57], r[58] = "4", "Kyiv, Kyyiv, Ukraine", "UP", "50.4", "30.5", "-1044367"
            r[59], r[60] = f"{day}{rng.randrange(24):02d}1500", f"https://news{i % 97}.example/{i // 4}"
            f.write("\t".join(r) + "\n")


def step(name, plain, packed, out):
    """Run one step in this process; returns what it counted."""
    from actorgraph.fileformat import write_graph
    from actorgraph.gdelt import gdelt_graph, read_events

    if name == "import":
        return 0
    if name == "split":
        with open(plain, encoding="utf-8") as f:
            return sum(len(line.split("\t")) == 61 for line in f)
    if name == "parse":
        return sum(1 for _ in read_events([plain]))
    G = gdelt_graph([packed if name == "zip" else plain])
    if name == "write":
        write_graph(G, out)
    return G.number_of_edges()


def run(name, args, files):
    """Run `step` in a fresh process `runs` times; returns (median seconds, peak KiB, count)."""
    times, peaks = [], []
    for _ in range(args.runs):
        cmd = [sys.executable, __file__, "--step", name, *map(str, files)]
        result = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        times.append(result["seconds"])
        peaks.append(result["peak_kib"])
        count = result["count"]
    return statistics.median(times), max(peaks), count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        for module in ("actorgraph.fileformat", "actorgraph.gdelt"):  # imports are not the step's time
            importlib.import_module(module)

        start = time.perf_counter()
        count = step(args.step, *args.files)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"seconds": seconds, "peak_kib": peak, "count": count}))
        return
    with tempfile.TemporaryDirectory() as tmp:
        plain, packed, out = (pathlib.Path(tmp) / n for n in ("day.export.CSV", "day.export.CSV.zip", "g.json"))
        make_file(plain, args.rows)
        with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as z:
            z.write(plain, plain.name)
        print(
            f"{args.rows:,} rows, {plain.stat().st_size / 2**20:.1f} MiB plain, {packed.stat().st_size / 2**20:.1f} MiB zipped"
        )
        results = {
            name: run(name, args, (plain, packed, out))
            for name in ("import", "split", "parse", "graph", "zip", "write")
        }
        base_time, floor = results["split"][0], results["import"][1]
        print(f"{'step':<8} {'seconds':>8} {'rows/s':>10} {'x split':>8} {'peak MiB':>9} {'above import':>13}  count")
        for name, (seconds, peak, count) in results.items():
            rate = f"{args.rows / seconds:,.0f}" if name != "import" else ""
            ratio = f"{seconds / base_time:.1f}" if name != "import" else ""
            print(
                f"{name:<8} {seconds:>8.2f} {rate:>10} {ratio:>8} {peak / 1024:>9.0f} {max(peak - floor, 0) / 1024:>13.0f}  {count:,}"
            )
        if out.exists():
            print(f"graph file: {out.stat().st_size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
