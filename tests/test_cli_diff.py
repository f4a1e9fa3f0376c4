"""actorgraph snapshots, diff and timeline through click's CliRunner."""

import json
import os

import pytest
from click.testing import CliRunner
from test_viz_page import embedded_data

from actorgraph.cli import cli
from actorgraph.diff import validate_diff
from actorgraph.fileformat import read_graph


@pytest.fixture
def two_graphs(graph_file):
    """An old and a new graph file: one actor renamed and one added, a relation gaining evidence,
    one added and one removed."""
    old = graph_file(
        [("kim", {"label": "Kim Jong-Un", "type": "leader"}), "north-korea", "russia"],
        [("north-korea", "deploys", "russia", 1), ("kim", "leads", "north-korea")],
        name="old.json",
    )
    new = graph_file(
        [("kim", {"label": "Kim Jong Un", "type": "leader"}), "north-korea", "russia", "ukraine"],
        [("north-korea", "deploys", "russia", 3), ("russia", "attacks", "ukraine")],
        name="new.json",
    )
    return old, new


def test_cli_diff_text_report(two_graphs):
    old, new = two_graphs
    result = CliRunner().invoke(cli, ["diff", old, new])
    assert result.exit_code == 1, result.output
    assert (
        result.stdout
        == f"""\
--- {old} · snapshot test · 1 article, 2024-10-24 · 3 actors, 2 relations
+++ {new} · snapshot test · 1 article, 2024-10-24 · 4 actors, 2 relations

Actors: 1 added, 0 removed, 1 changed
  + Ukraine (ukraine): state
  ~ Kim Jong Un (kim): label Kim Jong-Un → Kim Jong Un; aliases + Kim Jong Un − Kim Jong-Un

Relations: 1 added, 1 removed, 1 changed
  + Russia -attacks-> Ukraine  weight 1
      + 2024-10-24 [asserted] Sentence 0.
  - Kim Jong Un -leads-> North Korea  weight 1
  ~ North Korea -deploys-> Russia  weight 1 → 3
      + 2024-10-24 [asserted] Sentence 1.
      + 2024-10-24 [asserted] Sentence 2.

Centrality (pagerank): the 2 biggest movers in rank
  most central before: Russia, North Korea, Kim Jong Un
  most central now:    Ukraine, Russia, Kim Jong Un, North Korea
  1 → 2  -1  Russia
  2 → 3  -1  North Korea

Agreement: 1 relation in both graphs, 1 only in old, 1 only in new (33 % shared)
  relation  both  only old  only new
  deploys      1         0         0
  attacks      0         0         1
  leads        0         1         0
"""
    )


def test_cli_diff_same_graph_exits_0(two_graphs):
    old, _ = two_graphs
    result = CliRunner().invoke(cli, ["diff", old, old])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("\n\nNo changes.\n")
    result = CliRunner().invoke(cli, ["diff", old, old, "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["relations"]["changed"] == []


def test_cli_diff_json_is_the_documented_format(two_graphs):
    old, new = two_graphs
    result = CliRunner().invoke(cli, ["diff", old, new, "--format", "json", "--measure", "degree", "--top", "1"])
    assert result.exit_code == 1, result.output
    d = validate_diff(json.loads(result.stdout))
    assert d["measure"] == "degree" and len(d["centrality"]) == 1
    assert (d["old"]["name"], d["new"]["name"]) == (old, new)
    assert [a["id"] for a in d["actors"]["added"]] == ["ukraine"]
    assert [(r["source"], r["relation"], r["target"]) for r in d["relations"]["removed"]] == [
        ("kim", "leads", "north-korea")
    ]
    assert d["relations"]["changed"][0]["changes"]["weight"] == {"old": 1, "new": 3}


def test_cli_diff_html_page(two_graphs, tmp_path):
    old, new = two_graphs
    page = tmp_path / "diff.html"
    result = CliRunner().invoke(cli, ["diff", old, new, "--html", str(page), "--format", "json"])
    assert result.exit_code == 1, result.output
    assert result.stderr == f"wrote {page}\n"
    html = page.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and 'id="ag-states"' in html


def test_cli_diff_articles_builds_both_sides(tmp_path):
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    for folder in ("old", "new"):
        (tmp_path / folder / "2024-10-18.txt").write_text(
            "Russia has sent 5,000 soldiers to Belarus.\n", encoding="utf-8"
        )
    (tmp_path / "new" / "2024-10-21.txt").write_text("Iran warned Israel on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["diff", "--articles", str(tmp_path / "old"), str(tmp_path / "new"), "--format", "json"]
    )
    assert result.exit_code == 1, result.output
    d = json.loads(result.stdout)
    assert [(r["source"], r["relation"], r["target"]) for r in d["relations"]["added"]] == [("iran", "warns", "israel")]
    assert d["relations"]["removed"] == d["relations"]["changed"] == []
    same = CliRunner().invoke(cli, ["diff", "--articles", str(tmp_path / "old"), str(tmp_path / "old")])
    assert same.exit_code == 0, same.output


def _not_a_graph(tmp_path):
    path = tmp_path / "x.json"
    path.write_text("[]", encoding="utf-8")
    return [str(path)], f"Error: {path}: not an actorgraph graph: expected a JSON object with a 'graph' key\n"


def _missing(tmp_path):
    return [
        str(tmp_path / "missing.json")
    ], f"Error: cannot read {tmp_path / 'missing.json'}: No such file or directory\n"


def _missing_articles(tmp_path):
    return ["--articles", str(tmp_path / "nowhere")], f"Error: {tmp_path / 'nowhere'}: no such file or folder\n"


@pytest.mark.parametrize("bad", [_not_a_graph, _missing, _missing_articles])
def test_cli_diff_bad_input_is_one_line_error_exit_2(bad, two_graphs, tmp_path):
    old, _ = two_graphs
    args, message = bad(tmp_path)
    page = tmp_path / "diff.html"
    result = CliRunner().invoke(cli, ["diff", *args, old, "--html", str(page)])
    assert result.exit_code == 2, result.output
    assert result.stderr == message and result.stdout == ""
    assert not page.exists()


def test_cli_diff_unknown_measure_is_usage_error(two_graphs, tmp_path):
    old, new = two_graphs
    page = tmp_path / "diff.html"
    result = CliRunner().invoke(cli, ["diff", old, new, "--measure", "fame", "--html", str(page)])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "'fame' is not one of 'degree'" in errors[0]
    assert "Traceback" not in result.output and not page.exists()


def test_cli_diff_page_that_cannot_be_written_is_one_line_error_exit_2(two_graphs, tmp_path):
    old, new = two_graphs
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["diff", old, new, "--html", str(blocker / "diff.html")])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: cannot write {blocker / 'diff.html'}: ")
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.output


@pytest.mark.parametrize("command", [["diff", "OLD", "NEW"], ["timeline", "ARTICLES"]])
def test_cli_page_is_never_standard_output(two_graphs, command):
    args = [{"OLD": two_graphs[0], "NEW": two_graphs[1], "ARTICLES": two_graphs[0]}.get(a, a) for a in command]
    result = CliRunner().invoke(cli, [*args, "--html", "-"])
    assert result.exit_code == 2
    assert "Invalid value for '--html': the page needs a file" in result.stderr and "<html" not in result.stdout


# snapshots and timeline, on four short articles: two weeks and one without a date


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    texts = {
        "2024-10-18.txt": "Russia has sent 5,000 soldiers to Belarus.",  # ISO week 42
        "2024-10-21.txt": "Iran warned Israel on Monday.",  # week 43
        "2024-10-24.txt": "Russia has sent 2,000 soldiers to Belarus. North Korea condemned South Korea.",
        "notes.txt": "title: Undated note\n\nIran warned Israel again.",
    }
    for name, text in texts.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder


def _relations(G):
    return sorted((u, k, v, d["weight"]) for u, v, k, d in G.edges(keys=True, data=True))


def test_cli_snapshots_by_week(articles, tmp_path):
    out = tmp_path / "weeks"
    result = CliRunner().invoke(cli, ["snapshots", str(articles), "--by", "week", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(out)) == ["2024-W42.json", "2024-W43.json", "undated.json"]
    warning, parsed = result.stderr.splitlines()
    assert warning == (
        f"warning: 1 article has no date ({articles / 'notes.txt'}): in the 'undated' snapshot; "
        "add a 'date:' header line or use --date"
    )
    assert parsed.startswith("parsed ")
    assert result.stdout.splitlines()[2].split() == ["2024-W42", "1", "2", "1", str(out / "2024-W42.json")]
    w42, w43, undated = (read_graph(out / name) for name in ("2024-W42.json", "2024-W43.json", "undated.json"))
    assert [w42.graph["snapshot"], w43.graph["snapshot"], undated.graph["snapshot"]] == [
        "2024-W42",
        "2024-W43",
        "undated",
    ]
    assert _relations(w42) == [("russia", "deploys", "belarus", 1)]
    assert _relations(w43) == [
        ("iran", "warns", "israel", 1),
        ("north-korea", "condemns", "south-korea", 1),
        ("russia", "deploys", "belarus", 1),
    ]
    assert [a["title"] for a in undated.graph["articles"]] == ["Undated note"]


def test_cli_snapshots_warn_of_files_from_an_earlier_run(articles, tmp_path):
    out = tmp_path / "snaps"
    out.mkdir()
    (out / "2023-W01.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(cli, ["snapshots", str(articles), "--date", "2024-10-20", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"warning: {out} also holds 1 graph file this run did not write (2023-W01.json)\n" in result.stderr


def test_cli_snapshots_cumulative_by_day_and_month(articles, tmp_path):
    result = CliRunner().invoke(
        cli, ["snapshots", str(articles), "--by", "day", "--cumulative", "-o", str(tmp_path / "d")]
    )
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(tmp_path / "d")) == [
        "2024-10-18.json",
        "2024-10-21.json",
        "2024-10-24.json",
        "undated.json",
    ]
    last = read_graph(tmp_path / "d" / "2024-10-24.json")
    assert ("russia", "deploys", "belarus", 2) in _relations(last) and len(last.graph["articles"]) == 3
    result = CliRunner().invoke(
        cli, ["snapshots", str(articles), "--by", "month", "--date", "2024-11-02", "-o", str(tmp_path / "m")]
    )
    assert result.exit_code == 0 and result.stderr.startswith("parsed ") and len(result.stderr.splitlines()) == 1
    assert sorted(os.listdir(tmp_path / "m")) == ["2024-10.json", "2024-11.json"]


def test_cli_snapshots_parse_each_article_once(articles, tmp_path, monkeypatch):
    import actorgraph.schedule

    parsed = []
    real = actorgraph.schedule.parse

    def counting(articles, *args, **kwargs):
        for x in real(articles, *args, **kwargs):
            parsed.append(x.article["id"])
            yield x

    monkeypatch.setattr(actorgraph.schedule, "parse", counting)  # what snapshots parse through (parse_all)
    result = CliRunner().invoke(
        cli, ["snapshots", str(articles), "--by", "day", "--cumulative", "-o", str(tmp_path / "d")]
    )
    assert result.exit_code == 0, result.output
    assert sorted(parsed) == ["2024-10-18", "2024-10-21", "2024-10-24", "notes"]


def test_cli_snapshots_folder_that_cannot_be_made_is_one_line_error(articles, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["snapshots", str(articles), "-o", str(blocker / "sub")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith(f"Error: cannot write {blocker / 'sub'}: ")
    assert "Traceback" not in result.output


def test_cli_snapshots_no_articles_is_error_and_no_folder(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["snapshots", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and result.stderr.splitlines()[-1].startswith("Error: no readable articles")
    assert not (tmp_path / "out").exists()


def test_cli_timeline_table_json_and_page(articles, tmp_path):
    page = tmp_path / "timeline.html"
    result = CliRunner().invoke(cli, ["timeline", str(articles), "--html", str(page)])
    assert result.exit_code == 0, result.output
    assert (
        result.stdout
        == """\
snapshot  articles  actors  +actors  -actors  relations  +relations  -relations  most central
--------  --------  ------  -------  -------  ---------  ----------  ----------  -----------------------------------------------
2024-W42         1       2        2        0          1           1           0  Belarus, Russia
2024-W43         2       6        4        0          3           2           0  Belarus, Israel, South Korea, Iran, North Korea
"""
    )
    assert "left out; add a 'date:' header line" in result.stderr and f"wrote {page}" in result.stderr
    assert 'id="ag-slider"' in page.read_text(encoding="utf-8")
    rows = json.loads(CliRunner().invoke(cli, ["timeline", str(articles), "--format", "json"]).stdout)
    assert [r["snapshot"] for r in rows] == ["2024-W42", "2024-W43"]
    assert [a["label"] for a in rows[1]["added_actors"]] == ["Iran", "Israel", "North Korea", "South Korea"]
    assert rows[1]["added_relations"] == [
        {"source": "iran", "target": "israel", "relation": "warns"},
        {"source": "north-korea", "target": "south-korea", "relation": "condemns"},
    ]
    assert (rows[1]["articles"], rows[1]["articles_total"], rows[1]["date_from"]) == (2, 3, "2024-10-21")
    csv = CliRunner().invoke(cli, ["timeline", str(articles), "--format", "csv", "--by", "month"]).stdout
    assert csv.splitlines()[1].startswith("2024-10,2024-10-18,2024-10-24,3,3,6,6,0,3,3,0,")


def test_cli_snapshots_share_the_parse_cache_with_build(articles, tmp_path):
    cache = str(tmp_path / "parses.sqlite")
    built = CliRunner().invoke(cli, ["build", str(articles), "--cache", cache, "-o", str(tmp_path / "g.json")])
    assert built.exit_code == 0, built.output
    result = CliRunner().invoke(
        cli, ["snapshots", str(articles), "--cache", cache, "--jobs", "1", "-o", str(tmp_path / "s")]
    )
    assert result.exit_code == 0, result.output
    assert "parsed 0 articles, 4 from cache" in result.stderr


def test_cli_diff_max_nodes_needs_html(two_graphs):
    result = CliRunner().invoke(cli, ["diff", *two_graphs, "--max-nodes", "3"])
    assert result.exit_code == 2 and "--max-nodes applies to the --html page" in result.output


def test_cli_diff_max_nodes_limits_the_page(two_graphs, tmp_path):
    page = tmp_path / "d.html"
    result = CliRunner().invoke(cli, ["diff", *two_graphs, "--html", str(page), "--max-nodes", "2"])
    assert result.exit_code == 1, result.output
    data = embedded_data(page.read_text(encoding="utf-8"))
    assert (data["meta"]["actors_shown"], data["meta"]["omitted_count"]) == (2, 2)
    shown = {a["id"] for a in data["actors"]}
    assert all(r["from"] in shown and r["to"] in shown for r in data["relations"])


def test_cli_timeline_max_nodes_needs_html(tmp_path):
    result = CliRunner().invoke(cli, ["timeline", str(tmp_path), "--max-nodes", "3"])
    assert result.exit_code == 2 and "--max-nodes applies to the --html page" in result.output


def test_snapshots_of_a_large_parse_free_the_model(monkeypatch, tmp_path):
    import actorgraph.schedule
    from actorgraph import pipeline
    from actorgraph.resources import data_file
    from actorgraph.snapshots import build_snapshots

    pipeline.load_pipeline()
    monkeypatch.setattr(actorgraph.schedule, "RELEASE_MODEL_AFTER", 5)  # the sample's five articles count as large
    snapshots = build_snapshots([str(data_file("articles"))], by="week")
    assert [label for label, _ in snapshots] == ["2024-W42", "2024-W43", "2024-W44"]
    assert pipeline._load.cache_info().currsize == 0
