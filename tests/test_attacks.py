"""The attack suite: each numbered attack of the hardening issue (but the page's, 12 and 15) as a test.

Devices are made with ``mknod`` in a temp folder (the tests run as root in CI), never the real
``/dev``. Each test names its item: ``test_attack_01_...``. The property tests (random input
files, random graph files, every command) are in ``test_attacks_property.py``.
"""

import hashlib
import json
import os
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import time
import zlib

import networkx as nx
import pytest
from click.testing import CliRunner

from actorgraph import build as build_module
from actorgraph.cache import APPLICATION_ID, ExtractionCache, fingerprint
from actorgraph.cli import cli
from actorgraph.errors import InputError, OutputError
from actorgraph.fileformat import write_graph
from actorgraph.ingest import Article, read_articles
from actorgraph.parallel import Runner, usable_cpus
from actorgraph.pipeline import model_meta

ROOT = os.getuid() == 0
#: The installed command, run in a child process where standard input must be a device or closed.
ACTORGRAPH = os.path.join(os.path.dirname(sys.executable), "actorgraph")
needs_root = pytest.mark.skipif(not ROOT, reason="mknod of a device needs root (CI runs as root)")


def invoke(args, **kwargs):
    """Run the CLI; returns the result, with no traceback allowed (a crash is an exception, not SystemExit)."""
    result = CliRunner().invoke(cli, [str(a) for a in args], **kwargs)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def one_line_error(result, code=1):
    """Assert `result` failed with `code` and one ``Error:`` line; return that line."""
    assert result.exit_code == code, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("Error:")]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


def tree(folder):
    """Return ``{path: what it is}`` under `folder`: a hash of each regular file, the target of each link."""
    found = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = os.path.join(root, name)
            mode = os.lstat(path).st_mode
            if stat.S_ISLNK(mode):
                found[path] = ("link", os.readlink(path))
            elif stat.S_ISREG(mode):
                with open(path, "rb") as f:
                    found[path] = ("file", hashlib.sha256(f.read()).hexdigest())
            else:
                found[path] = ("special", stat.S_IFMT(mode))
    return found


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Russia warned Ukraine on Monday.\n", encoding="utf-8")
    return path


@pytest.fixture
def null_device(tmp_path):
    """A character device like /dev/null (1, 3), made in the temp folder."""
    path = tmp_path / "null"
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return path


@pytest.fixture
def zero_device(tmp_path):
    """A character device like /dev/zero (1, 5), made in the temp folder."""
    path = tmp_path / "zero"
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 5))
    return path


# -- 1. -o onto a device, FIFO or symlink ---------------------------------------------------------------


@needs_root
@pytest.mark.parametrize("option", ["-o", "--html"])
def test_attack_01_output_onto_a_device_is_refused_and_the_device_kept(tmp_path, article, null_device, option):
    args = ["build", article, "--no-cache", "-o", tmp_path / "g.json"]
    result = invoke(
        args[:-2] + ([option, null_device] if option == "-o" else ["-o", tmp_path / "g.json", option, null_device])
    )
    assert "character device" in one_line_error(result)
    assert stat.S_ISCHR(os.lstat(null_device).st_mode)


def test_attack_01_output_onto_a_fifo_is_refused_and_the_fifo_kept(tmp_path, article):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert "FIFO" in one_line_error(invoke(["build", article, "--no-cache", "-o", fifo]))
    assert "FIFO" in one_line_error(invoke(["html", "tests/fixtures/small_graph.json", "-o", fifo]))
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@needs_root
def test_attack_01_output_onto_a_link_to_a_device_is_refused(tmp_path, null_device):
    link = tmp_path / "stdout"  # as /dev/stdout is a link to what fd 1 is
    link.symlink_to(null_device)
    line = one_line_error(invoke(["html", "tests/fixtures/small_graph.json", "-o", link]))
    assert f"a link to {null_device}" in line and os.path.islink(link)


def test_attack_01_output_onto_a_link_to_a_file_writes_the_file_and_keeps_the_link(tmp_path):
    target, link = tmp_path / "real.html", tmp_path / "page.html"
    target.write_text("old", encoding="utf-8")
    link.symlink_to(target)
    result = invoke(["html", "tests/fixtures/small_graph.json", "-o", link])
    assert result.exit_code == 0, result.output
    assert os.path.islink(link) and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_attack_01_writable_target_refuses_a_socket(tmp_path):
    import socket

    from actorgraph.atomic import writable_target

    path = str(tmp_path / "sock")
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(path)
        with pytest.raises(OutputError, match="is a socket"):
            writable_target(path)


# -- 2. --cache on a file that is not a cache -----------------------------------------------------------


def test_attack_02_cache_on_a_text_file_leaves_it_alone(tmp_path, article):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a cache\n", encoding="utf-8")
    before = tree(tmp_path)
    result = invoke(["build", article, "--cache", notes, "-o", tmp_path / "g.json"])
    assert result.exit_code == 0, result.output
    assert "not an SQLite file; not touching it" in result.stderr
    after = tree(tmp_path)
    assert {p: after[p] for p in before} == before and set(after) - set(before) == {str(tmp_path / "g.json")}


@needs_root
def test_attack_02_cache_on_a_device_writes_no_journal(tmp_path, article, null_device):
    result = invoke(["build", article, "--cache", null_device, "-o", tmp_path / "g.json"])
    assert result.exit_code == 0 and "not a regular file" in result.stderr
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "g.json", "null"]


def test_attack_02_damaged_cache_never_overwrites_an_earlier_corrupt_file(tmp_path):
    path = tmp_path / "c.sqlite"
    with ExtractionCache(path, "f") as cache:
        cache.put([("a" * 64, "text", {"mentions": [], "events": []})])
    earlier = tmp_path / "c.sqlite.corrupt"
    earlier.write_bytes(b"the first damaged cache, kept for a look")
    os.truncate(path, 2048)  # the header (with the application id) stays, the tables are gone
    with pytest.warns(UserWarning, match="moved it to c.sqlite.corrupt-2"):
        ExtractionCache(path, "f").close()
    assert earlier.read_bytes() == b"the first damaged cache, kept for a look"
    assert (tmp_path / "c.sqlite.corrupt-2").stat().st_size == 2048


def test_attack_02_damaged_sqlite_file_of_another_application_is_left_alone(tmp_path):
    path = tmp_path / "app.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
        db.executemany("INSERT INTO notes VALUES (?)", [("x" * 3000,)] * 20)
    db.close()
    os.truncate(path, 4096 + 100)
    before = path.read_bytes()
    with pytest.warns(UserWarning, match="not used"):
        ExtractionCache(path, "f").close()
    assert path.read_bytes() == before and not os.path.exists(f"{path}.corrupt")
    with open(path, "rb") as f:
        assert f.read(72)[68:72] != APPLICATION_ID.to_bytes(4, "big")


# -- 3. outputs equal to an input, the cache or each other ----------------------------------------------


@pytest.mark.parametrize("kind", ["text", "jsonl", "page", "cache", "hard link"])
def test_attack_03_output_equal_to_an_input_the_cache_or_another_output_is_refused(tmp_path, article, kind):
    feed = tmp_path / "corpus.jsonl"
    feed.write_text(json.dumps({"text": "Iran warned Israel."}) + "\n", encoding="utf-8")
    (tmp_path / "hard.txt").hardlink_to(article)
    args = {
        "text": [article, "-o", article],
        "jsonl": [feed, "-o", feed],
        "page": [article, "-o", tmp_path / "g.json", "--html", tmp_path / "g.json"],
        "cache": [article, "-o", tmp_path / "c.sqlite", "--cache", tmp_path / "c.sqlite"],
        "hard link": [article, "-o", tmp_path / "hard.txt"],
    }[kind]
    before = tree(tmp_path)
    one_line_error(invoke(["build", *args]))
    assert tree(tmp_path) == before


def test_attack_03_html_output_equal_to_its_graph_is_refused(tmp_path):
    graph = tmp_path / "g.json"
    graph.write_bytes(open("tests/fixtures/small_graph.json", "rb").read())
    assert "also an input" in one_line_error(invoke(["html", graph, "-o", graph]))
    assert "also an input" in one_line_error(
        invoke(["diff", graph, "tests/fixtures/small_graph.json", "--html", graph]), 2
    )
    assert json.loads(graph.read_text(encoding="utf-8"))["graph"]["format"] == "actorgraph"


def test_attack_03_check_outputs_names_both_options():
    from actorgraph.atomic import check_outputs

    with pytest.raises(OutputError, match="-o x.json and --html ./x.json are one file"):
        check_outputs({"-o": "x.json", "--html": "./x.json"})


# -- 4. memory of one big article ------------------------------------------------------------------------


def test_attack_04_long_article_is_parsed_in_small_pieces_and_bounded_batches(nlp, monkeypatch):
    from actorgraph import budget, schedule

    calls, real = [], nlp.pipe

    def spy(items, **kwargs):
        items = list(items)
        if kwargs.get("as_tuples"):  # spaCy calls itself again with the texts alone
            calls.append([len(text) for text, _ in items])
        return real(items, **kwargs)

    monkeypatch.setattr(nlp, "pipe", spy)
    monkeypatch.setattr(schedule, "PIECE_CHARS", 2_000)
    monkeypatch.setitem(budget.pipe.__kwdefaults__, "max_chars", 5_000)
    text = "\n".join(f"Russia warned Ukraine on day {i}." for i in range(600))
    short = Article(id="short", text="Iran warned Israel.")
    (x, y) = build_module.parse([Article(id="long", text=text), short])
    assert max(n for call in calls for n in call) <= 2_000
    assert all(sum(call) <= 5_000 for call in calls) and len(calls) > 3
    assert len(x.events) == 600 and len(y.events) == 1
    assert {e.sentence for e in x.events} == set(text.split("\n"))


def test_attack_04_batches_are_bounded_by_characters_and_a_big_piece_goes_alone():
    from actorgraph import budget

    items = [("x" * n, n) for n in (150_000, 60_000, 10, 500_000, 10)]
    batches = [[n for _, n in b] for b in budget.char_batches(items, batch_size=16)]
    assert batches == [[150_000], [60_000, 10], [500_000], [10]]


# -- 5. reading without limit; a FIFO in a folder --------------------------------------------------------


def run_bounded(code, *, timeout=60, memory=1 << 30):
    """Run Python `code` in a child with at most `memory` bytes of address space beyond the start and `timeout` s."""
    import resource

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (memory + 2**30, memory + 2**30))

    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, preexec_fn=limit
    )


@needs_root
def test_attack_05_links_to_zero_devices_and_fifos_in_a_folder_are_skipped_at_once(tmp_path, zero_device):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Iran warned Israel.", encoding="utf-8")
    (corpus / "zero.txt").symlink_to(zero_device)
    (corpus / "zero.jsonl").symlink_to(zero_device)
    os.mkfifo(corpus / "pipe.txt")
    code = (
        "from actorgraph.ingest import read_articles, count_inputs\n"
        f"w = []; got = list(read_articles([{str(corpus)!r}], warn=w.append))\n"
        f"print(len(got), count_inputs([{str(corpus)!r}])); print(*w, sep='\\n')"
    )
    done = run_bounded(code, timeout=60)
    assert done.returncode == 0, done.stderr
    counts, *warnings = done.stdout.splitlines()
    assert counts == "1 1"
    assert sorted(w.split(": ", 1)[1] for w in warnings) == [
        "a FIFO, not a regular file, skipped",
        "a device, not a regular file, skipped",
        "a device, not a regular file, skipped",
    ]


@needs_root
@pytest.mark.parametrize("command", ["build", "actors"])
def test_attack_05_a_zero_device_as_input_or_standard_input_is_refused_at_once(tmp_path, zero_device, command):
    with open(zero_device, "rb") as stdin:
        for target in (str(zero_device), "-"):
            args = [ACTORGRAPH, command, target]
            args += ["--no-cache", "-o", str(tmp_path / "g.json")] if command == "build" else []
            done = subprocess.run(args, stdin=stdin, capture_output=True, text=True, timeout=60, cwd=tmp_path)
            assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
            assert "binary" in done.stderr or "NUL" in done.stderr


def test_attack_05_an_article_over_the_cap_is_skipped_before_it_is_read(tmp_path):
    from actorgraph.inputs import MAX_ARTICLE_BYTES

    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: no disk used, and never read
    warnings = []
    assert list(read_articles([tmp_path], warn=warnings.append)) == []
    assert warnings == [f"{big}: 64 MiB, more than the 64 MiB cap on one article, skipped"]


def test_attack_05_a_line_over_the_cap_is_read_past_not_held(tmp_path):
    from actorgraph.inputs import capped_lines

    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"text": "a"}\n' + b"x" * 5000 + b"\n" + b'{"text": "b"}\n')
    with open(path, "rb") as f:
        assert list(capped_lines(f, "feed", limit=1000)) == [b'{"text": "a"}\n', None, b'{"text": "b"}\n']


# -- 6. workers outliving their parent; --jobs 1000 ------------------------------------------------------

PARENT = """
import os, sys, time
from actorgraph.parallel import Runner

def work(items):
    time.sleep(120)

runner = Runner(work, jobs=2)
futures = [runner.submit([i]) for i in range(3)]
time.sleep(1)
print(*[p.pid for p in runner.executor._processes.values()], flush=True)
time.sleep(120)
"""


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(usable_cpus() < 2 or not sys.platform.startswith("linux"), reason="needs two cores and /proc")
def test_attack_06_workers_end_when_their_parent_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    workers = [int(p) for p in parent.stdout.readline().split()]
    assert len(workers) == 2 and all(map(_alive, workers))
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_alive, workers))


def test_attack_06_jobs_are_capped_by_the_cores():
    assert Runner(len, jobs=1000).jobs == usable_cpus()


def test_attack_06_jobs_are_capped_by_the_tasks(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(build_module, "parse_all", lambda articles, options, **kw: seen.append(options.jobs) or [])
    (tmp_path / "a.txt").write_text("Iran warned Israel.", encoding="utf-8")
    with pytest.raises(InputError):
        build_module.build([tmp_path], build_module.ParseOptions(jobs=1000))
    assert seen == [1]


# -- 7. lone surrogates and names that are not UTF-8 -----------------------------------------------------


def test_attack_07_lone_surrogates_in_jsonl_are_refused_with_the_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    rows = ['{"text": "Iran warned Israel."}', '{"text": "x \\ud800 y"}', '{"text": "ok", "title": "\\udfff"}']
    feed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = invoke(["build", feed, "--no-cache", "-o", tmp_path / "g.json"])
    assert result.exit_code == 0, result.output
    assert f"{feed}:2: not JSON" in result.stderr and f"{feed}:3: not JSON" in result.stderr


@pytest.mark.parametrize("command", ["actors", "relations", "central", "html", "diff"])
def test_attack_07_a_graph_label_with_a_lone_surrogate_is_one_line_error(tmp_path, command):
    text = open("tests/fixtures/small_graph.json", encoding="utf-8").read()
    bad = tmp_path / "g.json"
    text, n = re.subn(r'("label": ?)"North Korea"', r'\1"North \\ud800 Korea"', text)
    assert n == 1, "the fixture's label was not found: the test would test nothing"
    bad.write_text(text, encoding="utf-8")
    args = {"html": ["-o", tmp_path / "p.html"], "diff": ["tests/fixtures/small_graph.json"]}.get(command, [])
    line = one_line_error(invoke([command, bad, *args]), 2 if command == "diff" else 1)
    assert "surrogate" in line


def test_attack_07_a_file_name_that_is_not_utf8_is_read_under_a_replaced_name(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    name = os.fsdecode(b"caf\xe9-2024-10-21.txt")
    (corpus / name).write_text("Iran warned Israel.", encoding="utf-8")
    result = invoke(["build", corpus, "--no-cache", "-o", tmp_path / "g.json"])
    assert result.exit_code == 0, result.output
    article = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))["graph"]["articles"][0]
    assert (article["id"], article["date"]) == ("caf\ufffd-2024-10-21", "2024-10-21")


def test_attack_07_option_text_that_is_not_utf8_is_a_usage_error(tmp_path, article):
    snapshot = os.fsdecode(b"week \xff")  # as click receives bytes that are not UTF-8 from the shell
    result = invoke(["build", article, "--no-cache", "--snapshot", snapshot, "-o", tmp_path / "g.json"])
    assert "--snapshot: not UTF-8 text" in one_line_error(result, 2).replace("'", "")
    assert not (tmp_path / "g.json").exists()


# -- 8. deep nesting -------------------------------------------------------------------------------------


def test_attack_08_deep_nesting_in_jsonl_and_graph_files_is_one_line_error(tmp_path):
    feed, graph = tmp_path / "feed.jsonl", tmp_path / "g.json"
    feed.write_text('{"text": ' + "[" * 100_000 + "\n", encoding="utf-8")
    graph.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "depth limit" in one_line_error(invoke(["build", feed, "--no-cache", "--strict", "-o", tmp_path / "o.json"]))
    for command in ("actors", "relations", "central"):
        assert "depth limit" in one_line_error(invoke([command, graph]))


# -- 9. undeclared endpoints and huge numbers ------------------------------------------------------------


def _small(tmp_path, change):
    data = json.loads(open("tests/fixtures/small_graph.json", encoding="utf-8").read())
    change(data)
    path = tmp_path / "g.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("endpoint", ["toString", "hasOwnProperty", "nowhere"])
def test_attack_09_an_edge_to_an_undeclared_node_is_refused(tmp_path, endpoint):
    path = _small(tmp_path, lambda d: d["edges"][0].update(target=endpoint))
    for command in ("actors", "relations"):
        assert f"edges/0/target: {endpoint!r} is not a declared node" in one_line_error(invoke([command, path]))


def test_attack_09_a_weight_of_1e300_is_refused(tmp_path):
    path = _small(tmp_path, lambda d: d["edges"][0].update(weight=1e300))
    assert "edges/0/weight" in one_line_error(invoke(["central", path, "--communities"]))


# -- 10. cache entries of the wrong shape ----------------------------------------------------------------


def test_attack_10_a_wrong_shape_cache_entry_is_a_miss_and_is_rewritten(tmp_path, article):
    cache_path = tmp_path / "c.sqlite"
    a = next(read_articles([article]))
    key = fingerprint(model_meta())
    with ExtractionCache(cache_path, key) as cache:
        cache.put([(a.sha256, a.text, {"mentions": 5, "events": "x"})])
    for _ in range(2):
        result = invoke(["build", article, "--cache", cache_path, "-o", tmp_path / "g.json"])
        assert result.exit_code == 0, result.output
    assert "parsed 0 articles, 1 from cache" in result.stderr
    with sqlite3.connect(cache_path) as db:
        (blob,) = db.execute("SELECT data FROM extractions").fetchone()
    db.close()
    assert isinstance(json.loads(zlib.decompress(blob))["events"], list)


# -- 11. standard input closed ---------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["build", "actors"])
def test_attack_11_closed_standard_input_is_one_line_error(tmp_path, command):
    args = [ACTORGRAPH, command, "-"]
    args += ["--no-cache", "-o", str(tmp_path / "g.json")] if command == "build" else []
    done = subprocess.run(args, capture_output=True, text=True, timeout=60, preexec_fn=lambda: os.close(0))
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "standard input is closed" in done.stderr


# -- 13. control characters on the terminal and in XML ---------------------------------------------------

ESCAPES = "\x1b[2J\x1b]0;pwned\x07\r\x9b31m\u202e"
CONTROLS = {"\x1b", "\x07", "\r", "\x9b", "\u202e"}


@pytest.fixture
def escape_graph(make_graph, tmp_path):
    G = make_graph(
        nodes=[("north-korea", {"label": f"North{ESCAPES} Korea"})], edges=[("north-korea", "deploys", "russia")]
    )
    G.edges["north-korea", "russia", "deploys"]["evidence"][0]["sentence"] = f"Pyongyang{ESCAPES} sent troops."
    return G, str(write_graph(G, tmp_path / "g.json"))


@pytest.mark.parametrize(
    "args",
    [
        ["actors"],
        ["actors", "--format", "csv"],
        ["actors", "--format", "json"],
        ["relations"],
        ["relations", "--format", "json"],
        ["central"],
        ["diff", "tests/fixtures/small_graph.json"],
        ["diff", "tests/fixtures/small_graph.json", "--format", "json"],
    ],
)
def test_attack_13_article_text_reaches_the_terminal_without_control_characters(escape_graph, args):
    result = invoke([args[0], escape_graph[1], *args[1:]])
    assert result.exit_code in (0, 1), result.output
    assert "North" in result.stdout or args[0] == "diff"
    assert not set(result.stdout) & CONTROLS, repr(result.stdout)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_attack_13_xml_exports_with_control_characters_parse(escape_graph, tmp_path, fmt):
    path = write_graph(escape_graph[0], tmp_path / f"g.{fmt}", format=fmt)
    H = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(path)
    assert H.nodes["north-korea"]["label"].startswith("North")


# -- 14. links and walk errors in a folder ---------------------------------------------------------------


def test_attack_14_link_loops_and_dangling_links_are_skipped_not_fatal(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Iran warned Israel.", encoding="utf-8")
    (corpus / "loop.txt").symlink_to("loop.txt")
    (corpus / "gone.txt").symlink_to("nowhere.txt")
    result = invoke(["build", corpus, "--no-cache", "-o", tmp_path / "g.json"])
    assert result.exit_code == 0, result.output
    assert "gone.txt: broken link, skipped" in result.stderr and "loop.txt: cannot read" in result.stderr
    strict = invoke(["build", corpus, "--no-cache", "--strict", "-o", tmp_path / "h.json"])
    assert "gone.txt: broken link" in one_line_error(strict)


def _deep(folder, depth=25):
    """Make folders nested beyond PATH_MAX (4096) under `folder`, with an article at the bottom; returns nothing."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir("d" * 200, dir_fd=fd)
            fd, old = os.open("d" * 200, os.O_RDONLY, dir_fd=fd), fd
            os.close(old)
        with open(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as f:
            f.write("Iran warned Israel.")
    finally:
        os.close(fd)


def test_attack_14_folders_beyond_path_max_are_warned_and_errors_under_strict(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Japan condemned North Korea.", encoding="utf-8")
    _deep(corpus)
    warnings = []
    assert [a.id for a in read_articles([corpus], warn=warnings.append)] == ["a"]
    assert any("File name too long" in w for w in warnings), warnings
    with pytest.raises(InputError, match="too long"):
        list(read_articles([corpus], strict=True))


def test_attack_14_an_unlistable_folder_is_warned(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "a.txt").write_text("Japan condemned North Korea.", encoding="utf-8")
    real = os.scandir

    def scandir(path="."):  # root may read any folder: refuse this one as a mode of 000 would
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    warnings = []
    assert [a.id for a in read_articles([corpus], warn=warnings.append)] == ["a"]
    assert warnings == [f"{corpus / 'locked'}: cannot list (Permission denied)"]
