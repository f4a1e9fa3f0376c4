"""Parallel parsing: the same graph from 1 or 2 processes and from Dask; the options' errors."""

import json
import sys

import pytest
from click.testing import CliRunner
from conftest import graph_json

from actorgraph.build import ParseOptions, ParseStats, assemble, parse
from actorgraph.cli import cli
from actorgraph.ingest import read_articles
from actorgraph.parallel import Runner
from actorgraph.pipeline import model_label, model_meta
from actorgraph.resources import data_file


def sample_build(**kw):
    """Build the sample through `parse` with one article per task (so that a pool or cluster gets several)."""
    stats = ParseStats()
    extractions = parse(read_articles([str(data_file("articles"))]), ParseOptions(task_size=1, **kw), stats=stats)
    return assemble(extractions, snapshot=None, model=model_label(model_meta())), stats


def test_parallel_two_processes_give_the_single_process_graph(sample_json, nlp):
    G, stats = sample_build(jobs=2)
    assert stats.parsed == 5
    assert graph_json(G) == sample_json


def test_parallel_dask_local_cluster_gives_the_single_process_graph(sample_json, nlp):
    dask = pytest.importorskip("dask", reason="the dask extra is not installed")
    pytest.importorskip("distributed")
    # Worker processes forked from this one start with the model loaded (spawned ones load it: ~10 s).
    with dask.config.set({"distributed.worker.multiprocessing-method": "fork"}):
        G, stats = sample_build(dask="local:2")
    assert stats.parsed == 5
    assert graph_json(G) == sample_json


def test_parallel_pool_starts_only_for_more_than_one_task():
    with Runner(len, jobs=2) as runner:
        assert runner.submit([1, 2, 3], last=True).result() == 3
        assert runner.executor is None


@pytest.mark.parametrize("value", ["0", "-1"])
def test_parallel_cli_jobs_below_one_is_a_usage_error(value):
    result = CliRunner().invoke(cli, ["build", "-", "--jobs", value], input="Iran warned Israel.")
    assert result.exit_code == 2 and "--jobs" in result.output and "x>=1" in result.output


def test_parallel_cli_malformed_dask_address_is_a_usage_error():
    result = CliRunner().invoke(cli, ["build", "-", "--dask", "scheduler"], input="Iran warned Israel.")
    assert result.exit_code == 2 and "tcp://HOST:PORT" in result.output and "Traceback" not in result.output


def test_parallel_cli_jobs_with_dask_is_a_usage_error():
    result = CliRunner().invoke(cli, ["build", "-", "--dask", "local:2", "--jobs", "2"], input="x")
    assert result.exit_code == 2 and "--jobs and --dask" in result.output


def test_parallel_cli_unreachable_scheduler_is_one_line_error(tmp_path):
    dask = pytest.importorskip("dask", reason="the dask extra is not installed")
    pytest.importorskip("distributed")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(
            cli,
            ["build", "-", "--dask", "tcp://127.0.0.1:9", "-o", str(tmp_path / "g.json")],
            input="Iran warned Israel.",
        )
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(result.stderr.splitlines()) == 1 and not (tmp_path / "g.json").exists()


def test_parallel_cli_dask_without_the_extra_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    result = CliRunner().invoke(cli, ["build", "-", "--dask", "local:2"], input="Iran warned Israel.")
    assert result.exit_code == 1
    assert (
        result.output.strip() == "Error: --dask needs Dask distributed; install it with: pip install 'actorgraph[dask]'"
    )


def test_parallel_readme_documents_every_build_option():
    readme = open("README.md", encoding="utf-8").read()
    section = readme[readme.index("### `actorgraph build`") : readme.index("### `actorgraph demo`")]
    for param in cli.commands["build"].params:
        if param.name not in ("paths", "help"):
            assert any(opt in section for opt in param.opts), param.opts
    assert "## Running on a Dask cluster" in readme


def test_parallel_a_large_build_frees_the_model_before_assembling(monkeypatch, sample_json):
    import actorgraph.build
    import actorgraph.schedule
    from actorgraph import pipeline

    pipeline.load_pipeline()
    monkeypatch.setattr(actorgraph.schedule, "RELEASE_MODEL_AFTER", 5)  # the sample's five articles count as large
    G = actorgraph.build.build([str(data_file("articles"))])
    assert pipeline._load.cache_info().currsize == 0
    assert graph_json(G) == sample_json  # and the graph is the same
    monkeypatch.setattr(actorgraph.schedule, "RELEASE_MODEL_AFTER", 6)
    actorgraph.build.build([str(data_file("articles"))])
    assert pipeline._load.cache_info().currsize == 1


def test_parallel_records_are_slotted_and_survive_the_cache_and_the_pool():
    import pickle

    from actorgraph.records import Event, Extraction, MentionRecord

    event = Event("warns", "nato", "russia", "warned", 3, 40, "asserted", sentence="NATO warned Russia.")
    x = Extraction(article={"id": "a"}, mentions=(MentionRecord("nato", "NATO", "alliance", "name"),), events=(event,))
    assert not hasattr(event, "__dict__")  # a corpus's events stay in memory until assembly
    assert Extraction.from_cache(x.article, json.loads(json.dumps(x.to_cache()))) == x
    assert pickle.loads(pickle.dumps(x)) == x
    with pytest.raises(ValueError, match="not an extraction record"):
        Extraction.from_cache({"id": "a"}, {"mentions": [], "events": [{"relation": "warns"}]})
