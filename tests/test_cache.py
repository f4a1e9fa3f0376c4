"""The parse cache: hits and misses counted, invalidation, damaged files, kills and concurrent builds."""

import multiprocessing
import os
import shutil
import sqlite3
import sys
import threading

import pytest
from click.testing import CliRunner
from conftest import graph_json

from actorgraph import cache as cache_module
from actorgraph.build import ParseOptions, ParseStats, build, parse
from actorgraph.cache import ExtractionCache, fingerprint
from actorgraph.cli import cli
from actorgraph.errors import ActorgraphWarning
from actorgraph.ingest import read_articles
from actorgraph.pipeline import model_meta
from actorgraph.resources import data_file

SENTENCES = [
    "Russia sent 5,000 soldiers to Belarus.",
    "Iran warned Israel on Monday.",
    "Poland supplied Ukraine with tanks.",
    "Japan condemned North Korea.",
    "France met Germany in Paris.",
]


def tiny_corpus(folder, n=len(SENTENCES)):
    """Write `n` one-sentence articles into `folder`; returns its path as a string."""
    folder.mkdir(exist_ok=True)
    for i, text in enumerate(SENTENCES[:n]):
        (folder / f"2024-10-{10 + i}.txt").write_text(text, encoding="utf-8")
    return str(folder)


def mention(text):
    """Return a well-formed mention record of a cache entry, naming `text`."""
    keys = ("key", "text", "type", "role", "affiliation", "title", "heads_office")
    return dict(zip(keys, ("x", text, "state", "name", None, None, False)))


def run(paths, cache, **kw):
    """Build with a cache; return (graph, ParseStats)."""
    stats = ParseStats()
    return build(paths, ParseOptions(cache=cache, **kw), stats=stats), stats


@pytest.fixture(scope="module")
def warm_sample(tmp_path_factory):
    """A cache file holding the five sample articles, built once; tests copy it."""
    path = tmp_path_factory.mktemp("warm") / "sample.sqlite"
    run([str(data_file("articles"))], path)
    return path


@pytest.fixture
def sample_cache(warm_sample, tmp_path):
    """A private copy of the warm sample cache."""
    return shutil.copy(warm_sample, tmp_path / "cache.sqlite")


def test_cache_second_build_parses_nothing_and_gives_the_same_graph(sample_cache, sample_json):
    G, stats = run([str(data_file("articles"))], sample_cache)
    assert (stats.parsed, stats.cached) == (0, 5)
    assert str(stats) == "parsed 0 articles, 5 from cache"
    assert graph_json(G) == sample_json


def test_cache_first_build_misses_then_new_articles_parse_alone(tmp_path):
    cache, corpus = tmp_path / "c.sqlite", tmp_path / "corpus"
    _, first = run([tiny_corpus(corpus, 3)], cache)
    assert (first.parsed, first.cached) == (3, 0)
    _, second = run([tiny_corpus(corpus, 5)], cache)
    assert (second.parsed, second.cached) == (2, 3)


def test_cache_changed_data_file_invalidates_every_article(sample_cache, tmp_path, monkeypatch):
    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text(
        data_file("lexicon.jsonl").read_text(encoding="utf-8")
        + '{"lemma": "befriend", "pos": "VERB", "relation": "cooperates"}\n',
        encoding="utf-8",
    )
    before = fingerprint(model_meta())
    monkeypatch.setattr(cache_module, "data_file", lambda name: lexicon if name == "lexicon.jsonl" else data_file(name))
    assert fingerprint(model_meta()) != before
    _, stats = run([str(data_file("articles"))], sample_cache)
    assert (stats.parsed, stats.cached) == (5, 0)


def test_cache_same_normalised_text_with_other_spacing_is_a_miss(tmp_path):
    with ExtractionCache(tmp_path / "c.sqlite", "f") as cache:
        cache.put([("a" * 64, "Iran warned Israel.", {"mentions": [], "events": []})])
        assert cache.get("a" * 64, "Iran warned Israel.") == {"mentions": [], "events": []}
        assert cache.get("a" * 64, "Iran  warned Israel.") is None
    with ExtractionCache(tmp_path / "c.sqlite", "other fingerprint") as cache:
        assert cache.get("a" * 64, "Iran warned Israel.") is None


@pytest.mark.parametrize("damage", ["truncated", "scribbled"])
def test_cache_damaged_file_is_reported_moved_aside_and_rebuilt(sample_cache, damage, sample_json):
    size = os.path.getsize(sample_cache)
    if damage == "truncated":
        os.truncate(sample_cache, size // 2)
    else:  # every page but the first (header and schema): found when a page is read
        with open(sample_cache, "r+b") as f:
            f.seek(4096)
            f.write(os.urandom(size - f.tell()))
    with pytest.warns(ActorgraphWarning, match="damaged") as caught:
        G, stats = run([str(data_file("articles"))], sample_cache)
    assert len(caught) == 1 and "\n" not in str(caught[0].message)
    assert (stats.parsed, stats.cached) == (5, 0)
    assert graph_json(G) == sample_json
    assert os.path.exists(f"{sample_cache}.corrupt")
    _, again = run([str(data_file("articles"))], sample_cache)
    assert (again.parsed, again.cached) == (0, 5)


def test_cache_other_sqlite_file_is_left_alone(tmp_path):
    other = tmp_path / "app.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
    db.close()
    before = other.read_bytes()
    with pytest.warns(ActorgraphWarning, match="not an actorgraph cache"):
        _, stats = run([tiny_corpus(tmp_path / "corpus", 1)], other)
    assert stats.parsed == 1 and other.read_bytes() == before


def _build_then_die(paths, cache_path, after):
    """Child process: parse with a cache, one article per task, and vanish (as if killed) after `after` articles."""
    done = []

    def tick(article):
        done.append(article)
        if len(done) == after:
            os._exit(0)  # no cleanup, no close: what SIGKILL leaves

    with ExtractionCache(cache_path, fingerprint(model_meta())) as cache:
        list(parse(read_articles(paths), ParseOptions(cache=cache, task_size=1), progress=tick))
    os._exit(1)


@pytest.mark.skipif(sys.platform != "linux", reason="forks the test process")
def test_cache_build_killed_halfway_leaves_a_cache_the_next_build_uses(tmp_path, nlp):
    corpus, cache = tiny_corpus(tmp_path / "corpus"), tmp_path / "c.sqlite"
    child = multiprocessing.get_context("fork").Process(target=_build_then_die, args=([corpus], cache, 3))
    child.start()
    child.join(60)
    assert child.exitcode == 0
    _, stats = run([corpus], cache)
    assert (stats.parsed, stats.cached) == (2, 3)


def test_cache_two_writers_at_once_keep_every_entry(tmp_path):
    path, errors = tmp_path / "c.sqlite", []

    def writer(w):
        try:
            with ExtractionCache(path, "f") as cache:
                for i in range(50):
                    value = {"mentions": [mention(f"{w} {i}")], "events": []}
                    cache.put([(f"{w}-{i}", f"text {w} {i}", value)])
                    assert cache.get(f"{w}-{i}", f"text {w} {i}") == value
        except Exception as e:
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM extractions").fetchone()[0] == 100
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_cache_cli_prints_counts_and_no_cache_writes_nothing(tmp_path):
    corpus, cache = tiny_corpus(tmp_path / "corpus", 2), tmp_path / "c.sqlite"
    args = ["build", corpus, "-o", str(tmp_path / "g.json")]
    result = CliRunner().invoke(cli, args + ["--no-cache"], env={"ACTORGRAPH_CACHE": str(cache)})
    assert result.exit_code == 0, result.output
    assert "parsed 2 articles (no cache)" in result.stderr and not cache.exists()
    for expected in ("parsed 2 articles, 0 from cache", "parsed 0 articles, 2 from cache"):
        result = CliRunner().invoke(cli, args, env={"ACTORGRAPH_CACHE": str(cache)})
        assert result.exit_code == 0, result.output
        assert expected in result.stderr.splitlines()


def test_cache_cli_cache_and_no_cache_together_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", "-", "--cache", str(tmp_path / "c"), "--no-cache"], input="x")
    assert result.exit_code == 2 and "--no-cache" in result.output


def test_cache_fingerprint_covers_every_module_extraction_imports():
    import subprocess

    code = (
        "import sys, actorgraph.extract, actorgraph.pipeline, actorgraph.ingest\n"
        "print(*sorted(m.split('.', 1)[1] for m in sys.modules if m.startswith('actorgraph.')))"
    )
    imported = set(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    )
    assert imported - {"data", "errors", "resources"} <= set(cache_module.FINGERPRINT_MODULES)
