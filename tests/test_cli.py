import json
import re

import pytest
from click.testing import CliRunner

from actorgraph.cli import cli

FIXTURE = "tests/fixtures/small_graph.json"


def test_cli_build_writes_graph_and_summary(tmp_path):
    src = tmp_path / "2024-10-21.txt"
    src.write_text("Russia has sent 5,000 soldiers to Belarus.\nJohn Doe\nFollow us on:", encoding="utf-8")
    out = tmp_path / "g.json"
    result = CliRunner().invoke(cli, ["build", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [(e["source"], e["relation"], e["target"]) for e in data["edges"]] == [("russia", "deploys", "belarus")]
    assert data["graph"]["articles"][0]["date"] == "2024-10-21"


def test_cli_build_html_writes_the_page_too(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Iran warned Israel on Monday.", encoding="utf-8")
    out, page = tmp_path / "g.json", tmp_path / "g.html"
    result = CliRunner().invoke(cli, ["build", str(src), "-o", str(out), "--html", str(page)])
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and '"warns"' in text and "Iran" in text
    assert f"wrote {page}" in result.output


def test_cli_build_graph_and_page_cannot_share_stdout(tmp_path):
    result = CliRunner().invoke(cli, ["build", "-", "-o", "-", "--html", "-"], input="Iran warned Israel.")
    assert result.exit_code == 2 and "standard output" in result.output


def test_cli_demo_writes_graph_and_page(tmp_path, monkeypatch):
    launched = []
    monkeypatch.setattr("click.launch", launched.append)
    result = CliRunner().invoke(cli, ["demo", "-o", str(tmp_path / "demo"), "--open"])
    assert result.exit_code == 0, result.output
    page = tmp_path / "demo" / "graph.html"
    assert f"page: {page}" in result.output and launched == [str(page)]
    graph = json.loads((tmp_path / "demo" / "graph.json").read_text(encoding="utf-8"))
    assert graph["graph"]["snapshot"] == "sample" and len(graph["graph"]["articles"]) == 5
    assert "North Korea" in page.read_text(encoding="utf-8")


def test_cli_build_reads_stdin(tmp_path):
    out = tmp_path / "g.json"
    result = CliRunner().invoke(
        cli, ["build", "-", "-o", str(out), "--date", "2024-10-01"], input="Iran warned Israel on Monday."
    )
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["graph"]["articles"][0]["date"] == "2024-10-01"


def test_cli_build_no_articles_is_one_line_error(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith("Error:")
    assert "Traceback" not in result.output
    assert not (tmp_path / "g.json").exists()


def test_cli_build_strict_fails_on_bad_file(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "ok.txt").write_text("Iran warned Israel.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--strict", "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 1 and "bad.txt" in result.output


def test_cli_build_bad_date_is_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", "-", "--date", "Oct 18"], input="x")
    assert result.exit_code == 2 and "2024-10-18" in result.output


def test_cli_actors_table_and_json():
    result = CliRunner().invoke(cli, ["actors", FIXTURE, "--type", "leader", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert {r["id"] for r in json.loads(result.output)} == {"yoon-suk-yeol", "andrzej-duda"}
    table = CliRunner().invoke(cli, ["actors", FIXTURE])
    assert table.output.splitlines()[2].split()[0] == "north-korea"  # after the header and its rule


def test_cli_relations_filters_and_shows_evidence():
    result = CliRunner().invoke(cli, ["relations", FIXTURE, "--actor", "Pyongyang", "--relation", "deploys"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("North Korea -deploys-> Russia  weight 2") and "(contested)" in lines[0]
    assert re.match(r"    2024-10-24 \[reported, said by National Intelligence Service, 3,000 troops\]", lines[2])


@pytest.mark.parametrize(
    "args, hint",
    [
        (["relations", FIXTURE, "--actor", "Atlantis"], "--actor"),
        (["relations", FIXTURE, "--relation", "hugs"], "deploys"),
    ],
)
def test_cli_relations_bad_names_are_usage_errors(args, hint):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and hint in result.output


def test_cli_not_a_graph_is_one_line_error(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text("[]", encoding="utf-8")
    result = CliRunner().invoke(cli, ["actors", str(bad)])
    assert result.exit_code == 1 and result.output.startswith("Error:") and len(result.output.splitlines()) == 1


def test_cli_every_command_has_help_and_readme_section():
    readme = open("README.md", encoding="utf-8").read()
    for name, command in cli.commands.items():
        assert command.help and "Example:" in command.help, name
        assert f"### `actorgraph {name}" in readme, name
